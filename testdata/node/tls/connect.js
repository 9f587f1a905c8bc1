// A TLS server and clients on 127.0.0.1 in one program, with the
// certificates of this folder (made by gen-certs.sh): a trusted handshake,
// the verification failures as rejections and as authorizationError with
// rejectUnauthorized:false, a hostname mismatch, ALPN, client
// certificates, and data both ways.
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const pem = (f) => fs.readFileSync(path.join(__dirname, f));
const ca = pem('ca.pem');

function serve(options, onSecure) {
  return new Promise((resolve) => {
    const server = tls.createServer({ key: pem('server-key.pem'), cert: pem('server.pem'), ...options }, onSecure);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

// attempt connects, prints what the client sees, and resolves at close.
function attempt(label, port, options, send) {
  return new Promise((resolve) => {
    const out = [label];
    const socket = tls.connect({ port, host: '127.0.0.1', ...options }, () => {
      out.push(`secureConnect authorized=${socket.authorized} error=${socket.authorizationError}` +
        ` alpn=${socket.alpnProtocol} protocol=${socket.getProtocol()} encrypted=${socket.encrypted}`);
      if (send) socket.end(send);
    });
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (d) => { data += d; });
    socket.on('end', () => out.push(`end data=${JSON.stringify(data)}`));
    socket.on('error', (e) => out.push(e.library ? `error ${e.code} library=${e.library} reason=${e.reason}` : `error ${e.code} ${e.name}: ${e.message}`));
    socket.on('close', (hadError) => {
      out.push(`close hadError=${hadError}`);
      console.log(out.join('\n  '));
      resolve();
    });
  });
}

(async () => {
  const seen = [];
  const server = await serve({ ALPNProtocols: ['h2', 'http/1.1'] }, (s) => {
    seen.push(`server: alpn=${s.alpnProtocol} protocol=${s.getProtocol()} authorized=${s.authorized}`);
    let body = '';
    s.on('data', (d) => { body += d; });
    s.on('end', () => s.end(`echo:${body}`));
  });
  const { port } = server.address();
  await attempt('trusted ca', port, { ca }, 'ping');
  await attempt('no ca', port, {});
  await attempt('no ca, rejectUnauthorized false', port, { rejectUnauthorized: false }, 'pong');
  await attempt('wrong servername', port, { ca, servername: 'example.com' });
  await attempt('wrong servername, rejectUnauthorized false', port, { ca, servername: 'example.com', rejectUnauthorized: false }, 'x');
  await attempt('alpn http/1.1', port, { ca, ALPNProtocols: ['http/1.1'] }, 'a');
  await attempt('alpn none offered', port, { ca }, 'b');
  await attempt('alpn mismatch', port, { ca, ALPNProtocols: ['spdy/1'] });
  await attempt('custom checkServerIdentity', port, { ca, checkServerIdentity: (host, cert) => {
    console.log('checkServerIdentity', host, cert.subject.CN, cert.issuer.CN, cert.issuerCertificate !== undefined);
    return new Error('refused by the test');
  } });
  for (const line of seen) console.log(line);

  const socket = tls.connect({ port, host: 'localhost', ca }, () => {
    const c = socket.getPeerCertificate();
    console.log('peer', c.subject, c.issuer, c.subjectaltname, c.ca, c.bits, c.asn1Curve, c.nistCurve);
    console.log('peer', c.valid_from, c.valid_to, c.serialNumber, c.ext_key_usage);
    console.log('peer', c.fingerprint, c.fingerprint256.length, c.fingerprint512.length);
    console.log('peer raw', Buffer.isBuffer(c.raw), c.raw.length, c.pubkey.length);
    console.log('keys', Object.keys(c).join());
    console.log('remote', socket.remoteAddress, socket.remotePort === port, socket.localAddress);
    socket.end();
  });
  socket.resume();
  await new Promise((r) => socket.on('close', r));
  server.close();

  const self = await serve({ key: pem('self-key.pem'), cert: pem('self.pem') }, (s) => s.end('self'));
  await attempt('self-signed', self.address().port, { ca });
  await attempt('self-signed trusted', self.address().port, { ca: pem('self.pem') });
  self.close();

  const mutual = await serve({ ca, requestCert: true, rejectUnauthorized: false }, (s) => {
    const c = s.getPeerCertificate();
    s.end(`client authorized=${s.authorized} error=${s.authorizationError} cn=${c.subject && c.subject.CN}`);
  });
  await attempt('client cert', mutual.address().port, { ca, key: pem('client-key.pem'), cert: pem('client.pem') });
  await attempt('client cert self-signed', mutual.address().port, { ca, key: pem('self-key.pem'), cert: pem('self.pem') });
  mutual.close();
})();
