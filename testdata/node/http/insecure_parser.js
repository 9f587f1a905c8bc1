// The insecureHTTPParser option and --insecure-http-parser: what the
// lenient parser accepts that the strict one answers with a 400 and a
// 'clientError' (node's HPE_* code and message, the packet in rawPacket),
// on both sides of a connection, over loopback with raw sockets. The flag
// is in testdata/node/process/_cli/insecure_http_parser.js.
const http = require('http');
const net = require('net');

const requests = [
  'GET / HTTP/1.1\r\nHost: a\r\nX: a\x01b\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: a\r\nX: a\x00b\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: a\r\nX: \x7f\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: a\r\nX: a\tb\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: a\r\nX: caf\xe9\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: a\r\nX: a\rb\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: a\r\nX: a\r\n  folded\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: a\r\nX: a\r\n\tfolded\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: a\r\nX: a \r\n folded \r\nY: z\r\n\r\n',
  'GET / HTTP/1.1\nHost: a\nX: b\n\n',
  'GET / HTTP/1.1\nHost: a\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: a\nX: b\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: a\r\n\n',
  'POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nx\r\n0\r\n\r\n',
  'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: a\r\nX : b\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: a\r\nX\x01: b\r\n\r\n',
];

const send = (port, raw) => new Promise((resolve) => {
  const c = net.connect(port, '127.0.0.1', () => c.end(Buffer.from(raw, 'latin1')));
  let out = '';
  c.setEncoding('latin1');
  c.on('data', (d) => out += d);
  c.on('close', () => resolve(out.split('\r\n')[0] + ' ' + out.split('\r\n\r\n').slice(1).join('')));
});

async function serve(options) {
  const server = http.createServer(options, (req, res) => {
    let body = '';
    req.setEncoding('latin1');
    req.on('data', (d) => body += d);
    req.on('end', () => res.end(JSON.stringify([req.rawHeaders, body])));
  });
  console.log('server', JSON.stringify(options), server.insecureHTTPParser);
  server.on('clientError', (err, socket) => {
    console.log('  clientError', err.code, err.message, JSON.stringify(err.rawPacket?.toString('latin1')));
    socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  for (const raw of requests) {
    console.log(' ', JSON.stringify(raw), '=>', JSON.stringify(await send(server.address().port, raw)));
  }
  server.close();
}

const responses = [
  'HTTP/1.1 200 OK\r\nX: a\x01b\r\nContent-Length: 2\r\n\r\nok',
  'HTTP/1.1 200 OK\r\nX: a\r\n folded\r\nContent-Length: 2\r\n\r\nok',
  'HTTP/1.1 200 OK\r\nContent-Length: 9\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n',
];

async function fetchRaw(options) {
  console.log('client', JSON.stringify(options));
  for (const raw of responses) {
    const server = net.createServer((s) => s.once('data', () => s.end(Buffer.from(raw, 'latin1'))));
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    await new Promise((resolve) => {
      const req = http.get({ ...options, host: '127.0.0.1', port: server.address().port, agent: false }, (res) => {
        let body = '';
        res.on('data', (d) => body += d);
        res.on('end', () => {
          console.log('  response', JSON.stringify(res.rawHeaders), JSON.stringify(body));
          resolve();
        });
      });
      console.log('  request.insecureHTTPParser', req.insecureHTTPParser);
      req.on('error', (err) => {
        console.log('  error', err.code, err.message);
        resolve();
      });
    });
    server.close();
  }
}

(async () => {
  for (const v of [1, 'yes', null]) {
    for (const make of [() => http.createServer({ insecureHTTPParser: v }),
      () => http.request({ insecureHTTPParser: v, host: '127.0.0.1', port: 1 })]) {
      try {
        make();
      } catch (err) {
        console.log(err.name, err.code, err.message);
      }
    }
  }
  await serve({});
  await serve({ insecureHTTPParser: true });
  await serve({ insecureHTTPParser: false });
  await fetchRaw({});
  await fetchRaw({ insecureHTTPParser: true });
})();
