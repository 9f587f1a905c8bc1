// Heads the strict parser takes whole from one chunk (parsed in Go, see
// stdlib/http_head.go) beside ones it must refuse or leave to the slower
// path: what the server sees (method, URL, version, raw headers, body),
// whether the connection stays open (the response's Connection header),
// and the client's view of odd status lines. Raw sockets over loopback.
const http = require('http');
const net = require('net');

const requests = [
  'GET /a?b=c HTTP/1.1\r\nHost: a\r\nX-Y: z\r\n\r\n',
  'GET / HTTP/1.0\r\nHost: a\r\n\r\n',
  'GET / HTTP/1.0\r\nConnection: keep-alived\r\n\r\n',
  'GET / HTTP/1.1\r\nConnection: CLOSE\r\n\r\n',
  'GET / HTTP/1.1\r\nConnection: closed\r\n\r\n',
  'GET / HTTP/1.1\r\nConnection: foo,\t close \r\n\r\n',
  'GET / HTTP/1.1\r\nConnection: foo\r\nConnection: close\r\n\r\n',
  'GET / HTTP/1.1\r\nUpgrade: websocket\r\n\r\n',
  'GET / HTTP/1.1\r\nX:\r\nY: \xe9t\xe9\r\n\r\n',
  'GET / HTTP/1.1\r\nX: a\x0bb\r\n\r\n',
  'POST / HTTP/1.1\r\nContent-Length: 003\r\n\r\nabc',
  'POST / HTTP/1.1\r\nTransfer-Encoding: gzip, Chunked \r\n\r\n1\r\nx\r\n0\r\n\r\n',
  'M-SEARCH * HTTP/1.1\r\nHost: a\r\n\r\n',
  'get / HTTP/1.1\r\n\r\n',
  'GET / HTTP/1.1\r\n: v\r\n\r\n',
  'GET / HTTP/1.1\r\nA\x7fB: v\r\n\r\n',
  '\r\n\r\nGET /after-blank HTTP/1.1\r\n\r\n',
  'GET /1 HTTP/1.1\r\n\r\nGET /2 HTTP/1.1\r\nConnection: close\r\n\r\n',
  ['GET /split HTTP/1.1\r\nHo', 'st: a\r\n', '\r\n'],
];

const send = (port, raw) => new Promise((resolve) => {
  const c = net.connect(port, '127.0.0.1', async () => {
    if (typeof raw === 'string') return c.end(Buffer.from(raw, 'latin1'));
    for (const piece of raw) {
      c.write(Buffer.from(piece, 'latin1'));
      await new Promise((r) => setTimeout(r, 20));
    }
    c.end();
  });
  let out = '';
  c.setEncoding('latin1');
  c.on('data', (d) => out += d);
  c.on('close', () => resolve(out));
});

async function requestSide() {
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('latin1');
    req.on('data', (d) => body += d);
    req.on('end', () => {
      console.log('  request', JSON.stringify([req.method, req.url, req.httpVersion, req.rawHeaders, body]));
      res.end('ok');
    });
  });
  server.on('clientError', (err, socket) => {
    console.log('  clientError', err.code, err.message);
    socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  });
  server.on('upgrade', (req, socket) => {
    console.log('  upgrade', req.headers.upgrade);
    socket.end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  for (const raw of requests) {
    console.log(JSON.stringify(raw));
    const out = await send(server.address().port, raw);
    for (const m of out.split('\r\n\r\n')) {
      const lines = m.split('\r\n');
      if (lines[0]) console.log('  response', lines[0], lines.filter((l) => l.startsWith('Connection')).join(' '));
    }
  }
  server.close();
}

const responses = [
  'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi',
  'HTTP/1.1 201\r\nContent-Length: 0\r\n\r\n',
  'HTTP/1.1 299 Some  Odd \xe9 Reason\r\nContent-Length: 1\r\n\r\nx',
  'HTTP/1.0 200 OK\r\n\r\nuntil close',
  'HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\n',
  'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n0\r\n\r\n',
  'HTTP/2.0 200 OK\r\nContent-Length: 0\r\n\r\n',
];

async function responseSide() {
  for (const raw of responses) {
    const server = net.createServer((s) => s.once('data', () => s.end(Buffer.from(raw, 'latin1'))));
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    console.log(JSON.stringify(raw));
    await new Promise((resolve) => {
      const req = http.get({ port: server.address().port, host: '127.0.0.1', agent: false }, (res) => {
        let body = '';
        res.setEncoding('latin1');
        res.on('data', (d) => body += d);
        res.on('end', () => {
          console.log('  response', JSON.stringify([res.statusCode, res.statusMessage, res.httpVersion, res.rawHeaders, body]));
          resolve();
        });
      });
      req.on('error', (err) => {
        console.log('  error', err.code, err.message);
        resolve();
      });
    });
    server.close();
  }
}

requestSide().then(responseSide);
