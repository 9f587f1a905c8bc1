// An attempt of a connect to several addresses that does not complete
// within autoSelectFamilyAttemptTimeout is abandoned for the next address
// ('connectionAttemptTimeout'); here the first attempt's handle never
// completes because its connect is replaced, as an interceptor's is.
const net = require('net');

const server = net.createServer((s) => s.end('hello\n'));

function attempt(label, addresses, stall) {
  return new Promise((resolve) => {
    const sock = net.connect({
      host: 'example.test', port: server.address().port, autoSelectFamilyAttemptTimeout: 10,
      lookup(host, opts, cb) { process.nextTick(cb, null, addresses); },
    });
    sock.on('connectionAttempt', (address, port, family) => {
      console.log(label, 'attempt', address, family);
      if (stall.includes(address)) sock._handle.connect = () => 0;
    });
    sock.on('connectionAttemptTimeout', (address, port, family) => console.log(label, 'timeout', address, family));
    sock.on('connectionAttemptFailed', (address, port, family, err) => console.log(label, 'failed', address, err.code));
    sock.on('connect', () => console.log(label, 'connect', sock.remoteAddress));
    sock.on('data', (d) => console.log(label, 'data', JSON.stringify(String(d))));
    sock.on('error', (e) => {
      console.log(label, 'error', e.name, e.code);
      for (const inner of e.errors || []) console.log('  ', inner.code, inner.syscall, inner.address, typeof inner.errno);
    });
    sock.on('close', () => resolve());
  });
}

server.listen(0, '127.0.0.1', async () => {
  await attempt('stalled first', [{ address: '127.0.0.2', family: 4 }, { address: '127.0.0.1', family: 4 }], ['127.0.0.2']);
  await attempt('stalled then refused', [{ address: '127.0.0.2', family: 4 }, { address: '127.0.0.3', family: 4 }], ['127.0.0.2']);
  server.close();
});
