// The compatibility API: a 'request' handler written as for node:http
// (req.method, req.url, req.headers, res.setHeader, res.writeHead, res.end)
// serving a client made with http2.connect, in one process on loopback.
const http2 = require('http2');

// Each side logs to its own list, printed after both sides of an exchange
// have closed: the interleaving of the two sides is the loop's, not the API's.
const serverLog = [];
const clientLog = [];
let serverDone;
function flush() {
  console.log(serverLog.splice(0).concat(clientLog.splice(0)).join('\n'));
}

const server = http2.createServer((req, res) => {
  const body = [];
  req.setEncoding('utf8');
  req.on('data', (d) => body.push(d));
  req.on('end', () => {
    serverLog.push(['server', req.method, req.url, req.httpVersion, req.headers['x-test'], req.authority === req.headers[':authority'],
      req.scheme, JSON.stringify(body.join('')), req instanceof http2.Http2ServerRequest, res instanceof http2.Http2ServerResponse].join(' '));
    if (req.url === '/head') {
      res.writeHead(201, { 'content-type': 'text/plain', 'x-multi': ['a', 'b'] });
      res.end('created');
      return;
    }
    if (req.url === '/missing') {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.setHeader('Content-Type', 'application/json');
    res.setHeader('X-Powered-By', 'compat');
    serverLog.push(['headers', JSON.stringify(res.getHeaders()), res.getHeaderNames().join(','), res.hasHeader('x-powered-by'),
      res.getHeader('content-type'), res.headersSent].join(' '));
    res.removeHeader('x-powered-by');
    res.addTrailers({ 'x-trailer': 'done' });
    res.write('{"ok":');
    serverLog.push(`after write headersSent ${res.headersSent}`);
    res.end('true}', () => serverLog.push('end callback'));
  });
  res.on('finish', () => serverLog.push(`res finish ${req.url}`));
  res.on('close', () => serverDone());
});

function request(client, headers, body) {
  const served = new Promise((resolve) => { serverDone = resolve; });
  const answered = new Promise((resolve) => {
    const req = client.request(headers);
    let data = '';
    req.setEncoding('utf8');
    req.on('response', (h) => {
      const shown = { ...h };
      delete shown.date;
      clientLog.push(`client response ${JSON.stringify(shown)} ${typeof h.date}`);
    });
    req.on('trailers', (t) => clientLog.push(`client trailers ${JSON.stringify(t)}`));
    req.on('data', (d) => { data += d; });
    req.on('end', () => clientLog.push(`client body ${JSON.stringify(data)}`));
    req.on('close', () => resolve());
    if (body !== undefined) req.end(body);
  });
  return Promise.all([served, answered]).then(flush);
}

server.listen(0, '127.0.0.1', async () => {
  const client = http2.connect(`http://127.0.0.1:${server.address().port}`);
  await request(client, { ':path': '/json', 'x-test': 'one' });
  await request(client, { ':path': '/head', ':method': 'POST' }, 'payload');
  await request(client, { ':path': '/missing' });
  client.close();
  server.close(() => console.log('server closed'));
});
