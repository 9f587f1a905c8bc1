// With several addresses from an all:true lookup, net.connect tries them
// in turn (node's autoSelectFamily), moving on when one is refused.
const net = require('net');

const server = net.createServer((s) => s.end('hello\n'));

function attempt(label, addresses, extra) {
  return new Promise((resolve) => {
    const sock = net.connect({
      host: 'example.test', port: server.address().port, ...extra,
      lookup(host, opts, cb) { process.nextTick(cb, null, addresses); },
    });
    sock.on('lookup', (err, address, family) => console.log(label, 'lookup', address, family));
    sock.on('connectionAttempt', (address, port, family) => console.log(label, 'attempt', address, family));
    sock.on('connectionAttemptFailed', (address, port, family, err) => console.log(label, 'failed', address, family, err.code, err.message.replace(/:\d+$/, ':PORT')));
    sock.on('connect', () => console.log(label, 'connect', sock.remoteAddress, sock.autoSelectFamilyAttemptedAddresses.map((a) => a.replace(/:\d+$/, ':PORT'))));
    sock.on('data', (d) => console.log(label, 'data', JSON.stringify(String(d))));
    sock.on('error', (e) => {
      console.log(label, 'error', e.name, e.code, e.message.replace(/:\d+$/, ':PORT'));
      if (e.errors) for (const inner of e.errors) console.log('  ', inner.code, inner.message.replace(/:\d+$/, ':PORT'));
    });
    sock.on('close', () => resolve());
  });
}

server.listen(0, '127.0.0.1', async () => {
  await attempt('second works', [{ address: '127.0.0.2', family: 4 }, { address: '127.0.0.1', family: 4 }]);
  await attempt('dedup', [{ address: '127.0.0.2', family: 4 }, { address: '127.0.0.2', family: 4 }, { address: '127.0.0.1', family: 4 }]);
  await attempt('skips invalid', [{ address: 'x', family: 4 }, { address: '127.0.0.3', family: 4 }, { address: '127.0.0.1', family: 9 }, { address: '127.0.0.1', family: 4 }]);
  await attempt('all refused', [{ address: '127.0.0.2', family: 4 }, { address: '127.0.0.3', family: 4 }]);
  await attempt('one refused', [{ address: '127.0.0.2', family: 4 }]);
  server.close();
});
