// Fields named like Object.prototype's properties, in req.headers (an
// ordinary object in node: `constructor` an own string, joined when
// repeated; `__proto__` ignored), req.headersDistinct and req.trailers,
// on a request sent raw over loopback.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  const h = req.headers;
  console.log(Object.getPrototypeOf(h) === Object.prototype, JSON.stringify(Object.keys(h)));
  console.log(JSON.stringify(h));
  console.log(h.__proto__ === Object.prototype, Object.getOwnPropertyDescriptor(h, '__proto__'), typeof h.toString);
  console.log(JSON.stringify(req.headersDistinct));
  req.resume();
  req.on('end', () => {
    console.log(JSON.stringify(req.trailers), req.trailers.__proto__ === Object.prototype);
    res.end();
    server.close();
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.end(
    'POST / HTTP/1.1\r\nHost: a\r\nConstructor: c1\r\n__proto__: p1\r\nhasOwnProperty: h1\r\nconstructor: c2\r\n' +
    '__proto__: p2\r\ntoString: t\r\nvalueOf: v\r\nTransfer-Encoding: chunked\r\n\r\n' +
    '1\r\nx\r\n0\r\nconstructor: t1\r\n__proto__: t2\r\nConstructor: t3\r\n\r\n'));
  c.resume();
});
