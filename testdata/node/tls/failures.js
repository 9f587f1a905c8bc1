// Connections that fail before they are secure, one at a time: a server
// that hangs up, a server that speaks plain HTTP, nobody listening, a
// client that speaks plain HTTP to a TLS server ('tlsClientError'), and a
// client without the certificate a server requires or with one it does not
// trust; and keys that do not load.
const tls = require('tls');
const net = require('net');
const fs = require('fs');
const path = require('path');

const pem = (f) => fs.readFileSync(path.join(__dirname, f));

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

function describe(e) {
  if (e.library) return `${e.code} library=${e.library} reason=${e.reason}`;
  return `${e.code} ${e.name}: ${e.message.replace(/:\d+$/, ':PORT')}` + (e.host ? ` host=${e.host}` : '');
}

function clientFailure(label, options) {
  return new Promise((resolve) => {
    const socket = tls.connect({ host: '127.0.0.1', ...options }, () => console.log(label, 'secureConnect'));
    socket.on('error', (e) => console.log(label, 'error', describe(e)));
    socket.on('close', (hadError) => {
      console.log(label, 'close', hadError);
      resolve();
    });
    socket.resume();
  });
}

(async () => {
  for (const [label, f] of [
    ['bad key', () => tls.connect({ port: 1, key: 'junk', cert: 'junk' })],
    ['mismatched key', () => tls.connect({ port: 1, key: pem('client-key.pem'), cert: pem('server.pem') })],
  ]) {
    try {
      f();
      console.log(label, '-> ok');
    } catch (e) {
      console.log(label, '->', describe(e));
    }
  }

  const hangup = net.createServer((s) => s.destroy());
  await clientFailure('hang up', { port: await listen(hangup) });
  hangup.close();

  const plain = net.createServer((s) => {
    s.resume();
    s.end('HTTP/1.1 400 Bad Request\r\n\r\n');
  });
  await clientFailure('plain server', { port: await listen(plain) });
  plain.close();

  const gone = net.createServer();
  const port = await listen(gone);
  await new Promise((r) => gone.close(r));
  await clientFailure('refused', { port });

  const server = tls.createServer({ key: pem('server-key.pem'), cert: pem('server.pem') });
  const tlsPort = await listen(server);
  await new Promise((resolve) => {
    server.once('tlsClientError', (e, s) => {
      console.log('tlsClientError', describe(e), s instanceof tls.TLSSocket);
      resolve();
    });
    const c = net.connect(tlsPort, '127.0.0.1', () => c.end('GET / HTTP/1.1\r\n\r\n'));
    c.on('error', () => {});
    c.resume();
  });
  server.close();

  const strict = tls.createServer({ key: pem('server-key.pem'), cert: pem('server.pem'), ca: pem('ca.pem'),
    requestCert: true }, (s) => s.end('welcome'));
  const strictPort = await listen(strict);
  await new Promise((resolve) => {
    const socket = tls.connect({ port: strictPort, host: '127.0.0.1', ca: pem('ca.pem'),
      key: pem('client-key.pem'), cert: pem('client.pem') }, () => console.log('with cert secureConnect', socket.authorized));
    socket.setEncoding('utf8');
    socket.on('data', (d) => console.log('with cert data', d));
    socket.on('close', resolve);
  });
  await clientFailure('without cert', { port: strictPort, ca: pem('ca.pem') });
  await clientFailure('untrusted cert', { port: strictPort, ca: pem('ca.pem'), key: pem('self-key.pem'), cert: pem('self.pem') });
  strict.close();
})();
