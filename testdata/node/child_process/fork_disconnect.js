// Disconnecting from either end: 'disconnect' on both, the child ends when
// nothing else keeps it alive, and sends after the end fail as node's do.
const cp = require('child_process');
const path = require('path');

function run(mode) {
  return new Promise(resolve => {
    const child = cp.fork(path.join(__dirname, '_ipc', 'disconnect.js'), [mode], { silent: true });
    console.log(mode, 'stdio', child.stdio.length, child.stdin !== null, child.stdout !== null, child.stdio[3]);
    let out = '';
    const events = [];
    let waiting = 2;
    const done = () => {
      if (--waiting > 0) return;
      console.log(mode, events.join(', '));
      console.log(mode, 'child said:\n' + out);
      child.once('error', err => console.log(mode, 'second disconnect', err.code, err.message));
      child.disconnect();
      resolve();
    };
    child.stdout.setEncoding('utf8').on('data', d => { out += d; }).on('end', done);
    child.on('message', m => {
      events.push(`message ${m}`);
      if (m === 'ready') {
        child.send('first');
        child.disconnect();
        console.log(mode, 'after disconnect', child.connected, child.channel);
      }
    });
    child.on('disconnect', () => {
      events.push('disconnect');
      child.stdin.end();
      console.log(mode, 'send returns', child.send('x', err => console.log(mode, 'cb', err.code, err.message)));
      child.once('error', err => console.log(mode, 'error', err.name, err.code, err.message));
      child.send('y');
    });
    // After the parent's own disconnect node never emits 'close'.
    child.on('exit', code => {
      console.log(mode, 'exit', code);
      done();
    });
  });
}

(async () => {
  await run('parent');
  await run('child');
})();
