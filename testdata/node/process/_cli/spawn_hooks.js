// A tool that follows every child process (as nyc does with
// process-on-spawn) replaces process.binding('spawn_sync').spawn and
// ChildProcess.prototype.spawn: each child of every child_process function
// starts through one of them, with node's options (file, args, envPairs),
// and what the wrapper changes there reaches the child. A -r module in
// NODE_OPTIONS then runs in the children and their children.
const cp = require('child_process');
const path = require('path');

const calls = [];
function wrap(original, kind) {
  return function (options) {
    calls.push(`${kind} ${options.file === process.execPath ? "execPath" : options.file} ${options.args.length} ${Array.isArray(options.envPairs)}`);
    const env = options.envPairs.filter((p) => !p.startsWith('NODE_OPTIONS=') && !p.startsWith('HOOKED='));
    env.push(`NODE_OPTIONS=--require "${path.join(__dirname, 'lib', 'mark.js')}"`, `HOOKED=${kind}`);
    options.envPairs = env;
    return original.call(this, options);
  };
}
const spawnSyncBinding = process.binding('spawn_sync');
console.log(typeof spawnSyncBinding.spawn, process.binding('spawn_sync') === spawnSyncBinding);
spawnSyncBinding.spawn = wrap(spawnSyncBinding.spawn, 'sync');
cp.ChildProcess.prototype.spawn = wrap(cp.ChildProcess.prototype.spawn, 'async');

const child = path.join(__dirname, 'lib', 'child.js');
const opts = { encoding: 'utf8', cwd: __dirname };
process.stdout.write(cp.spawnSync(process.execPath, [child, 'spawnSync'], opts).stdout);
process.stdout.write(cp.execFileSync(process.execPath, [child, 'execFileSync'], opts));
process.stdout.write(cp.execSync(`"${process.execPath}" "${child}" execSync`, opts));

const steps = [
  (next) => cp.spawn(process.execPath, [child, 'spawn'], { stdio: 'inherit' }).on('close', next),
  (next) => cp.execFile(process.execPath, [child, 'execFile'], (e, out) => { process.stdout.write(out); next(); }),
  (next) => cp.exec(`"${process.execPath}" "${child}" exec`, (e, out) => { process.stdout.write(out); next(); }),
  (next) => cp.fork(child, ['fork'], { execArgv: [] }).on('close', next),
];
(function step() {
  const s = steps.shift();
  if (s) s(step);
  else console.log(calls.join('\n'));
})();
