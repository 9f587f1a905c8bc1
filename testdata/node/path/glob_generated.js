// A seeded stream of (path, pattern) pairs built from glob syntax — braces,
// extglobs, sets, POSIX classes, globstars, dots, separators — through
// path.posix.matchesGlob and path.win32.matchesGlob.
// No GC stress: 9,000 patterns, each built and matched in JavaScript; a collection at every safepoint took over
// five minutes. Nothing of it is held in Go across a call into JavaScript.
const path = require('path');

let seed = 4242;
const rnd = (n) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};
const patternAtoms = [
  'a', 'b', 'x', 'A', '.', '..', '/', '//', '\\', '*', '**', '?', '{', '}', ',', '[', ']', '!', '^', '-', '(', ')',
  '|', '@', '+', '.js', '{a,b}', '{,a}', '{1..3}', '{a..c}', '{x}', '!(a)', '@(a|b)', '+(a|.b)', '*(b)', '?(x)',
  '!(*.js)', '[a-c]', '[!a]', '[^.]', '[[:alpha:]]', '[[:digit:]x]', '[]a]', '[a-]', 'c:', '$', 'é',
];
const pathAtoms = ['a', 'b', 'x', 'A', '.', '..', '/', '\\', '.js', 'ab', 'aa', 'ba', '1', '2', 'c:', '//', '.b',
  '{', '(', ')', '[', ']', '-', 'é', '!', '@', '+', ''];
const gen = (atoms, max) => {
  let s = '';
  for (let i = 1 + rnd(max); i > 0; i--) s += atoms[rnd(atoms.length)];
  return s;
};
const attempt = (f) => {
  try {
    return f();
  } catch (err) {
    return `${err.name}: ${err.message}`;
  }
};
const out = [];
for (let k = 0; k < 3000; k++) {
  const pattern = gen(patternAtoms, 5);
  // A path that resembles the pattern matches it far more often than a
  // random one: replace its magic characters by likely matches.
  const like = pattern.replace(/[*?[\]{}(),|!@+^\\]/g, (c) => ['a', 'b', '', '.', 'x', '/', c][rnd(7)]);
  const paths = [gen(pathAtoms, 6), gen(pathAtoms, 3), like];
  for (const p of paths) {
    const posix = attempt(() => path.posix.matchesGlob(p, pattern));
    const win32 = attempt(() => path.win32.matchesGlob(p, pattern));
    out.push(`${JSON.stringify(p)} ${JSON.stringify(pattern)} ${posix} ${win32}`);
  }
}
console.log(out.join('\n'));
