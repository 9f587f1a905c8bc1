// Files the parent opened as a child's stdio (as pm2 starts its daemon):
// the child writes to them and reads from them, and the parent's fds stay
// open and its own. A bad fd throws EBADF from spawn and is spawnSync's error.
const fs = require('fs');
const os = require('os');
const path = require('path');
const cp = require('child_process');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stdio-fd-'));
const outPath = path.join(dir, 'out.log');
const errPath = path.join(dir, 'err.log');
const inPath = path.join(dir, 'in.txt');
fs.writeFileSync(inPath, 'from a file\n');
const out = fs.openSync(outPath, 'w');
const err = fs.openSync(errPath, 'a');

const r = cp.spawnSync('sh', ['-c', 'echo sync-out; echo sync-err >&2'], { stdio: ['ignore', out, err] });
console.log('sync', r.status, r.stdout, r.stderr);

const input = fs.openSync(inPath, 'r');
const child = cp.spawn('sh', ['-c', 'echo async-out; echo async-err >&2; read x; echo "got $x"'],
  { stdio: [input, out, { fd: err }] });
console.log('pipes', child.stdin, child.stdout, child.stderr);
child.on('exit', (code) => {
  fs.writeSync(out, 'the parent still writes\n');
  for (const fd of [out, err, input]) fs.closeSync(fd);
  console.log('exit', code);
  console.log(JSON.stringify(fs.readFileSync(outPath, 'utf8')));
  console.log(JSON.stringify(fs.readFileSync(errPath, 'utf8')));

  const bad = 987; // no file: a closed fd's number is soon another's
  const e = cp.spawnSync('sh', ['-c', 'echo x'], { stdio: ['ignore', bad, 'ignore'] }).error;
  console.log('spawnSync', e.message, e.errno, e.code, e.syscall, e.path, e.spawnargs);
  try {
    cp.spawn('sh', ['-c', 'echo x'], { stdio: ['ignore', bad, 'ignore'] });
  } catch (e) {
    console.log('spawn threw', e.message, e.errno, e.code, e.syscall, Object.keys(e));
  }
  fs.rmSync(dir, { recursive: true });
});
