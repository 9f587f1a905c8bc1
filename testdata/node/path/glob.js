// path.matchesGlob: the experimental warning (once, at the first call, even
// one that throws), argument validation, and hand-picked patterns for each
// part of the glob syntax in both flavours.
// No GC stress: matchesGlob builds and runs its patterns in JavaScript, thousands of safepoints a call, and a
// collection at each took 104 s here; nothing of it is held in Go across a call into JavaScript.
const path = require('path');

process.on('warning', (w) => console.log('warning:', w.name, w.message));

const attempt = (f) => {
  try {
    return f();
  } catch (err) {
    return `${err.name} ${err.code ?? ''} ${err.message}`;
  }
};

console.log(path.matchesGlob === path.posix.matchesGlob, path.win32.matchesGlob === path.matchesGlob);
console.log(path.matchesGlob.name, path.matchesGlob.length, path.win32.matchesGlob.length);
console.log(attempt(() => new path.matchesGlob('a', 'a')).split(' ')[0]);
for (const fn of [path.posix.matchesGlob, path.win32.matchesGlob]) {
  for (const [p, pat] of [[1, 'a'], ['a', 1], [null, 'a'], ['a', undefined], [{}, []], [Symbol('s'), 'a'],
    ['a', 1n], [undefined, undefined]]) {
    console.log(attempt(() => fn(p, pat)));
  }
  console.log(attempt(() => fn()));
}
console.log(attempt(() => path.matchesGlob('a', 'a'.repeat(64 * 1024))));
console.log(attempt(() => path.matchesGlob('a', '*'.repeat(64 * 1024 + 1))));
console.log(attempt(() => path.matchesGlob('a', '[[:alpha:]],')));

const cases = [
  // literals, separators and dots
  ['', ''], ['a', ''], ['', 'a'], ['a', 'a'], ['a/b', 'a/b'], ['a//b', 'a/b'], ['a/b/', 'a/b'], ['a/b', 'a/b/'],
  ['/a', '/a'], ['/a', 'a'], ['a/./b', 'a/b'], ['a/b', 'a/./b'], ['a/../b', 'b'], ['b', 'a/../b'],
  ['x/a/../b', 'x/b'], ['./a', 'a'], ['a', './a'], ['..', '..'], ['.', '.'], ['../a', '../*'],
  // * ? and dot files
  ['abc', '*'], ['.abc', '*'], ['.abc', '.*'], ['.', '.*'], ['..', '.*'], ['a.js', '*.js'], ['.a.js', '*.js'],
  ['abc', 'a?c'], ['abc', '???'], ['.bc', '???'], ['ab', '???'], ['a.b', '*.*'], ['ab', '*.*'], ['', '*'],
  ['abc', 'a*'], ['abc', '*c'], ['abc', 'a**c'], ['a/b', '*'], ['a/b', '*/*'], ['a/.b', '*/*'],
  // globstar
  ['a/b/c', '**'], ['a/.b/c', '**'], ['a/b/c', 'a/**'], ['a', 'a/**'], ['a/', 'a/**'], ['a/b/c.js', '**/*.js'],
  ['c.js', '**/*.js'], ['a/.b/c.js', '**/*.js'], ['a/b/c', 'a/**/c'], ['a/c', 'a/**/c'], ['a/b/c/d', 'a/**/d'],
  ['a/b', '**/**/b'], ['a/b', 'a**/b'], ['ab/c', 'a**/c'], ['a/.b/c', 'a/**/c'], ['a/../c', '**/c'],
  ['x/../a/b', '**/../a/b'], ['../a/b', '**/../a/b'],
  // braces
  ['a.js', '*.{js,ts}'], ['a.ts', '*.{js,ts}'], ['a.md', '*.{js,ts}'], ['a2', 'a{1..3}'], ['a4', 'a{1..3}'],
  ['a05', 'a{01..10}'], ['a5', 'a{01..10}'], ['ac', 'a{a..c}'], ['a4', 'a{0..10..2}'], ['a3', 'a{0..10..2}'],
  ['a/b', '{a,x}/{b,y}'], ['a', '{a}'], ['{a}', '{a}'], ['a', '{,a}'], ['', '{,a}'], ['ab', 'a{b,{c,d}}'],
  ['ad', 'a{b,{c,d}}'], ['{}', '{}'], ['a', '${a,b}'], ['${a,b}', '${a,b}'], ['ab', 'a{b'], ['a{b', 'a{b'],
  ['a}b', 'a}b'], ['x/y', '{x/y,z}'], ['z', '{x/y,z}'], ['a-1', 'a-{-1..1}'],
  // sets and POSIX classes
  ['b', '[a-c]'], ['d', '[a-c]'], ['d', '[!a-c]'], ['d', '[^a-c]'], ['.', '[.]'], ['.a', '[.]a'], ['.a', '[!b]a'],
  [']', '[]]'], [']', '[]a]'], ['-', '[a-]'], ['[', '['], ['[a', '[a'], ['a]', 'a]'], ['x', '[]'], ['x', '[!]'],
  ['!', '[!]'], ['a', '[[:alpha:]]'], ['é', '[[:alpha:]]'], ['1', '[[:alpha:]]'], ['1', '[[:digit:]]'],
  [' ', '[[:space:]]'], ['A', '[[:upper:]]'], ['a', '[[:upper:]]'], ['a', '[[:graph:]]'], ['a', '[[:print:]]'],
  ['f', '[[:xdigit:]]'], ['g', '[[:xdigit:]]'], ['_', '[[:word:]]'], ['a', '[a-[:alpha:]]'], ['b', '[z-a]'],
  // extglobs
  ['a', '@(a|b)'], ['c', '@(a|b)'], ['ab', '@(a|b)'], ['', '?(a)'], ['a', '?(a)'], ['aa', '?(a)'],
  ['aaa', '+(a)'], ['', '+(a)'], ['', '*(a)'], ['abab', '*(ab)'], ['b', '!(a)'], ['a', '!(a)'], ['ab', '!(a)'],
  ['.b', '!(a)'], ['a.js', '!(*.js)'], ['a.ts', '!(*.js)'], ['a.ts', '*.!(js)'], ['a.js', '*.!(js)'],
  ['ab', 'a!(b)'], ['ac', 'a!(b)'], ['a', 'a!(b)'], ['abc', '!(a)bc'], ['xbc', '!(a)bc'], ['.x', '+(*|.x*)'],
  ['.xy', '+(*|.x*)'], ['.yx', '+(*|.x*)'], ['x', '!()'], ['', '!()'], ['@()', '@()'], ['', '@()'],
  ['a', '!(@(a))'], ['a', '@(a'], ['@(a', '@(a'], ['a|b', '@(a|b'], ['a/b', '@(a|a/b)'], ['a', '@(a|b)/'],
  ['a.b', '*(a|.b)'], ['a', '+(a|b|)'], ['xy', '@(x|!(z))y'], ['zy', '@(x|!(z))y'], ['a', '[(]a)'],
  // win32 and separators in the pattern
  ['a\\b', 'a/b'], ['a\\b', 'a\\b'], ['a/b', 'a\\b'], ['a\\*', 'a\\*'], ['C:\\a', 'c:/a'], ['C:\\a', 'C:/*'],
  ['c:/a', 'C:\\a'], ['\\\\srv\\share\\a', '//srv/share/*'], ['//?/c:/a', 'c:/a'], ['c:/a', '//?/C:/a'],
  ['//?/c:/a', '//?/c:/*'], ['\\\\?\\c:\\a', '//?/c:/a'], ['A', 'a'], ['a.JS', '*.js'],
];
for (const [p, pat] of cases) {
  console.log(JSON.stringify(p), JSON.stringify(pat),
    attempt(() => path.posix.matchesGlob(p, pat)), attempt(() => path.win32.matchesGlob(p, pat)));
}
