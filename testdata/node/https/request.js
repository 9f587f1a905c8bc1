// https.request/get against an https server in the same program, with the
// certificates of ../tls: GET and POST round trips, keep-alive reuse
// through an agent, rejection of an untrusted server, and argument errors.
const https = require('https');
const http = require('http');
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const pem = (f) => fs.readFileSync(path.join(__dirname, '..', 'tls', f));
const ca = pem('ca.pem');

console.log('globalAgent', https.globalAgent instanceof https.Agent, https.globalAgent instanceof http.Agent,
  https.globalAgent.defaultPort, https.globalAgent.protocol);
console.log('getName', https.globalAgent.getName({ host: 'a', port: 1, ca: 'x', servername: 's', rejectUnauthorized: false }));
console.log('server', https.createServer() instanceof tls.Server);

const calls = [
  ['http url', () => https.request('http://127.0.0.1/')],
  ['http protocol', () => https.request({ protocol: 'http:' })],
  ['https url on http', () => http.request('https://127.0.0.1/')],
  ['bad method', () => https.request({ method: 'G T' })],
];
for (const [label, f] of calls) {
  try {
    f();
    console.log(label, '-> ok');
  } catch (e) {
    console.log(label, '->', `${e.code} ${e.name}: ${e.message}`);
  }
}

const server = https.createServer({ key: pem('server-key.pem'), cert: pem('server.pem') }, (req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    console.log('server got', req.method, req.url, req.headers.host.replace(/:\d+$/, ':PORT'), `encrypted=${req.socket.encrypted}`,
      `body=${JSON.stringify(body)}`, `alpn=${req.socket.alpnProtocol}`);
    res.setHeader('Content-Type', 'text/plain');
    res.end(`${req.method} ${req.url} ${body.length}`);
  });
});

function fetchText(options, body) {
  return new Promise((resolve) => {
    const req = https.request(options, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { text += d; });
      res.on('end', () => {
        console.log('client got', res.statusCode, res.headers['content-type'], JSON.stringify(text),
          `reused=${req.reusedSocket}`);
        resolve();
      });
    });
    req.on('error', (e) => {
      console.log('client error', `${e.code} ${e.name}: ${e.message}`);
      resolve();
    });
    req.end(body);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const agent = new https.Agent({ keepAlive: true, ca });
  await fetchText({ port, host: '127.0.0.1', path: '/get?x=1', agent });
  await fetchText({ port, host: '127.0.0.1', path: '/post', method: 'POST', agent }, 'hello over tls');
  await fetchText({ port, hostname: 'localhost', path: '/named', ca, agent: false });
  await fetchText(`https://localhost:${port}/url`, undefined);
  await fetchText({ port, host: '127.0.0.1', path: '/insecure', rejectUnauthorized: false });
  await new Promise((resolve) => {
    https.get(`https://127.0.0.1:${port}/get`, { ca }, (res) => {
      console.log('get', res.statusCode, res.httpVersion);
      res.resume();
      res.on('end', resolve);
    });
  });
  agent.destroy();
  https.globalAgent.destroy();
  server.close(() => console.log('server closed'));
});
