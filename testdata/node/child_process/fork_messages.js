// fork: messages both ways over the IPC channel, one at a time.
const cp = require('child_process');
const path = require('path');

const child = cp.fork(path.join(__dirname, '_ipc', 'echo.js'), ['a', 'b c']);
console.log(child instanceof cp.ChildProcess, child.connected, typeof child.channel, typeof child.channel.ref,
  typeof child.channel.unref, child.stdio.length, child.stdio.every(s => s === null), child.stdin, child.stdout);
console.log('spawnargs end', path.basename(child.spawnargs.at(-3)), child.spawnargs.slice(-2));

const big = 'x'.repeat(200000);
const messages = [
  'info', 'hello', 42, -0.5, true, false, null, [1, 'two', [3]], { a: { b: [null, 1.5] }, s: 'é€😀' },
  { toJSON() { return 'via toJSON'; } }, new Date(0), big, '', 'line\nbreak', { cmd: 'NOT_NODE' },
];
const events = [];
child.on('exit', (code, signal) => events.push(`exit ${code} ${signal}`));
// The channel's end and the exit race: only the order with 'close' is fixed.
let disconnected = false;
child.on('disconnect', () => { disconnected = true; });
child.on('close', (code, signal) => {
  events.push(`close ${code} ${signal}`);
  console.log(events.join(', '), 'disconnected', disconnected, child.connected, child.channel, child.exitCode);
});

let i = 0;
function next() {
  if (i === messages.length) {
    console.log('send returns', child.send('exit'));
    return;
  }
  const m = messages[i++];
  const r = child.send(m, err => events.push(`cb ${i} ${err}`));
  if (i === 1) console.log('send returns', r);
}
child.on('message', (m, handle) => {
  if (m.echo === big) console.log('big', m.echo.length, handle);
  else console.log('parent got', JSON.stringify(m));
  next();
});
next();
