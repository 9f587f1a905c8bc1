// process.allowedNodeEnvironmentFlags and process.loadEnvFile.
const fs = require('fs');
const os = require('os');
const path = require('path');
const f = process.allowedNodeEnvironmentFlags;
console.log(f.constructor.name, f instanceof Set, f.size > 200, Object.isFrozen(f));
for (const k of ['--max-old-space-size', 'max_old_space_size', '--max-old-space-size=100', '-r', 'r', 'r=x',
  '--no-warnings', '--no_warnings', 'warnings', '--inspect-brk=9229', 'inspect_brk', '--title=foo=bar', '--require',
  'require', '-require', '--r', '---warnings', '--Warnings', '', '-', '--', '--foo', '--v8-options', '--harmony']) {
  console.log(JSON.stringify(k), f.has(k));
}
console.log(f.has(5), f.add('--foo') === f, f.has('--foo'), f.delete('--no-warnings'), f.has('--no-warnings'), f.clear());
console.log([...f].filter((x) => !x.startsWith('--')).sort().join());
console.log([...f.keys()].length === [...f].length, [...f.entries()][0][0] === [...f.entries()][0][1]);
let count = 0;
f.forEach(function (v, k, set) { if (v === k && set === f && this.mark) count++; }, { mark: true });
console.log(count >= [...f].length);
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(f)).sort().join());
const desc = Object.getOwnPropertyDescriptor(process, 'allowedNodeEnvironmentFlags');
console.log(desc.enumerable, desc.writable, desc.value === f);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-env-'));
const file = path.join(dir, 'test.env');
fs.writeFileSync(file, 'KILN_ENV_A=1\nexport KILN_ENV_B="two\\nlines"\nKILN_ENV_HOME_KEPT=new\n# c\nKILN_ENV_C = spaced # comment\n');
process.env.KILN_ENV_HOME_KEPT = 'old';
process.loadEnvFile(file);
console.log(JSON.stringify([process.env.KILN_ENV_A, process.env.KILN_ENV_B, process.env.KILN_ENV_C, process.env.KILN_ENV_HOME_KEPT]));
const cwd = process.cwd();
process.chdir(dir);
fs.writeFileSync('.env', 'KILN_ENV_DEFAULT=from-dot-env');
process.loadEnvFile();
console.log(process.env.KILN_ENV_DEFAULT);
process.chdir(cwd);
for (const bad of [path.join(dir, 'missing.env'), 5, {}]) {
  try { process.loadEnvFile(bad); } catch (e) { console.log(e.name, e.code, e.message.replace(dir, 'DIR')); }
}
fs.rmSync(dir, { recursive: true });
