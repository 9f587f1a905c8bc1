// A socket's end() with nothing left to write shuts down at once: 'finish'
// comes in the same loop turn, before the next setImmediate, as libuv runs
// a shutdown whose write queue is empty in the pending rounds after the
// poll callback that asked for it. Then, with the readable side over,
// 'close' comes in the close phase.
const net = require('net');

function clientEnd() {
  return new Promise((done) => {
    const log = [];
    const srv = net.createServer((s) => {
      s.resume();
      s.on('end', () => { s.end(); srv.close(); });
    });
    srv.listen(0, '127.0.0.1', () => {
      const c = net.connect(srv.address().port, '127.0.0.1', () => {
        c.end('x');
        setImmediate(() => log.push('immediate'));
      });
      c.on('finish', () => log.push('finish'));
      c.resume();
      c.on('close', () => { log.push('close'); console.log(log.join(', ')); done(); });
    });
  });
}

function halfOpenServerEnd() {
  return new Promise((done) => {
    const log = [];
    const srv = net.createServer({ allowHalfOpen: true }, (s) => {
      s.resume();
      s.on('end', () => {
        log.push('server end');
        s.end();
        setImmediate(() => log.push('immediate after end()'));
      });
      s.on('finish', () => {
        log.push('server finish');
        process.nextTick(() => log.push('tick after finish'));
      });
      s.on('close', () => { log.push('server close'); srv.close(); });
    });
    srv.listen(0, '127.0.0.1', () => {
      const c = net.connect({ port: srv.address().port, host: '127.0.0.1', allowHalfOpen: true }, () => c.end());
      c.resume();
      c.on('close', () => setImmediate(() => { console.log(log.join(', ')); done(); }));
    });
  });
}

(async () => {
  await clientEnd();
  await halfOpenServerEnd();
})();
