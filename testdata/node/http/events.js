// Server-side event order of the request and the response, for a body read,
// unread, and a POST body nobody reads (node drains it after the response).
const http = require('http');
const server = http.createServer((req, res) => {
  const ev = [];
  for (const e of ['end', 'close', 'aborted']) req.on(e, () => ev.push('req ' + e));
  for (const e of ['finish', 'close']) res.on(e, () => ev.push('res ' + e));
  if (req.url === '/consume') req.resume();
  setTimeout(() => { res.end('x'); setTimeout(() => console.log(req.url, ev.join(', ')), 50); }, 10);
});
server.listen(0, '127.0.0.1', async () => {
  for (const p of ['/plain', '/consume']) {
    await new Promise(r => http.get({ port: server.address().port, host: '127.0.0.1', path: p }, res => { res.resume(); res.on('end', () => setTimeout(r, 100)); }));
  }
  await new Promise(r => { const q = http.request({ port: server.address().port, host: '127.0.0.1', path: '/post', method: 'POST' }, res => { res.resume(); res.on('end', () => setTimeout(r, 100)); }); q.end('abc'); });
  server.close();
});
