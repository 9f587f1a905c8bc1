// picomatch: glob matching, scanning, parsing, regex generation.
const picomatch = require('picomatch');

const tests = [
  ['*.js', ['a.js', 'a.ts', 'dir/a.js', '.hidden.js']],
  ['**/*.js', ['a.js', 'x/y/z.js', 'x/y/z.ts']],
  ['src/{a,b}/*.{js,ts}', ['src/a/x.js', 'src/b/y.ts', 'src/c/z.js']],
  ['file?.txt', ['file1.txt', 'file10.txt']],
  ['[abc]*.md', ['a1.md', 'd1.md']],
  ['!*.js', ['a.js', 'a.md']],
  ['**/node_modules/**', ['a/node_modules/b/c.js', 'node_modules/x', 'src/x']],
  ['+(a|b)', ['a', 'ab', 'aab', 'c']],
  ['@(foo|bar).js', ['foo.js', 'foobar.js']],
  ['*(x)y', ['y', 'xxy', 'xz']],
  ['a/*/c', ['a/b/c', 'a/b/d/c']],
  ['{1..3}.txt', ['1.txt', '2.txt', '4.txt']],
  ['[[:digit:]].js', ['1.js', 'a.js']],
];
for (const [glob, inputs] of tests) {
  const isMatch = picomatch(glob);
  console.log(glob, inputs.map(s => s + '=' + isMatch(s)).join(' '));
}
console.log('dot option', picomatch('*.js', { dot: true })('.hidden.js'));
console.log('nocase', picomatch('*.JS', { nocase: true })('a.js'));
console.log('basename', picomatch('*.js', { basename: true })('deep/dir/a.js'));
console.log('array of globs', picomatch(['*.js', '*.md'])('x.md'));
console.log('isMatch', picomatch.isMatch('abc', 'a*'), picomatch.isMatch('abc', ['x*', 'ab?']));
console.log('makeRe', String(picomatch.makeRe('*.js')), String(picomatch.makeRe('a/**/b')));
console.log('toRegex', String(picomatch.toRegex('^a$', { flags: 'i' })));
const scanned = picomatch.scan('!./foo/*.js', { tokens: false });
console.log('scan', JSON.stringify({ ...scanned, tokens: undefined }));
const parsed = picomatch.parse('*.js');
console.log('parse', parsed.output, parsed.negated, JSON.stringify(parsed.tokens.map(t => t.type)));
const res = picomatch.test('a/b.js', picomatch.makeRe('**/*.js'));
console.log('test', JSON.stringify(res));
console.log('matchBase', picomatch.matchBase('x/y/z.js', '*.js'));
console.log('constants', typeof picomatch.constants, picomatch.constants.MAX_LENGTH);
try {
  picomatch('');
} catch (e) {
  console.log('error', e.name, e.message);
}
try {
  picomatch.isMatch('x', 'a'.repeat(70000));
} catch (e) {
  console.log('error', e.name, e.message);
}
