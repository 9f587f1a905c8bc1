// The frames above a program's call to child_process that fails: node's
// (node:internal/errors' helpers for a command that exits non-zero,
// node:internal/child_process for a child that cannot start), whatever
// the call's variant, and how Error.stackTraceLimit counts them.
const cp = require('child_process');
const { spawnSync } = cp;
const calls = {
  execSyncStatus: () => cp.execSync('exit 3'),
  execFileSyncStatus: () => cp.execFileSync('sh', ['-c', 'exit 2']),
  execFileSyncMissing: () => cp.execFileSync('/nonexistent/x'),
  execSyncMissingShell: () => cp.execSync('true', { shell: '/nonexistent/sh' }),
  spawnSyncMissing: () => { throw cp.spawnSync('/nonexistent/x').error; },
  spawnSyncDestructured: () => { throw spawnSync('/nonexistent/x').error; },
};
for (const [name, call] of Object.entries(calls)) {
  try {
    call();
  } catch (e) {
    console.error(name, e.stack.split('\n').slice(0, 6).join('\n'));
  }
}
Error.stackTraceLimit = 3;
try {
  cp.execSync('exit 3');
} catch (e) {
  console.error('limit 3', e.stack);
}
const child = cp.spawn('/nonexistent/y');
child.on('error', (e) => console.error('spawn', e.stack));
