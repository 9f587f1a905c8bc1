// Bodies larger than the streams' buffers in both directions, read slowly,
// so that backpressure pauses and resumes the sockets.
const http = require('http');

const size = 4 * 1024 * 1024;
const server = http.createServer((req, res) => {
  let n = 0;
  req.on('data', (d) => {
    n += d.length;
    req.pause();
    setImmediate(() => req.resume());
  });
  req.on('end', () => {
    console.log('server received', n);
    const chunk = Buffer.alloc(256 * 1024, 'b');
    let sent = 0;
    const pump = () => {
      while (sent < size) {
        sent += chunk.length;
        if (!res.write(chunk)) return res.once('drain', pump);
      }
      res.end();
    };
    pump();
  });
});

server.listen(0, '127.0.0.1', () => {
  const req = http.request({ host: '127.0.0.1', port: server.address().port, method: 'POST' }, (res) => {
    console.log('response', res.statusCode, res.headers['transfer-encoding']);
    let n = 0;
    res.on('data', (d) => {
      n += d.length;
      res.pause();
      setTimeout(() => res.resume(), 1);
    });
    res.on('end', () => {
      console.log('client received', n);
      server.close(() => console.log('closed'));
    });
  });
  req.end(Buffer.alloc(size, 'a'));
});
