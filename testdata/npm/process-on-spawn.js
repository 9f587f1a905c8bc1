// process-on-spawn (nyc's way into child processes): its listeners see
// and change the environment of every child, spawned synchronously
// (through process.binding('spawn_sync').spawn) or not
// (ChildProcess.prototype.spawn).
const cp = require('child_process');
const processOnSpawn = require('process-on-spawn');

processOnSpawn.addListener((opts) => {
  console.log('listener', typeof opts.execPath, opts.args.length, Object.isFrozen(opts), typeof opts.cwd);
  opts.env.FROM_LISTENER = `seen ${opts.args[opts.args.length - 1]}`;
});
process.stdout.write(cp.spawnSync('sh', ['-c', 'echo $FROM_LISTENER', 'spawnSync'], { encoding: 'utf8' }).stdout);
console.log(cp.execSync('echo $FROM_LISTENER', { encoding: 'utf8' }).trim());
cp.execFile('sh', ['-c', 'echo $FROM_LISTENER', 'execFile'], (err, out) => {
  console.log(err, out.trim());
  processOnSpawn.removeAllListeners();
  console.log(cp.spawnSync('sh', ['-c', 'echo "[$FROM_LISTENER]"'], { encoding: 'utf8' }).stdout.trim());
});
