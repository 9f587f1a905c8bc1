// A child of spawn_hooks.js: what reached it, and what reaches its own child.
const cp = require('child_process');
console.log(`${process.argv[2]}: preloaded ${globalThis.preloaded} hooked ${process.env.HOOKED} execArgv ${JSON.stringify(process.execArgv)}`);
if (process.argv[2] === 'spawnSync') {
  const r = cp.spawnSync(process.execPath, ['-e', 'console.log("grandchild: preloaded", globalThis.preloaded, process.env.HOOKED)'], { encoding: 'utf8' });
  process.stdout.write(r.stdout + r.stderr);
}
if (process.send) process.disconnect();
