// respondWithFile (whole, a range, a missing file with onError) and
// respondWithFD, served to a client in the same process.
const http2 = require('http2');
const fs = require('fs');
const path = require('path');
const os = require('os');
const file = path.join(os.tmpdir(), `h2-file-${process.pid}.txt`);
fs.writeFileSync(file, 'abcdefghijklmnopqrstuvwxyz'.repeat(5000));
const log = [];
const server = http2.createServer();
server.on('stream', (stream, headers) => {
  const p = headers[':path'];
  if (p === '/file') return stream.respondWithFile(file, { 'content-type': 'text/plain' });
  if (p === '/range') return stream.respondWithFile(file, {}, { offset: 2, length: 5 });
  if (p === '/missing') return stream.respondWithFile(file + '.nope', {}, { onError: (e) => { log.push(`onError ${e.code}`); stream.respond({ ':status': 404 }, { endStream: true }); } });
  if (p === '/fd') {
    const fd = fs.openSync(file, 'r');
    stream.on('close', () => fs.closeSync(fd));
    return stream.respondWithFD(fd, { 'x-fd': 1 });
  }
});
server.listen(0, () => {
  const c = http2.connect(`http://localhost:${server.address().port}`);
  const get = (p) => new Promise((res) => {
    const r = c.request({ ':path': p });
    let n = 0, first = '';
    r.on('response', (h) => log.push(`${p} status=${h[':status']} len=${h['content-length']} type=${h['content-type']}`));
    r.on('data', (d) => { if (!first) first = d.toString().slice(0, 10); n += d.length; });
    r.on('end', () => { log.push(`${p} got ${n} ${first}`); });
    r.on('close', res);
  });
  Promise.all([get('/file'), get('/range'), get('/missing'), get('/fd')]).then(() => {
    fs.unlinkSync(file);
    console.log(log.sort().join('\n'));
    c.close(); server.close();
  });
});
