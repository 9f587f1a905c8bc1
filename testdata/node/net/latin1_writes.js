// Text written as latin1, binary or ascii goes out as Latin-1 bytes (each
// code unit's low byte), alone and corked together with UTF-8 text, bytes
// and hex, and counts in bytesWritten as those bytes.
const net = require('node:net');
let written;
const srv = net.createServer((c) => {
  c.write('é€a', 'latin1'); c.write('é€b', 'ascii'); c.write('é€c', 'binary'); c.write('é€d');
  c.cork();
  c.write('Ā\u00ffx', 'latin1'); c.write(Buffer.from([1, 2])); c.write('é', 'utf8'); c.write('6869', 'hex');
  c.write('ÿ', 'latin1');
  c.uncork();
  c.end('\ud800z', 'latin1', () => { written = c.bytesWritten; });
});
srv.listen(0, '127.0.0.1', () => {
  const k = net.connect(srv.address().port, '127.0.0.1');
  const got = [];
  k.on('data', (d) => got.push(d));
  k.on('end', () => srv.close(() => console.log(Buffer.concat(got).toString('hex'), written)));
});
