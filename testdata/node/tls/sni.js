// SNICallback, or contexts added with addContext, pick the server's
// certificate by the name the client asks for; a name without one gets the
// server's own (self-signed) certificate.
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const pem = (f) => fs.readFileSync(path.join(__dirname, f));
const signed = tls.createSecureContext({ key: pem('server-key.pem'), cert: pem('server.pem') });
const asked = [];
const server = tls.createServer({
  key: pem('self-key.pem'),
  cert: pem('self.pem'),
  SNICallback(name, cb) {
    asked.push(name);
    cb(null, name === 'localhost' ? signed : undefined);
  },
}, (s) => s.end(`hello ${s.servername}`));

function attempt(servername, port = server.address().port) {
  return new Promise((resolve) => {
    const socket = tls.connect({ port, host: '127.0.0.1', servername, ca: pem('ca.pem'),
      rejectUnauthorized: false }, () => {
      const c = socket.getPeerCertificate();
      console.log(servername, `authorized=${socket.authorized} error=${socket.authorizationError}`,
        `issuer=${c.issuer.CN} servername=${socket.servername}`);
    });
    socket.setEncoding('utf8');
    socket.on('data', (d) => console.log(servername, 'data', d));
    socket.on('close', resolve);
  });
}

server.listen(0, '127.0.0.1', async () => {
  await attempt('localhost');
  await attempt('other.test');
  console.log('asked', asked);
  server.close();

  const byContext = tls.createServer({ key: pem('self-key.pem'), cert: pem('self.pem') }, (s) => s.end(`hi ${s.servername}`));
  byContext.addContext('*.test', signed);
  byContext.addContext('localhost', { key: pem('server-key.pem'), cert: pem('server.pem') });
  byContext.addContext('LOCALHOST', signed);
  byContext.listen(0, '127.0.0.1', async () => {
    await attempt('localhost', byContext.address().port);
    await attempt('a.test', byContext.address().port);
    await attempt('a.b.test', byContext.address().port);
    byContext.close();
  });
});
