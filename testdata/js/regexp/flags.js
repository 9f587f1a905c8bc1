// Flags g i m s u y d: the flags string, boolean accessors, and each flag's effect.
const re = /a/dgimsuy;
console.log(re.flags, re.global, re.ignoreCase, re.multiline, re.dotAll, re.unicode, re.sticky, re.hasIndices);
console.log(new RegExp('a', 'yusmigd').flags, /a/.flags === '', String(new RegExp('x', 'gi')));
for (const bad of ['gg', 'x', 'uv', 'G']) {
  try {
    new RegExp('a', bad);
    console.log('accepted', bad);
  } catch (e) {
    console.log(JSON.stringify(bad), e.constructor.name, e.message);
  }
}
// i: case-insensitive, including non-ASCII.
console.log(/straße/i.test('STRASSE'), /ä/i.test('Ä'), /[a-z]/i.test('Q'), /\u212a/i.test('k'), /\u212a/iu.test('k'));
// m: ^ and $ match at line boundaries.
console.log(JSON.stringify('one\ntwo\r\nthree'.match(/^\w+$/gm)), JSON.stringify('a\nb'.match(/^b/)), /a$/m.test('a\u2028'));
// s: dot matches line terminators.
console.log(/a.b/.test('a\nb'), /a.b/s.test('a\nb'), /a.b/.test('a\u2029b'), /a.b/.test('a\rb'), /./.test('\u0085'));
// u: code points.
console.log(/^.$/.test('😀'), /^.$/u.test('😀'), /\u{1F600}/u.test('😀'), /\u{61}/.test('a'), /\u{2}/.test('uu'));
// y: sticky, anchored at lastIndex.
const y = /foo/y;
y.lastIndex = 3;
console.log(y.test('barfoo'), y.lastIndex, y.test('barfoo'), y.lastIndex);
// g: lastIndex advances with exec/test.
const g = /o/g;
const positions = [];
while (g.test('foo boo')) positions.push(g.lastIndex);
console.log(positions.join(), g.lastIndex);
// d: indices.
const d = /(?<word>b+)/d.exec('aabbbc');
console.log(JSON.stringify(d.indices), JSON.stringify(d.indices.groups));

// Flag getters on RegExp.prototype itself return undefined; on other objects throw.
console.log(RegExp.prototype.global, RegExp.prototype.flags, RegExp.prototype.source);
try {
  Object.getOwnPropertyDescriptor(RegExp.prototype, 'global').get.call({});
} catch (e) {
  console.log(e.constructor.name, e.message);
}
// flags getter reads the individual accessors (observable on a plain object).
const reads = [];
const fake = {};
for (const k of ['hasIndices', 'global', 'ignoreCase', 'multiline', 'dotAll', 'unicode', 'unicodeSets', 'sticky']) {
  Object.defineProperty(fake, k, { get() { reads.push(k); return true; } });
}
console.log(Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get.call(fake), reads.join(','));
