// After a keep-alive response ends, the socket belongs to the agent again:
// the request counts as destroyed, the response lets go of the socket, and
// a late req.destroy() (got calls one after every response) leaves the
// pooled socket alone for the next request.
const http = require('http');

const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => { body += c; });
  req.on('end', () => res.end(`${req.method} ${body}`));
});
let connections = 0;
server.on('connection', () => connections++);

function post(port, body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/',
      headers: { 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { text += c; });
      res.on('end', () => {
        console.log('ended:', text, 'req.destroyed', req.destroyed, 'res.socket', res.socket);
        req.destroy();
        res.destroy();
        resolve();
      });
    });
    req.on('error', reject);
    req.on('close', () => console.log('close; reused', req.reusedSocket));
    req.end(body);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  await post(port, 'one');
  await post(port, 'two');
  await post(port, 'three');
  console.log('connections', connections);
  http.globalAgent.destroy();
  server.close();
});
