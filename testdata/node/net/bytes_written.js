// bytesWritten counts what a socket has sent, what waits in its write
// buffer and the data of a write waiting for the connection, as node's.
const net = require('net');

const server = net.createServer((s) => s.resume().on('end', () => s.end()));
server.listen(0, '127.0.0.1', () => {
  const sock = net.connect(server.address().port, '127.0.0.1');
  console.log('new', sock.bytesWritten);
  sock.write('héllo');
  console.log('pending one', sock.bytesWritten, typeof sock._pendingData, sock._pendingEncoding);
  sock.write(Buffer.from('abc'));
  sock.write('6869', 'hex');
  console.log('pending three', sock.bytesWritten);
  sock.on('connect', () => console.log('connect', sock.bytesWritten));
  sock.end(() => {
    console.log('finished', sock.bytesWritten);
  });
  sock.on('close', () => {
    console.log('closed', sock.bytesWritten, new net.Socket().bytesWritten);
    server.close();
  });
  sock.resume();
});
