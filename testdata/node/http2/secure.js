// createSecureServer and connect over TLS with ALPN "h2", with the test
// certificates of ../tls (made by its gen-certs.sh): the negotiated
// protocol, a request each way of the API ('stream' and the compatibility
// 'request'), and a TLS client that offers no ALPN at all, which the server
// hands to 'unknownProtocol'. (A client offering only http/1.1 is refused in
// node's handshake with no_application_protocol; Go's crypto/tls instead
// goes on without ALPN, so Kiln hands it to 'unknownProtocol' too.)
const http2 = require('http2');
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const pem = (f) => fs.readFileSync(path.join(__dirname, '..', 'tls', f));
const log = [];

const server = http2.createSecureServer({ key: pem('server-key.pem'), cert: pem('server.pem') }, (req, res) => {
  log.push(`request ${req.method} ${req.url} ${req.scheme} ${req.httpVersion} encrypted=${req.socket.encrypted}`);
  res.setHeader('content-type', 'text/plain');
  res.end(`secure hello ${req.url}`);
});
server.on('session', (session) => {
  log.push(`server session alpn=${session.alpnProtocol} encrypted=${session.encrypted}`);
});
server.on('unknownProtocol', (socket) => {
  log.push(`unknownProtocol alpn=${socket.alpnProtocol}`);
  socket.destroy();
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const client = http2.connect(`https://localhost:${port}`, { ca: pem('ca.pem') });
  client.on('connect', () => {
    log.push(`client connect alpn=${client.alpnProtocol} encrypted=${client.encrypted} ` +
      `authorized=${client.socket.authorized}`);
  });
  const req = client.request({ ':path': '/tls' });
  let body = '';
  req.setEncoding('utf8');
  req.on('response', (h) => log.push(`response ${h[':status']} ${h['content-type']}`));
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    log.push(`body ${JSON.stringify(body)}`);
    client.close(() => {
      const plain = tls.connect({ port, host: '127.0.0.1', ca: pem('ca.pem'), servername: 'localhost' });
      plain.on('secureConnect', () => log.push(`no-ALPN client connected alpn=${plain.alpnProtocol}`));
      plain.on('error', (e) => log.push(`no-ALPN client error ${e.code}`));
      plain.on('close', () => {
        server.close();
        console.log(log.sort().join('\n'));
      });
    });
  });
});
