// The servers' and clients' header options, as node v20 has them:
// requireHostHeader (an HTTP/1.1 request without Host gets 400 and never
// reaches the server), joinDuplicateHeaders (repeats of fields node
// otherwise keeps the first of are joined), maxHeaderSize (what counts:
// the URL and each field's name and value; reaching it is
// HPE_HEADER_OVERFLOW), http.maxHeaderSize, and the options' checks.
const http = require('http');
const net = require('net');

function raw(server, text) {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const c = net.connect(server.address().port, '127.0.0.1', () => c.write(text));
      let d = '';
      c.on('data', (b) => { d += b; });
      c.on('error', () => {});
      c.on('close', () => {
        server.close();
        const head = d.slice(0, d.indexOf('\r\n\r\n')).split('\r\n').filter((l) => !l.startsWith('Date:'));
        resolve(`${head.join(' | ')} || ${d.slice(d.indexOf('\r\n\r\n') + 4)}`);
      });
    });
  });
}

function server(options) {
  const s = http.createServer(options, (req, res) => {
    console.log('  request', req.url,
      JSON.stringify(req.headers, (k, v) => (typeof v === 'string' && v.length > 40 ? `<${v.length} bytes>` : v)));
    res.end('ok');
  });
  s.on('clientError', (err, socket) => {
    console.log('  clientError', err.code);
    socket.end('HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n');
  });
  return s;
}

const dup = 'User-Agent: u1\r\nUser-Agent: u2\r\nContent-Type: a\r\nContent-Type: b\r\nX-A: 1\r\nX-A: 2\r\n';

(async () => {
  console.log('http.maxHeaderSize', http.maxHeaderSize);
  console.log('no host', await raw(server(), 'GET /a HTTP/1.1\r\nConnection: close\r\n\r\n'));
  console.log('no host, not required', await raw(server({ requireHostHeader: false }),
    'GET /b HTTP/1.1\r\nConnection: close\r\n\r\n'));
  console.log('no host, HTTP/1.0', await raw(server(), 'GET /c HTTP/1.0\r\n\r\n'));
  console.log('repeats', await raw(server(), `GET /d HTTP/1.1\r\nHost: h\r\n${dup}Connection: close\r\n\r\n`));
  console.log('repeats joined', await raw(server({ joinDuplicateHeaders: true }),
    `GET /e HTTP/1.1\r\nHost: h\r\n${dup}Connection: close\r\n\r\n`));
  // 4 (URL) + 4 + 1 (Host: x) + 3 + n (X-B) + 10 + 5 (Connection: close)
  // against a limit of 1000.
  for (const n of [972, 973]) {
    console.log('maxHeaderSize 1000, value', n, await raw(server({ maxHeaderSize: 1000 }),
      `GET /abc HTTP/1.1\r\nHost: x\r\nX-B: ${'b'.repeat(n)}\r\nConnection: close\r\n\r\n`));
  }
  console.log('default limit', await raw(server(),
    `GET / HTTP/1.1\r\nHost: x\r\nX-C: ${'c'.repeat(17000)}\r\nConnection: close\r\n\r\n`));

  for (const bad of [{ maxHeaderSize: -1 }, { maxHeaderSize: '1' }, { requireHostHeader: 1 }, { joinDuplicateHeaders: 'x' }]) {
    try {
      http.createServer(bad);
      console.log('accepted', JSON.stringify(bad));
    } catch (e) {
      console.log(e.code, e.message);
    }
  }

  // A client's options.
  const upstream = net.createServer((c) => {
    c.once('data', () => c.end(`HTTP/1.1 200 OK\r\n${dup}X-Long: ${'l'.repeat(600)}\r\nContent-Length: 0\r\n\r\n`));
  });
  upstream.listen(0, '127.0.0.1', async () => {
    const port = upstream.address().port;
    const get = (options) => new Promise((resolve) => {
      http.get({ port, host: '127.0.0.1', agent: false, ...options }, (res) => {
        res.resume();
        res.on('end', () => resolve(JSON.stringify({ ua: res.headers['user-agent'], ct: res.headers['content-type'],
          xa: res.headers['x-a'] })));
      }).on('error', (e) => resolve(`error ${e.code}`));
    });
    console.log('client', await get({}));
    console.log('client joined', await get({ joinDuplicateHeaders: true }));
    console.log('client maxHeaderSize 500', await get({ maxHeaderSize: 500 }));
    try {
      http.get({ port, maxHeaderSize: 1.5 });
    } catch (e) {
      console.log(e.code, e.message);
    }
    upstream.close();
  });
})();
