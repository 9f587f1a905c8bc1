// A table of net's synchronous errors, then the asynchronous ones in
// node's form: a refused connection, a port in use, writing after end.
const net = require('net');

function show(label, f) {
  try {
    const r = f();
    console.log(label, '->', typeof r === 'object' && r !== null ? r.constructor.name : r);
  } catch (e) {
    console.log(label, '->', `${e.code} ${e.name}: ${e.message}`);
  }
}

const calls = [
  ['connect(65536)', () => net.connect(65536)],
  ['connect(-1)', () => net.connect(-1)],
  ['connect({port: 1.5})', () => net.connect({ port: 1.5 })],
  ['connect({})', () => net.connect({})],
  ['connect({port: 80, host: 5})', () => net.connect({ port: 80, host: 5 })],
  ['listen(65536)', () => net.createServer().listen(65536)],
  ['listen({port: "x"})', () => net.createServer().listen({ port: 'x' })],
  ['createServer(5)', () => net.createServer(5)],
  ['setTimeout(-1)', () => new net.Socket().setTimeout(-1)],
  ['setTimeout("1")', () => new net.Socket().setTimeout('1')],
];
for (const [label, f] of calls) show(label, f);

for (const s of ['127.0.0.1', '::1', '::', '1.2.3', '256.1.1.1', '01.2.3.4', 'fe80::1%eth0', '::ffff:1.2.3.4',
  '1::2::3', 'localhost', '', 'g::1', '2001:db8:0:0:0:0:2:1']) {
  console.log(JSON.stringify(s), net.isIP(s), net.isIPv4(s), net.isIPv6(s));
}

function errorInfo(e) {
  return `${e.code} ${e.syscall} errno=${typeof e.errno} ${e.message.replace(/:\d+$/, ':PORT')}`;
}

(async () => {
  // A port that was just closed refuses connections.
  const port = await new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => resolve(p));
    });
  });
  await new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    const events = [];
    c.on('connect', () => events.push('connect'));
    c.on('error', (e) => events.push(`error ${errorInfo(e)} address=${e.address} port=${e.port === port}`));
    c.on('close', (h) => {
      events.push(`close ${h}`);
      console.log('refused:', events.join(' | '));
      resolve();
    });
  });

  // A second listener on a port in use.
  await new Promise((resolve) => {
    const a = net.createServer().listen(0, '127.0.0.1', () => {
      const b = net.createServer();
      b.on('error', (e) => {
        console.log('in use:', errorInfo(e), e.address, e.port === a.address().port);
        console.log('b listening', b.listening);
        a.close(resolve);
      });
      b.listen(a.address().port, '127.0.0.1');
    });
  });

  // listen() twice, close() when not running.
  await new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      show('listen twice', () => s.listen(0));
      s.close((err) => {
        console.log('first close', err);
        s.close((err2) => {
          console.log('second close', `${err2.code}: ${err2.message}`);
          resolve();
        });
      });
    });
  });

  // Writing after end fails with ERR_STREAM_WRITE_AFTER_END.
  await new Promise((resolve) => {
    const s = net.createServer((sock) => sock.resume().on('end', () => sock.end()));
    s.listen(0, '127.0.0.1', () => {
      const c = net.connect(s.address().port, '127.0.0.1', () => {
        c.end('bye');
        c.write('more', (err) => console.log('write cb', err && err.code));
      });
      c.on('error', (e) => console.log('write after end:', `${e.code} ${e.message}`));
      c.resume();
      c.on('close', () => s.close(resolve));
    });
  });

  // A server that drops connections past maxConnections.
  await new Promise((resolve) => {
    const s = net.createServer((sock) => { console.log('connection'); sock.on('end', () => sock.end()); sock.resume(); });
    s.maxConnections = 1;
    s.on('drop', (d) => console.log('drop event', Object.keys(d).join(), d.remoteAddress, typeof d.localPort));
    s.listen(0, '127.0.0.1', () => {
      const a = net.connect(s.address().port, '127.0.0.1', () => {
        const c = net.connect(s.address().port, '127.0.0.1');
        c.on('error', (e) => console.log('dropped client error', e.code));
        c.on('end', () => console.log('dropped client end'));
        c.resume();
        c.on('close', () => { console.log('dropped client close'); a.end(); s.close(resolve); });
      });
      a.resume();
    });
  });
})();
