// A forked child ends when nothing keeps it alive: its channel counts
// only while it listens for messages or disconnect, or has ref()ed it.
const cp = require('child_process');
const path = require('path');

function run(mode) {
  return new Promise(resolve => {
    const child = cp.fork(path.join(__dirname, '_ipc', 'ref.js'), [mode], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', d => { out += d; });
    const messages = [];
    child.on('message', m => {
      messages.push(m);
      if (m !== 'up') {
        if (mode === 'listener') child.disconnect();
        return;
      }
      if (mode === 'listener' || mode === 'remove') child.send('ping');
      if (mode === 'ref') child.disconnect();
    });
    let waiting = 3;
    const done = () => {
      if (--waiting > 0) return;
      console.log(mode, JSON.stringify(messages), 'exit', child.exitCode, out.trim());
      resolve();
    };
    child.on('disconnect', done);
    child.on('exit', done);
    child.stdout.on('end', done);
  });
}

(async () => {
  for (const mode of ['none', 'listener', 'unref', 'remove', 'ref']) await run(mode);
})();
