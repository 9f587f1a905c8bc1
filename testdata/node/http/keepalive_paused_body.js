// A request body read slowly pauses the socket on its last chunk; the next
// request on the kept-alive connection is read all the same (node resumes
// the socket when a message completes). Before the fix the second request
// hung until the keep-alive timeout reset the connection.
const http = require('http');
const { Writable } = require('stream');

const server = http.createServer((req, res) => {
  if (req.url === '/slow') {
    let n = 0;
    const sink = new Writable({
      highWaterMark: 1024,
      write(chunk, enc, cb) { n += chunk.length; setImmediate(cb); },
    });
    req.pipe(sink);
    sink.on('finish', () => res.end('slow ' + n));
  } else {
    let n = 0;
    req.on('data', (d) => { n += d.length; });
    req.on('end', () => res.end('plain ' + n));
  }
});

function post(path, size) {
  return new Promise((resolve, reject) => {
    const req = http.request({ port: server.address().port, path, method: 'POST', headers: { 'content-length': size } }, (res) => {
      let s = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { s += d; });
      res.on('end', () => resolve(res.statusCode + ' ' + s + ' reused=' + req.reusedSocket));
    });
    req.on('error', reject);
    req.end(Buffer.alloc(size, 'a'));
  });
}

server.listen(0, '127.0.0.1', async () => {
  const agent = http.globalAgent;
  console.log(await post('/slow', 300000));
  console.log(await post('/plain', 300000));
  console.log(await post('/slow', 100000));
  console.log(await post('/slow', 5));
  console.log(await post('/plain', 70000));
  agent.destroy();
  server.close(() => console.log('closed'));
});
