// net._normalizeArgs makes connect's [options, cb] pair, which socket.connect
// takes as it is (agent-base passes one); _setSimultaneousAccepts warns once.
const net = require('net');
console.log(net._normalizeArgs([]), net._normalizeArgs([80, 'h', () => {}]), net._normalizeArgs(['/tmp/s']), net._normalizeArgs([{ port: 1 }]));
const server = net.createServer((s) => s.end('hi')).listen(0, '127.0.0.1', () => {
  const sock = new net.Socket();
  sock.connect(net._normalizeArgs([server.address().port, '127.0.0.1', () => console.log('connected')]));
  sock.on('data', (d) => { console.log(String(d)); sock.end(); server.close(); });
});
net._setSimultaneousAccepts();
net._setSimultaneousAccepts();
process.on('warning', (w) => console.log(w.name, w.code));
