// The server answers before the request body is complete, so the socket is
// not reused. By the request's 'close' the socket is already destroyed, as
// in node, so a req.destroy(err) made then (stream.pipeline does it when its
// destination closes before the source ends) raises no unhandled 'error'.
const http = require('http');
const { pipeline } = require('stream');
const { Readable } = require('stream');

const server = http.createServer((req, res) => {
  req.once('data', () => res.end('early'));
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const req = http.request({ port, host: '127.0.0.1', method: 'POST', headers: { 'content-length': 10 } });
  req.on('error', (e) => console.log('req error', e.message));
  req.on('response', (res) => {
    res.setEncoding('utf8');
    res.on('data', (d) => console.log('body', d));
    res.on('end', () => console.log('res end'));
  });
  req.on('close', () => {
    console.log('req close: socket destroyed', req.socket.destroyed);
    req.destroy(new Error('late'));
    setTimeout(second, 20);
  });
  req.write('abc');

  // The same through pipeline: a source that never ends.
  function second() {
    const req2 = http.request({ port, host: '127.0.0.1', method: 'POST', headers: { 'content-length': 10 } });
    req2.on('response', (res) => res.resume());
    const src = new Readable({ read() {} });
    src.push('abc');
    pipeline(src, req2, (err) => {
      console.log('pipeline', err && err.code);
      server.close(() => console.log('server closed'));
    });
  }
});
