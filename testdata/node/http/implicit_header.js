// A head the response renders itself goes through writeHead, which
// middleware wraps to set headers at the last moment (on-headers, under
// express-session and compression); _implicitHeader renders the head before
// any body, as such middleware also calls it: a response and a request
// without a length go chunked; the base class has none.
const http = require('http');

try {
  new http.OutgoingMessage()._implicitHeader();
} catch (e) {
  console.log(e.name, e.code, e.message);
}

function wrapWriteHead(res, tag) {
  const writeHead = res.writeHead;
  res.writeHead = function (...args) {
    console.log('writeHead', tag, JSON.stringify(args));
    this.setHeader('X-Wrapped', tag);
    return writeHead.apply(this, args);
  };
}

const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => { body += c; });
  req.on('end', () => {
    console.log('server got', req.url, req.headers['transfer-encoding'], JSON.stringify(body));
    wrapWriteHead(res, req.url);
    if (req.url === '/implicit') {
      res.statusCode = 201;
      res.setHeader('X-A', '1');
      console.log('before', res.headersSent, res._header === null);
      res._implicitHeader();
      console.log('after', res.headersSent, res._header.split('\r\n')[0]);
      res.end('done');
    } else if (req.url === '/write') {
      res.write('a');
      res.end('b');
    } else if (req.url === '/bad') {
      res.statusCode = 'abc';
      try {
        res.end('x');
      } catch (e) {
        console.log(e.name, e.code, e.message);
      }
      res.statusCode = 202;
      res.end('fixed');
    } else {
      res.end('whole');
    }
  });
});

function request(method, path, write) {
  return new Promise((resolve) => {
    const req = http.request({ port: server.address().port, host: '127.0.0.1', method, path }, (res) => {
      let s = '';
      res.on('data', (c) => { s += c; });
      res.on('end', () => {
        console.log('client got', path, res.statusCode, res.headers['x-wrapped'], res.headers['x-a'],
          res.headers['transfer-encoding'], res.headers['content-length'], s);
        resolve();
      });
    });
    if (write) {
      req._implicitHeader();
      console.log('request head', req._header.split('\r\n')[0]);
      req.write('abc');
    }
    req.end();
  });
}

server.listen(0, '127.0.0.1', async () => {
  await request('POST', '/implicit', true);
  await request('GET', '/write');
  await request('GET', '/end');
  await request('GET', '/bad');
  server.close();
});
