// fetch publishes each request's life on undici's diagnostics channels, as
// node's (undici's) does: creation, head sent, body sent, response head,
// end (trailers) or error, with a request of undici's shape whose added
// headers go out with the request. A redirect's next request is created
// once the first is over.
const dc = require('diagnostics_channel');
const http = require('http');

const names = ['undici:request:create', 'undici:client:sendHeaders', 'undici:request:bodySent', 'undici:request:headers',
  'undici:request:trailers', 'undici:request:error'];
let port;
for (const n of names) {
  dc.subscribe(n, (m) => {
    const r = m.request;
    let line = `${n} ${r.method} ${r.path} completed=${r.completed} length=${r.contentLength} type=${r.contentType}` +
      ` idempotent=${r.idempotent} body=${r.body === null ? 'null' : typeof r.body}`;
    if (m.headers) line += ` head=${JSON.stringify(m.headers.replace(String(port), 'PORT'))} socket=${m.socket.constructor.name}`;
    if (m.response) {
      line += ` status=${m.response.statusCode} ${m.response.statusText}` +
        ` ${m.response.headers.filter((_, i) => i % 2 === 0).map((h) => Buffer.isBuffer(h) && String(h)).join(',')}`;
    }
    if (m.trailers) line += ` trailers=${m.trailers.length}`;
    if (m.error) line += ` error=${m.error.name}: ${m.error.message}`;
    console.log(line);
  });
}
dc.subscribe('undici:request:create', ({ request }) => {
  console.log('  request', Object.keys(request).join(','), request.constructor.name, typeof request.addHeader);
  console.log('  origin is the server:', request.origin === `http://127.0.0.1:${port}`);
  request.addHeader('x-trace', `t-${request.path}`);
});

// The server answers the x-trace header it got (its own log would
// interleave with the client's as the network stack pleases).
const server = http.createServer((req, res) => {
  const got = `x-trace=${req.headers['x-trace']}`;
  if (req.url === '/slow') {
    setTimeout(() => res.end('late'), 300);
  } else if (req.url === '/r') {
    res.writeHead(302, { location: '/b', date: 'x' });
    res.end('moved');
  } else {
    res.setHeader('date', 'x');
    res.end(got);
  }
});
server.listen(0, '127.0.0.1', async () => {
  port = server.address().port;
  const base = `http://127.0.0.1:${port}`;
  console.log('-- get');
  console.log('body', await (await fetch(`${base}/b?q=1`)).text());
  console.log('-- redirect');
  console.log('body', await (await fetch(`${base}/r`)).text());
  console.log('-- put');
  const put = await fetch(`${base}/b`, { method: 'PUT', body: '{"a":1}', headers: { 'content-type': 'application/json' } });
  console.log('body', await put.text());
  console.log('-- abort');
  const ac = new AbortController();
  const p = fetch(`${base}/slow`, { signal: ac.signal });
  setTimeout(() => ac.abort(), 100);
  try {
    await p;
  } catch (e) {
    console.log('rejected', e.name);
  }
  // Once the slow answer is in: closed at once, node (undici 6.24) published
  // a second error for the aborted request, a refused connection.
  setTimeout(() => server.close(), 500);
});
