// exec and execFile: callbacks, errors, options and util.promisify.
const cp = require('child_process');
const util = require('util');

function show(err, stdout, stderr) {
  const e = err && (typeof err.code !== 'string' || err.code.startsWith('E')
    ? Object.keys(err).map(k => `${k}=${JSON.stringify(err[k])}`).join(' ') + ` message=${JSON.stringify(err.message)}`
    : err.code);
  return `err: ${e || err} | stdout: ${JSON.stringify(stdout)} | stderr: ${JSON.stringify(stderr)}`;
}

function call(name, f) {
  return new Promise(resolve => {
    try {
      f((err, stdout, stderr) => {
        console.log(name, show(err, stdout, stderr));
        resolve();
      });
    } catch (e) {
      console.log(name, 'threw', e.code + ' ' + e.name + ': ' + e.message);
      resolve();
    }
  });
}

(async () => {
  await call('exec', cb => cp.exec('echo out; echo err >&2', cb));
  await call('exec failure', cb => cp.exec('echo out; echo err >&2; exit 3', cb));
  await call('exec options', cb => cp.exec('echo $X', { env: { X: 'x', PATH: process.env.PATH } }, cb));
  await call('exec timeout', cb => cp.exec('sleep 5', { timeout: 50 }, cb));
  await call('exec killSignal', cb => cp.exec('sleep 5', { timeout: 50, killSignal: 'SIGKILL' }, cb));
  await call('exec maxBuffer', cb => cp.exec('echo 0123456789; sleep 5', { maxBuffer: 4 }, cb));
  await call('exec buffer encoding', cb => cp.exec('printf ab', { encoding: 'buffer' }, (e, o, s) => cb(e, [...o], [...s])));
  await call('execFile', cb => cp.execFile('echo', ['a', 'b'], cb));
  await call('execFile no args', cb => cp.execFile('pwd', { cwd: '/' }, cb));
  await call('execFile missing', cb => cp.execFile('kiln-no-such-program', ['a'], cb));
  await call('execFile signal', cb => cp.execFile('sh', ['-c', 'kill -TERM $$'], cb));
  await call('execFile shell', cb => cp.execFile('echo $((1 + 2))', { shell: true }, cb));
  await call('exec command a number', cb => cp.exec(5, cb));
  await call('exec bad callback', cb => { cp.exec('echo', {}, 5); cb(); });
  await call('execFile bad args', cb => cp.execFile('echo', 5, cb));
  await call('exec bad timeout', cb => cp.exec('echo', { timeout: -5 }, cb));

  const execP = util.promisify(cp.exec);
  const execFileP = util.promisify(cp.execFile);
  console.log(await execP('echo promised'));
  const p = execFileP('echo', ['x']);
  console.log(p.child instanceof cp.ChildProcess, await p);
  try {
    await execP('echo partial; exit 2');
  } catch (e) {
    console.log('rejected', e.code, JSON.stringify(e.stdout), JSON.stringify(e.stderr), Object.keys(e));
  }
  const child = cp.exec('cat', (e, out) => console.log('cat', e, JSON.stringify(out)));
  child.stdin.end('through stdin');
})();
