// Requests llhttp refuses, each on its own connection over loopback: the
// 'clientError' code and message node gives (Content-Length and
// Transfer-Encoding framing, chunk sizes and their line ends, field names
// and values, the request line: method, URL bytes, version), what reaches
// 'request' first, and the raw response. Beside them, odd requests node
// takes: repeated spaces, a line with no version (HTTP/0.9), HTTP/2.0, and
// what those answer with; err.bytesParsed, where in the chunk llhttp stopped.
// RTSP and ICE request lines, chunk extensions, a head over the size
// limit.
const http = require('http');
const net = require('net');

const post = 'POST / HTTP/1.1\r\nHost: a\r\n';
const chunked = post + 'Transfer-Encoding: chunked\r\n\r\n';
const requests = [
  post + 'Content-Length: 3\r\nContent-Length: 3\r\n\r\nabc',
  post + 'Content-Length: 3\r\nContent-Length: 4\r\n\r\nabcd',
  post + 'Content-Length: 3, 3\r\n\r\nabc',
  post + 'Content-Length: -1\r\n\r\n',
  post + 'Content-Length: +3\r\n\r\nabc',
  post + 'Content-Length: \r\n\r\n',
  post + 'Content-Length: 18446744073709551616\r\n\r\n',
  post + 'Content-Length:  3 \r\n\r\nabc',
  post + 'Transfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n',
  post + 'Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
  post + 'Transfer-Encoding: identity\r\nContent-Length: 3\r\n\r\nabc',
  post + 'Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
  post + 'Transfer-Encoding: chunked, identity\r\n\r\n0\r\n\r\n',
  post + 'Transfer-Encoding: chunked ,\r\n\r\n0\r\n\r\n',
  post + 'Transfer-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nx\r\n0\r\n\r\n',
  post + 'Transfer-Encoding: identity\r\n\r\nabc',
  post + 'Transfer-Encoding: chunkedx\r\n\r\nabc',
  chunked + 'zz\r\nx\r\n0\r\n\r\n',
  chunked + '-1\r\nx\r\n0\r\n\r\n',
  chunked + '1 \r\nx\r\n0\r\n\r\n',
  chunked + ' 1\r\nx\r\n0\r\n\r\n',
  chunked + '\r\nx\r\n0\r\n\r\n',
  chunked + '0x1\r\nx\r\n0\r\n\r\n',
  chunked + '10000000000000000\r\nx\r\n0\r\n\r\n',
  chunked + '00000000000000001\r\nx\r\n0\r\n\r\n',
  chunked + '1;a=b;c="d e"\r\nx\r\n0\r\n\r\n',
  chunked + '1; a=b\r\nx\r\n0\r\n\r\n',
  chunked + '1\rx\r\n0\r\n\r\n',
  chunked + '1\nx\r\n0\r\n\r\n',
  chunked + '1\r\nxy\r\n0\r\n\r\n',
  chunked + '1\r\nx\rZ0\r\n\r\n',
  chunked + '1\r\nx\n0\r\n\r\n',
  chunked + '1\r\nx\r\n0\n\r\n',
  chunked + '1\r\nx\r\n0\r\n\n',
  'GET / HTTP/1.1\r\n A: v\r\nHost: a\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: a\r\nA: a\r\n b\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: a\rX: b\r\n\r\n',
  'GET / HTTP/1.1\rHost: a\r\n\r\n',
  'GET / HTTP/1.1 \r\nHost: a\r\n\r\n',
  'GET / HTTP/1.2\r\nHost: a\r\n\r\n',
  'GET / HTTP/3.0\r\nHost: a\r\n\r\n',
  'GET / HTTP/1.10\r\nHost: a\r\n\r\n',
  'GET / HTTP/x.1\r\nHost: a\r\n\r\n',
  'GET / HTTP/1x1\r\nHost: a\r\n\r\n',
  'GET / HTTP/1.x\r\nHost: a\r\n\r\n',
  'GET / http/1.1\r\nHost: a\r\n\r\n',
  'GET / \r\nHost: a\r\n\r\n',
  'GET /a b HTTP/1.1\r\nHost: a\r\n\r\n',
  'GET\r\nHost: a\r\n\r\n',
  'GETX / HTTP/1.1\r\nHost: a\r\n\r\n',
  'Get / HTTP/1.1\r\nHost: a\r\n\r\n',
  'FOO / HTTP/1.1\r\nHost: a\r\n\r\n',
  'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n',
  'PRI / HTTP/1.1\r\nHost: a\r\n\r\n',
  'GET /\x01 HTTP/1.1\r\nHost: a\r\n\r\n',
  'GET /\x7f HTTP/1.1\r\nHost: a\r\n\r\n',
  'GET /\xe9 HTTP/1.1\r\nHost: a\r\n\r\n',
  'GET /a\tb HTTP/1.1\r\nHost: a\r\n\r\n',
  'GET /?a\x01 HTTP/1.1\r\nHost: a\r\n\r\n',
  'GET /#a\x01 HTTP/1.1\r\nHost: a\r\n\r\n',
  'GET \x01 HTTP/1.1\r\nHost: a\r\n\r\n',
  'GET http://a\x01/ HTTP/1.1\r\nHost: a\r\n\r\n',
  'GET  /  HTTP/1.1\r\nHost: a\r\n\r\n',
  'GET /\r\nHost: a\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: a\r\n\r\nGET /x\r\n\r\n',
  'GET / HTTP/2.0\r\nHost: a\r\nConnection: keep-alive\r\n\r\n',
  'GET / HTTP/0.9\r\nHost: a\r\nConnection: keep-alive\r\n\r\n',
  'GET / HTTP/1.0\r\nHost: a\r\nConnection: keep-alive\r\n\r\n',
  'PURGE / HTTP/1.1\r\nHost: a\r\n\r\n',
  'GET / HTTP/1.1\nHost: a\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: a\nX: b\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: a\r\n\n',
  'GET / HTTP/1.1\r\nBad Header: x\r\n\r\n',
  'GET / HTTP/1.1\r\n: x\r\n\r\n',
  'GET / HTTP/1.1\r\nNoColon\r\n\r\n',
  'GET / HTTP/1.1\r\nX: a\x01b\r\n\r\n',
  'GET / HTTP/1.1\r\nX: ' + 'a'.repeat(17000) + '\r\n\r\n',
  'GET /' + 'a'.repeat(17000) + ' HTTP/1.1\r\n\r\n',
  post + 'Content-Length: 000000000000000000000000018446744073709551616\r\n\r\n',
  'DESCRIBE / HTTP/1.1\r\n\r\n',
  'DESCRIBE /\r\n\r\n',
  'DESCRIBE / RTSP/1.0\r\n\r\n',
  'GET / RTSP/1.0\r\n\r\n',
  'GET_PARAMETER / HTTP/1.1\r\n\r\n',
  'GET_ / HTTP/1.1\r\n\r\n',
  'GET / ICE/1.0\r\n\r\n',
  ...[';a\x01', '; a', ';a=\x01', ';a=b\x01', ';a="b\x01"', ';a="b"x', ';a=b c', ';a;b', ';=b', ';a="b', ';a=', ';a',
    ';a=b;c="d\\"e"', 'x'].map((e) => chunked + '1' + e + '\r\nx\r\n0\r\n\r\n'),
  'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nx\r\n0\r\nA: b\r\nB c: d\r\n\r\n',
];

const send = (port, raw) => new Promise((resolve) => {
  const c = net.connect(port, '127.0.0.1', () => c.end(Buffer.from(raw, 'latin1')));
  let out = '';
  c.setEncoding('latin1');
  c.on('data', (d) => out += d);
  c.on('close', () => resolve(out.replace(/Date: [^\r]*\r\n/g, '')));
});

const server = http.createServer((req, res) => {
  console.log('  request', req.method, JSON.stringify(req.url), req.httpVersion);
  let body = '';
  req.setEncoding('latin1');
  req.on('data', (d) => body += d);
  req.on('end', () => res.end(JSON.stringify([req.rawHeaders, body])));
});
server.on('clientError', (err, socket) => {
  const raw = err.rawPacket?.toString('latin1');
  console.log('  clientError', err.code, err.message, JSON.stringify(raw?.length > 200 ? raw.slice(0, 40) + '...' : raw),
    'bytesParsed', err.bytesParsed);
  socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
});
server.listen(0, '127.0.0.1', async () => {
  for (const raw of requests) {
    console.log(JSON.stringify(raw.length > 200 ? raw.slice(0, 40) + '...' : raw));
    console.log('  =>', JSON.stringify(await send(server.address().port, raw)));
  }
  server.close();
});
