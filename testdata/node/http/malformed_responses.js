// Responses llhttp refuses or takes on the client side, each from a raw
// server over loopback: the request's 'error' (HPE_* code and message, and
// bytesParsed, where llhttp stopped) or the response's status and body.
// Versions other than 0.9/1.0/1.1/2.0, status codes of other than three
// digits, a repeated Content-Length, a Transfer-Encoding that is not
// chunked (the body runs to the close).
const http = require('http');
const net = require('net');
const responses = [
  'HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nok',
  'HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\nuntil close',
  'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2 \r\nok\r\n0\r\n\r\n',
  'HTTP/1.2 200 OK\r\nContent-Length: 0\r\n\r\n',
  'HTTP/1.1 2000 OK\r\nContent-Length: 0\r\n\r\n',
  'HTTP/1.1 200 OK\r\n A: b\r\nContent-Length: 0\r\n\r\n',
  'HTTP/1.1 20 OK\r\nContent-Length: 0\r\n\r\n',
  'HTTP/1.1 200OK\r\nContent-Length: 0\r\n\r\n',
  'HTTP/1.1 2x0 OK\r\nContent-Length: 0\r\n\r\n',
  'HTTP/1.1 200 OK\r\nA b: c\r\nContent-Length: 0\r\n\r\n',
  'HTTP/0.9 200 OK\r\nContent-Length: 0\r\n\r\n',
  'HTTP/2.0 200 OK\r\nContent-Length: 0\r\n\r\n',
  'HTTP/3.0 200 OK\r\nContent-Length: 0\r\n\r\n',
  'HTTP/1.1 200 OK \r\nContent-Length: 0\r\n\r\n',
];
(async () => {
  for (const raw of responses) {
    const server = net.createServer((s) => s.once('data', () => s.end(raw)));
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    console.log(JSON.stringify(raw));
    await new Promise((resolve) => {
      const req = http.get({ port: server.address().port, host: '127.0.0.1', agent: false }, (res) => {
        let body = ''; res.setEncoding('latin1'); res.on('data', (d) => body += d);
        res.on('end', () => { console.log('  response', res.statusCode, JSON.stringify(body)); resolve(); });
      });
      req.on('error', (e) => { console.log('  error', e.code, e.message, 'bytesParsed', e.bytesParsed); resolve(); });
    });
    server.close();
  }
})();
