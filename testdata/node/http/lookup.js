// http's lookup option reaches net.connect, which calls it with node's
// dns options; a ServerResponse written to a bare net.Socket whose
// _writeGeneric is replaced hands over the bytes of the response, as
// @mswjs/interceptors makes the mocked responses of nock and msw.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => res.end(`you asked for ${req.url} at ${req.headers.host}`));

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const req = http.get({
    host: 'example.test', port, path: '/a', agent: false,
    lookup(host, opts, cb) {
      console.log('lookup', host, opts);
      process.nextTick(cb, null, [{ address: '127.0.0.1', family: 4 }]);
    },
  }, (res) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (c) => { body += c; });
    res.on('end', () => {
      console.log(res.statusCode, body.replace(/:\d+$/, ':PORT'));
      second(port);
    });
  });
  req.on('socket', (s) => s.on('lookup', (err, address, family, host) => console.log('socket lookup', err, address, family, host)));
});

function second(port) {
  const req = http.get({
    host: 'example.test', port, path: '/b', family: 4, agent: false,
    lookup(host, opts, cb) {
      console.log('lookup', host, opts);
      process.nextTick(cb, null, '127.0.0.1', 4);
    },
  }, (res) => {
    res.resume();
    res.on('end', () => {
      console.log('second', res.statusCode);
      badLookup(port);
    });
  });
  req.on('error', (e) => console.log('error', e));
}

function badLookup(port) {
  try {
    http.get({ host: 'example.test', port, lookup: 'nope', agent: false });
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  const req = http.get({
    host: 'example.test', port, agent: false,
    lookup(h, o, cb) { process.nextTick(cb, null, [{ address: 'x', family: 4 }]); },
  });
  req.on('error', (e) => {
    console.log('error', e.name, e.code, e.message);
    server.close();
    mockedResponse();
  });
}

function mockedResponse() {
  const chunks = [];
  const sock = new net.Socket();
  // Node writes the corked head and body as one writev, Kiln as writes.
  const add = (chunk, encoding) => chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk);
  sock._writeGeneric = (writev, data, encoding, cb) => {
    if (writev) for (const { chunk, encoding: e } of data) add(chunk, e);
    else add(data, encoding);
    cb();
  };
  const msg = new http.IncomingMessage(sock);
  msg.method = 'GET';
  const res = new http.ServerResponse(msg);
  res.assignSocket(sock);
  res.removeHeader('connection');
  res.removeHeader('date');
  res.writeHead(201, 'Made', [['X-Mock', 'yes'], ['Content-Type', 'text/plain']]);
  res.write('mocked ');
  res.end('body', () => console.log(JSON.stringify(Buffer.concat(chunks).toString())));
}
