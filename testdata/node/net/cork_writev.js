// Writes a cork holds back go out together on uncork (a socket's _writev):
// the peer gets every byte in order, each write's callback runs, in order,
// and bytesWritten counts text in its encoding.
const net = require('node:net');
const server = net.createServer((c) => {
  const got = [];
  c.on('data', (d) => got.push(d));
  c.on('end', () => {
    console.log('server got', JSON.stringify(Buffer.concat(got).toString('latin1')));
    c.end();
    server.close();
  });
});
server.listen(0, '127.0.0.1', () => {
  const s = net.connect(server.address().port, '127.0.0.1', () => {
    s.cork();
    s.write('a', () => console.log('cb a'));
    s.write(Buffer.from('bc'), () => console.log('cb bc'));
    s.write('6465', 'hex', () => console.log('cb hex'));
    s.write('é', 'latin1');
    s.write('€', () => console.log('cb euro'));
    console.log('corked', s.writableCorked, s.writableLength, s.bytesWritten);
    s.uncork();
    console.log('uncorked', s.writableCorked);
    s.end('!', () => console.log('end cb', s.bytesWritten));
  });
  s.resume();
  s.on('close', () => console.log('closed'));
});
