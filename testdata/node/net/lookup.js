// net.connect's lookup option: the options node passes, the 'lookup' and
// 'connectionAttempt' events, and the errors for bad answers.
const net = require('net');

const server = net.createServer((s) => s.end('hello\n'));

function attempt(label, opts) {
  return new Promise((resolve) => {
    let sock;
    try {
      sock = net.connect(opts);
    } catch (e) {
      console.log(label, 'throws', e.name, e.code, e.message);
      resolve();
      return;
    }
    sock.on('lookup', (err, address, family, host) => console.log(label, 'lookup', err && err.code, address, family, host));
    sock.on('connectionAttempt', (address, port, family) => console.log(label, 'attempt', address, port === server.address().port, family));
    sock.on('connectionAttemptFailed', (address, port, family, err) => console.log(label, 'attempt failed', address, family, err.code));
    sock.on('connect', () => console.log(label, 'connect', sock.remoteAddress));
    sock.on('data', (d) => console.log(label, 'data', JSON.stringify(String(d))));
    sock.on('error', (e) => console.log(label, 'error', e.name, e.code, e.message.replace(/:\d+$/, ':PORT')));
    sock.on('close', () => resolve());
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const seen = (opts) => console.log('  dnsopts', opts);
  const later = (cb, ...args) => process.nextTick(cb, ...args);
  await attempt('single', {
    host: 'example.test', port, family: 4,
    lookup(host, opts, cb) { seen(opts); later(cb, null, '127.0.0.1', 4); },
  });
  await attempt('hints', {
    host: 'example.test', port, family: 4, hints: 1024,
    lookup(host, opts, cb) { seen(opts); later(cb, null, '127.0.0.1', 4); },
  });
  await attempt('all', {
    host: 'example.test', port,
    lookup(host, opts, cb) { seen(opts); later(cb, null, [{ address: '127.0.0.1', family: 4 }]); },
  });
  await attempt('noauto', {
    host: 'example.test', port, autoSelectFamily: false,
    lookup(host, opts, cb) { seen(opts); later(cb, null, '127.0.0.1', 4); },
  });
  await attempt('lookup error', {
    host: 'example.test', port,
    lookup(host, opts, cb) { const e = new Error('nope'); e.code = 'ENOTFOUND'; later(cb, e); },
  });
  await attempt('bad ip', {
    host: 'example.test', port, family: 4,
    lookup(host, opts, cb) { later(cb, null, 'not-an-ip', 4); },
  });
  await attempt('bad family', {
    host: 'example.test', port, family: 4,
    lookup(host, opts, cb) { later(cb, null, '127.0.0.1', 5); },
  });
  await attempt('bad ip all', {
    host: 'example.test', port,
    lookup(host, opts, cb) { later(cb, null, [{ address: 'nope', family: 4 }]); },
  });
  await attempt('bad family all', {
    host: 'example.test', port,
    lookup(host, opts, cb) { later(cb, null, [{ address: '127.0.0.1', family: 7 }]); },
  });
  await attempt('array for one', {
    host: 'example.test', port, family: 4,
    lookup(host, opts, cb) { later(cb, null, [{ address: '127.0.0.1', family: 4 }]); },
  });
  await attempt('one for array', {
    host: 'example.test', port,
    lookup(host, opts, cb) { later(cb, null, '::1', 6); },
  });
  await attempt('not a function', { host: 'example.test', port, lookup: 42 });
  await attempt('ip skips lookup', {
    host: '127.0.0.1', port,
    lookup() { console.log('never'); },
  });
  server.close();
});
