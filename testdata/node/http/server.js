// http.createServer answering a series of requests from http.request in the
// same process: what the server sees of each request, and the status,
// headers (without Date) and body the client gets back.
const http = require('http');

const handlers = {
  '/text': (req, res) => res.end('hello'),
  '/chunked': (req, res) => { res.write('a'); res.write(Buffer.from('bc')); res.end('d'); },
  '/head': (req, res) => {
    res.setHeader('X-Multi', ['1', '2']);
    res.setHeader('Content-Type', 'text/plain');
    console.log('  hasHeader', res.hasHeader('content-type'), 'getHeader', res.getHeader('CONTENT-TYPE'));
    console.log('  getHeaders', res.getHeaders(), res.getHeaderNames());
    res.removeHeader('content-type');
    console.log('  headersSent before', res.headersSent);
    res.writeHead(201, 'Made', { 'X-Extra': 'yes' });
    console.log('  headersSent after', res.headersSent, res.statusCode, res.statusMessage);
    res.end(JSON.stringify({ ok: true }));
  },
  '/nocontent': (req, res) => { res.statusCode = 204; res.end(); },
  '/echo': (req, res) => {
    const parts = [];
    req.on('data', (d) => parts.push(d));
    req.on('end', () => {
      console.log('  request complete', req.complete);
      res.setHeader('Content-Length', Buffer.byteLength(Buffer.concat(parts)));
      res.end(Buffer.concat(parts));
    });
  },
  '/errors': (req, res) => {
    const tries = [
      () => res.setHeader('bad name', 'x'),
      () => res.setHeader('x-undef', undefined),
      () => res.setHeader('x-nl', 'a\nb'),
      () => res.writeHead(99),
      () => res.getHeader(1),
    ];
    for (const t of tries) {
      try { t(); console.log('  ok'); } catch (e) { console.log(`  ${e.code} ${e.name}: ${e.message}`); }
    }
    res.end('done');
    try { res.setHeader('x', 'y'); } catch (e) { console.log(`  ${e.code}: ${e.message}`); }
    res.write('late', (err) => console.log('  write after end cb', err.code));
    res.on('error', (e) => console.log('  res error', e.code));
  },
};

const server = http.createServer((req, res) => {
  console.log(`server: ${req.method} ${req.url} HTTP/${req.httpVersion}`, JSON.stringify(req.headers).replace(/127.0.0.1:\d+/, "127.0.0.1:PORT"));
  res.on('finish', () => console.log('  res finish, writableEnded', res.writableEnded));
  handlers[req.url](req, res);
});

function fetch(path, options = {}, body) {
  return new Promise((resolve) => {
    const req = http.request({ port: server.address().port, host: '127.0.0.1', path, ...options }, (res) => {
      const headers = { ...res.headers };
      delete headers.date;
      const raw = res.rawHeaders.filter((v, i, a) => a[i - (i % 2)] !== 'Date');
      console.log(`client: ${res.statusCode} ${res.statusMessage} HTTP/${res.httpVersion}`, JSON.stringify(headers));
      console.log('  raw', JSON.stringify(raw));
      const parts = [];
      res.on('data', (d) => parts.push(d));
      res.on('end', () => {
        console.log('  body', JSON.stringify(Buffer.concat(parts).toString()), 'complete', res.complete);
        resolve();
      });
    });
    req.end(body);
  });
}

server.listen(0, '127.0.0.1', async () => {
  await fetch('/text');
  await fetch('/chunked');
  await fetch('/head');
  await fetch('/nocontent');
  await fetch('/echo', { method: 'POST', headers: { 'Content-Type': 'application/json' } }, '{"a":1}');
  await fetch('/text', { method: 'HEAD' });
  await fetch('/errors');
  server.close(() => console.log('server closed'));
});
