// Trailers: incoming ones on requests and responses (req.trailers,
// rawTrailers), addTrailers on a chunked response and request (the last
// call wins, objects or [name, value] pairs), dropped without chunking,
// and its checks.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    console.log('server trailers', req.url, JSON.stringify(req.trailers), JSON.stringify(req.rawTrailers));
    for (const t of ['x', null, { 'bad name': 1 }, { ok: 'a\nb' }, { ok: undefined }]) {
      try {
        res.addTrailers(t);
        console.log('addTrailers accepted', JSON.stringify(t));
      } catch (e) {
        console.log(e.name, e.code, e.message);
      }
    }
    if (req.url === '/length') res.setHeader('Content-Length', 2);
    else res.setHeader('Trailer', 'Content-MD5, X-Arr');
    res.addTrailers({ 'Content-MD5': 'abc' });
    if (req.url !== '/object') res.addTrailers([['X-Arr', '1'], ['X-Arr', '2']]);
    res.write('hi');
    res.end();
  });
});

// raw ends the connection once the reply ends with last.
function raw(text, last) {
  return new Promise((resolve) => {
    const c = net.connect(server.address().port, '127.0.0.1', () => c.write(text));
    let out = '';
    c.on('data', (d) => {
      out += d;
      if (out.endsWith(last)) c.end();
    });
    c.on('close', () => { console.log(JSON.stringify(out.replace(/Date: .*\r\n/g, ''))); resolve(); });
  });
}

server.listen(0, '127.0.0.1', async () => {
  await raw('POST /pairs HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n' +
    '2\r\nab\r\n0\r\nX-Req-Trailer: v\r\nx-req-trailer: w\r\nSet-Cookie: a\r\nSet-Cookie: b\r\n\r\n', '0\r\nX-Arr: 1\r\nX-Arr: 2\r\n\r\n');
  await raw('GET /length HTTP/1.1\r\nHost: x\r\n\r\n', 'hi');
  for (const path of ['/object', '/client']) {
    await new Promise((resolve) => {
      const req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'POST', path }, (res) => {
        res.resume();
        res.on('end', () => {
          console.log('client trailers', JSON.stringify(res.trailers), JSON.stringify(res.rawTrailers));
          resolve();
        });
      });
      req.write('x');
      req.addTrailers({ 'X-Client': 'yes' });
      req.end();
    });
  }
  server.close(() => console.log('server closed'));
});
