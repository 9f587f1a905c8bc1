// spawnSync, execSync and execFileSync: results, errors and options.
const cp = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-cp-'));
fs.writeFileSync(path.join(dir, 'b.txt'), 'b');
fs.writeFileSync(path.join(dir, 'a.txt'), 'a');
fs.writeFileSync(path.join(dir, 'noexec.sh'), 'echo no\n');

function show(v) {
  if (v === null || v === undefined) return String(v);
  if (Buffer.isBuffer(v)) return `<Buffer ${JSON.stringify(v.toString())}>`;
  if (Array.isArray(v)) return `[${v.map(show).join(', ')}]`;
  if (typeof v === 'string') return JSON.stringify(v.split(dir).join('<tmp>'));
  if (v instanceof Error) {
    const extra = [['ENOENT', 'EACCES'].includes(v.code) ? 'errno' : '', 'code', 'syscall', 'path', 'spawnargs', 'status', 'signal']
      .filter(k => k in v).map(k => `${k}=${show(v[k])}`).join(' ');
    return `${v.name}: ${show(v.message)} ${extra}`;
  }
  if (typeof v === 'object') {
    return '{' + Object.keys(v).map(k => `${k}: ${k === 'pid' ? typeof v[k] : show(v[k])}`).join(', ') + '}';
  }
  return String(v);
}

const cases = [
  ['echo', () => cp.spawnSync('echo', ['hello', 'world'])],
  ['exit code and stderr', () => cp.spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 3'])],
  ['signal', () => cp.spawnSync('sh', ['-c', 'kill -TERM $$'])],
  ['input and encoding', () => cp.spawnSync('cat', { input: 'piped in', encoding: 'utf8' })],
  ['input buffer', () => cp.spawnSync('cat', [], { input: Buffer.from('bytes') }).stdout],
  ['ls cwd', () => cp.spawnSync('ls', { cwd: dir, encoding: 'utf8' }).stdout],
  ['env', () => cp.spawnSync('sh', ['-c', 'echo $FOO-$BAR'], { env: { FOO: 'foo', PATH: process.env.PATH }, encoding: 'utf8' }).stdout],
  ['shell', () => cp.spawnSync('echo "a  b" | tr a-z A-Z', { shell: true, encoding: 'utf8' }).stdout],
  ['argv0', () => cp.spawnSync('sh', ['-c', 'echo $0'], { argv0: 'named', encoding: 'utf8' }).stdout],
  ['stdio ignore', () => cp.spawnSync('echo', ['x'], { stdio: 'ignore' })],
  ['stdio mixed', () => cp.spawnSync('sh', ['-c', 'echo o; echo e >&2'], { stdio: ['pipe', 'pipe', 'ignore'] }).output],
  ['missing program', () => cp.spawnSync('kiln-no-such-program', ['a'])],
  ['missing in PATH', () => cp.spawnSync('echo', [], { env: { PATH: '/nonexistent' } }).error],
  ['not executable', () => cp.spawnSync(path.join(dir, 'noexec.sh')).error],
  ['a directory', () => cp.spawnSync(dir).error],
  ['bad cwd', () => cp.spawnSync('echo', { cwd: path.join(dir, 'nope') }).error],
  ['timeout', () => { const r = cp.spawnSync('sleep', ['5'], { timeout: 50 }); return [r.error, r.status, r.signal]; }],
  ['timeout killSignal', () => { const r = cp.spawnSync('sleep', ['5'], { timeout: 50, killSignal: 'SIGKILL' }); return [r.error.code, r.signal]; }],
  ['maxBuffer', () => { const r = cp.spawnSync('sh', ['-c', 'echo 0123456789abcdef; sleep 5'], { maxBuffer: 10 }); return [r.error, r.signal]; }],
  ['execSync', () => cp.execSync('echo from execSync')],
  ['execSync encoding', () => cp.execSync('printf "%s" abc', { encoding: 'utf8' })],
  ['execSync input', () => cp.execSync('cat | wc -c', { input: 'four' }).toString().trim()],
  ['execSync failure', () => cp.execSync('exit 2')],
  ['execSync failure with stderr', () => cp.execSync('echo oops >&2; exit 5', { stdio: 'pipe' })],
  ['execSync signal', () => cp.execSync('kill -KILL $$', { stdio: 'pipe' })],
  ['execSync ignore', () => cp.execSync('echo gone', { stdio: 'ignore' })],
  ['execFileSync', () => cp.execFileSync('echo', ['a', 'b'], { encoding: 'utf8' })],
  ['execFileSync options only', () => cp.execFileSync('pwd', { cwd: dir, encoding: 'utf8' }) === fs.realpathSync(dir) + '\n'],
  ['execFileSync failure', () => cp.execFileSync('sh', ['-c', 'exit 4'], { stdio: 'pipe' })],
  ['execFileSync missing', () => cp.execFileSync('kiln-no-such-program', ['x'])],
  ['execFileSync timeout', () => cp.execFileSync('sleep', ['5'], { timeout: 50 })],
  ['file not a string', () => cp.spawnSync(123)],
  ['empty file', () => cp.spawnSync('')],
  ['null byte in file', () => cp.spawnSync('a\0b')],
  ['null byte in args', () => cp.spawnSync('echo', ['a\0b'])],
  ['args a string', () => cp.spawnSync('echo', 'x')],
  ['options a number', () => cp.spawnSync('echo', [], 5)],
  ['options null', () => cp.spawnSync('echo', [], null)],
  ['cwd a number', () => cp.spawnSync('echo', [], { cwd: 5 })],
  ['bad stdio', () => cp.spawnSync('echo', [], { stdio: 'foo' })],
  ['unknown killSignal', () => cp.spawnSync('echo', [], { killSignal: 'SIGFOO' })],
  ['negative timeout', () => cp.spawnSync('echo', [], { timeout: -1 })],
  ['timeout a string', () => cp.spawnSync('echo', [], { timeout: 'x' })],
  ['maxBuffer a string', () => cp.spawnSync('echo', [], { maxBuffer: 'x' })],
  ['shell a number', () => cp.spawnSync('echo', [], { shell: 5 })],
  ['input a number', () => cp.spawnSync('echo', [], { input: 5 })],
  ['uid a string', () => cp.spawnSync('echo', [], { uid: 'x' })],
  ['windowsHide a number', () => cp.spawnSync('echo', [], { windowsHide: 5 })],
  ['argv0 a number', () => cp.spawnSync('echo', [], { argv0: 5 })],
  ['execSync command a number', () => cp.execSync(5)],
  ['execFileSync args a number', () => cp.execFileSync('echo', 5)],
];

for (const [name, f] of cases) {
  try {
    console.log(name, '=>', show(f()));
  } catch (e) {
    console.log(name, 'threw', e.code, show(e));
  }
}
fs.rmSync(dir, { recursive: true });
