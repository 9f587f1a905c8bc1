// A seeded stream of odd paths made of separators, dots, drive letters and
// names, through every function of both flavours.
const path = require('path');

// resolve and relative start from the working directory: make it the same
// everywhere, and put it back after, since Kiln's test harness runs every
// fixture in one process.
const startDir = process.cwd();
process.chdir('/tmp');
process.on('exit', () => process.chdir(startDir));

let seed = 12345;
const rnd = (n) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};
const atoms = ['a', 'b', '.', '..', '/', '\\', 'C:', 'c', ':', '.js', 'x.y', '//', '\\\\', 'srv', ''];
const gen = () => {
  let s = '';
  for (let i = rnd(6); i > 0; i--) s += atoms[rnd(atoms.length)];
  return s;
};
const attempt = (f) => {
  try {
    return f();
  } catch (err) {
    return err.code;
  }
};
for (let k = 0; k < 400; k++) {
  const a = gen();
  const b = gen();
  for (const name of ['posix', 'win32']) {
    const p = path[name];
    const row = [name, a, b];
    for (const f of ['normalize', 'isAbsolute', 'dirname', 'basename', 'extname', 'parse', 'toNamespacedPath', 'resolve']) {
      row.push(attempt(() => p[f](a)));
    }
    row.push(attempt(() => p.join(a, b)), attempt(() => p.resolve(a, b)), attempt(() => p.relative(a, b)));
    row.push(attempt(() => p.basename(a, b)), attempt(() => p.format(p.parse(a))));
    console.log(JSON.stringify(row));
  }
}
