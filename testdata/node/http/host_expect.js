// What the server asks of a request before emitting it: a Host field (in any
// case) on HTTP/1.1, and the Expect field, single, repeated or absent.
const http = require('http'); const net = require('net');
const server = http.createServer((req, res) => { console.log('request', req.url, JSON.stringify(req.headers)); res.end('x'); });
server.on('checkContinue', (req, res) => { console.log('checkContinue', req.headers.expect); res.writeContinue(); res.end('y'); });
server.on('checkExpectation', (req, res) => { console.log('checkExpectation', req.headers.expect); res.end('z'); });
const reqs = ['GET /nohost HTTP/1.1\r\n\r\n', 'GET /h HTTP/1.1\r\nHOST: a\r\n\r\n', 'GET /h10 HTTP/1.0\r\n\r\n',
  'GET /e HTTP/1.1\r\nhost: a\r\nExpect: 100-continue\r\n\r\n', 'GET /e2 HTTP/1.1\r\nhost: a\r\nEXPECT: foo\r\nExpect: 100-continue\r\n\r\n',
  'GET /e3 HTTP/1.1\r\nhost: a\r\nexpect: bar\r\n\r\n', 'GET /hostx HTTP/1.1\r\nHostx: a\r\n\r\n'];
server.listen(0, '127.0.0.1', async () => {
  for (const r of reqs) await new Promise((resolve) => { const c = net.connect(server.address().port, '127.0.0.1', () => c.end(r)); let o = ''; c.on('data', (d) => o += d); c.on('close', () => { console.log(' ->', o.split('\r\n')[0]); resolve(); }); });
  server.close();
});
