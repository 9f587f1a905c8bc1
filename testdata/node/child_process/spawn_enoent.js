// A command that is not there: spawn returns, and a tick later the child
// emits an ENOENT error made where node's handle reports the failed spawn as
// an exit (its stack's functions, not its files, which are Kiln's own).
const { spawn } = require('child_process');
const child = spawn('kiln-no-such-command', ['a', 'b'], { stdio: 'pipe' });
console.log('pid', child.pid, 'exitCode', child.exitCode, 'kill', child.kill());
console.log(Object.keys(child));
child.ref();
child.unref();
const events = [];
for (const name of ['spawn', 'exit', 'close']) child.on(name, (...args) => events.push([name, ...args]));
child.on('error', (err) => {
  const funcs = err.stack.split('\n').slice(1).map((line) => line.trim().replace(/ \(.*\)$/, ''));
  console.log(err.message, err.errno, err.code, err.syscall, err.path, err.spawnargs);
  console.log(funcs);
  console.log('exitCode', child.exitCode, 'stdout destroyed', child.stdout.destroyed);
  setTimeout(() => {
    console.log(events);
    spawnOneThatRuns();
  }, 10);
});
console.log('after spawn');

// A child that ran: its 'exit' comes from the same handle's onexit.
function spawnOneThatRuns() {
  const ran = spawn('sh', ['-c', 'exit 3']);
  console.log(Object.keys(ran));
  ran.on('exit', (code, signal) => {
    const funcs = new Error('in exit').stack.split('\n').slice(1, 4).map((line) => line.trim().replace(/ \(.*\)$/, ''));
    console.log('exit', code, signal, funcs);
  });
}
