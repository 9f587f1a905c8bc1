// fork's and the channel's argument errors, and what a process that was
// not forked has of the channel.
const cp = require('child_process');
const path = require('path');

function attempt(name, fn) {
  try {
    const r = fn();
    console.log(name, 'ok', typeof r);
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
  }
}

console.log('not forked', typeof process.send, typeof process.disconnect, process.connected, process.channel);
attempt('modulePath number', () => cp.fork(42));
attempt('modulePath null', () => cp.fork(null));
attempt('args string', () => cp.fork('x.js', 'a'));
attempt('options string', () => cp.fork('x.js', [], 'o'));
attempt('stdio no ipc', () => cp.fork('x.js', { stdio: ['pipe', 'pipe', 'pipe'] }));
attempt('stdio bad string', () => cp.fork('x.js', { stdio: 'bogus' }));
attempt('two ipc', () => cp.spawn('true', { stdio: ['pipe', 'pipe', 'pipe', 'ipc', 'ipc'] }));
attempt('serialization', () => cp.fork('x.js', { serialization: 'xml' }));
attempt('spawnSync ipc', () => cp.spawnSync('true', { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] }));
attempt('execFileSync ipc', () => cp.execFileSync('true', { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] }));

const child = cp.fork(path.join(__dirname, '_ipc', 'echo.js'));
attempt('send undefined', () => child.send(undefined));
attempt('send nothing', () => child.send());
attempt('send function', () => child.send(() => 1));
attempt('send symbol', () => child.send(Symbol('s')));
attempt('send bigint', () => child.send(1n));
attempt('send options', () => child.send('m', null, 'opts'));
attempt('send handle', () => child.send('m', {}));
attempt('send cyclic', () => {
  const o = {};
  o.o = o;
  return child.send(o);
});
child.on('message', m => {
  console.log('reply', JSON.stringify(m));
  child.send('exit');
});
child.send('still works', null, {}, err => console.log('cb', err));
child.on('exit', code => console.log('exit', code));
