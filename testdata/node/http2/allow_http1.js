// createSecureServer with allowHTTP1: an HTTP/2 client and an HTTPS/1.1
// client reach the same 'request' handler, each with its own request and
// response classes and httpVersion.
const http2 = require('http2');
const https = require('https');
const fs = require('fs');
const path = require('path');

const pem = (f) => fs.readFileSync(path.join(__dirname, '..', 'tls', f));
const log = [];
const server = http2.createSecureServer({ key: pem('server-key.pem'), cert: pem('server.pem'), allowHTTP1: true },
  (req, res) => {
    log.push(`${req.httpVersion} ${req.method} ${req.url} ${req.constructor.name} ${res.constructor.name}`);
    res.setHeader('content-type', 'text/plain');
    res.end(`hello ${req.httpVersion}`);
  });

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const client = http2.connect(`https://localhost:${port}`, { ca: pem('ca.pem') });
  const req = client.request({ ':path': '/two' });
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    log.push(`h2 client got ${JSON.stringify(body)}`);
    client.close();
    https.get({ host: 'localhost', port, path: '/one', ca: pem('ca.pem'), agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { text += d; });
      res.on('end', () => {
        log.push(`https client got ${res.statusCode} ${res.headers['content-type']} ${JSON.stringify(text)}`);
        server.close();
        console.log(log.join('\n'));
      });
    });
  });
});
