// A request written before the session connects: pending with no id, then
// 'ready' and its body sent once connected.
const http2 = require('http2');
const server = http2.createServer((req, res) => { let n = 0; req.on('data', (d) => n += d.length); req.on('end', () => res.end(`got ${n}`)); });
server.listen(0, () => {
  const c = http2.connect(`http://localhost:${server.address().port}`);
  const r = c.request({ ':method': 'POST', ':path': '/' });
  console.log('pending', r.pending, r.id);
  r.on('ready', () => console.log('ready', r.id));
  r.write('abc'); r.write(Buffer.alloc(100000)); r.end('xyz');
  r.setEncoding('utf8');
  r.on('data', (d) => console.log(d));
  r.on('close', () => { c.close(); server.close(); });
});
