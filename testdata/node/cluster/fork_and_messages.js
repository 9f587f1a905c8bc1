// cluster on fork and the IPC channel: the primary forks two workers of
// this file, which come online, listen, talk to it and leave, one by
// disconnecting and one by exiting. Events of the two workers interleave,
// so each worker's are printed in order, one worker after the other.
const cluster = require('cluster');
const http = require('http');

if (cluster.isPrimary) {
  console.log('primary', cluster.isPrimary, cluster.isMaster, cluster.isWorker, cluster.worker);
  cluster.setupPrimary({ args: ['from-settings'] });
  const events = {};
  const note = (w, ...what) => (events[w.id] ||= []).push(what.join(' '));
  cluster.on('fork', (w) => note(w, 'fork'));
  cluster.on('online', (w) => note(w, 'online', w.state));
  cluster.on('listening', (w, address) => note(w, 'listening', address.address, address.addressType, typeof address.port));
  cluster.on('message', (w, msg) => note(w, 'cluster message', JSON.stringify(msg)));
  cluster.on('disconnect', (w) => note(w, 'disconnect', w.exitedAfterDisconnect));
  let exited = 0;
  cluster.on('exit', (w, code, signal) => {
    note(w, 'exit', code, signal, w.state, w.isDead(), w.exitedAfterDisconnect);
    // A worker leaves cluster.workers at its 'disconnect' already: the
    // exits are counted.
    if (++exited === 2) {
      // A worker's 'exit' and 'disconnect' come from two handles (the
      // process and its IPC channel), in no order node promises either:
      // exit is listed last.
      for (const id of Object.keys(events).sort()) {
        const list = events[id].sort((a, b) => a.startsWith('exit') - b.startsWith('exit'));
        console.log(`worker ${id}:\n  ${list.join('\n  ')}`);
      }
    }
  });
  for (const how of ['disconnect', 'exit']) {
    const w = cluster.fork({ HOW: how });
    w.on('message', (msg) => {
      if (msg.listening) w.send({ please: how });
    });
  }
  console.log('workers', Object.keys(cluster.workers).join(','), cluster.settings.args);
} else {
  const { worker } = cluster;
  const server = http.createServer((req, res) => res.end('ok'));
  server.listen(0, '127.0.0.1', () => {
    process.send({ id: worker.id, argv: process.argv.slice(2), env: process.env.HOW, uniqueId: process.env.NODE_UNIQUE_ID });
    process.send({ listening: true });
  });
  worker.on('message', (msg) => {
    if (msg.please === 'disconnect') worker.disconnect();
    else process.exit(3);
  });
}
