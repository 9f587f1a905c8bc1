// unref() on the server and on both ends of a connection lets the process
// exit with them still open.
const net = require('net');
const s = net.createServer((sock) => { console.log("connection"); sock.unref(); }).listen(0, '127.0.0.1', () => {
  console.log('listening');
  const c = net.connect(s.address().port, '127.0.0.1', () => { console.log('connected'); c.unref(); s.unref(); });
});
process.on('exit', () => console.log('exit'));
