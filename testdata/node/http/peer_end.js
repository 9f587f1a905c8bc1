// A client that ends its side right after its request: a response made at
// once still goes out, one made later is aborted (the server is not
// httpAllowHalfOpen) and the connection closes rather than idling.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  req.on('aborted', () => console.log('aborted', req.url));
  res.on('close', () => console.log('response closed', req.url, res.writableFinished));
  if (req.url === '/sync') res.end('sync');
  else setTimeout(() => res.end('later'), 30);
});
server.listen(0, '127.0.0.1', async () => {
  for (const p of ['/sync', '/later']) {
    await new Promise((resolve) => {
      const c = net.connect(server.address().port, '127.0.0.1', () => c.end(`GET ${p} HTTP/1.1\r\nHost: x\r\n\r\n`));
      let out = '';
      c.on('data', (d) => { out += d; });
      c.on('close', () => setTimeout(() => { console.log(p, JSON.stringify(out.replace(/Date: .*\r\n/, ''))); resolve(); }, 50));
    });
  }
  server.close(() => console.log('server closed'));
});
