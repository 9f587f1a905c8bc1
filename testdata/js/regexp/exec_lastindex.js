// exec/test and lastIndex: global and sticky state machines, resets on failure, and shared-regex pitfalls.
const g = /\d/g;
const s = 'a1b2c3';
let m;
const found = [];
while ((m = g.exec(s)) !== null) found.push(`${m[0]}@${m.index}->${g.lastIndex}`);
console.log(found.join(' '), 'final lastIndex', g.lastIndex);

// A global regex reused with test alternates results.
const re = /a/g;
console.log(re.test('a'), re.test('a'), re.test('a'));

// Non-global regexes ignore and do not update lastIndex.
const ng = /a/;
ng.lastIndex = 5;
console.log(ng.test('a'), ng.lastIndex);

// lastIndex beyond the string resets to 0 on failure.
const big = /a/g;
big.lastIndex = 100;
console.log(big.exec('aaa'), big.lastIndex);

// lastIndex is ToLength'ed and written back as a number.
const coerced = /b/g;
coerced.lastIndex = '1';
console.log(coerced.exec('abab').index, typeof coerced.lastIndex, coerced.lastIndex);
coerced.lastIndex = -5;
console.log(coerced.exec('abab').index);

// Sticky: must match exactly at lastIndex.
const sticky = /\w+\s*/y;
const words = [];
let w;
while ((w = sticky.exec('split these words')) !== null) words.push(w[0].trim());
console.log(words.join('|'), sticky.lastIndex);
const st = /b/y;
console.log(st.test('ab'), st.lastIndex, (st.lastIndex = 1, st.test('ab')), st.lastIndex);

// Empty matches with g: lastIndex must be advanced by the caller to avoid an infinite loop.
const empty = /(?:)/g;
console.log(empty.exec('ab').index, empty.lastIndex, empty.exec('ab').index);
// With u, advancing over a surrogate pair moves two units (String.prototype.replace/match do this).
console.log(JSON.stringify('😀'.match(/(?:)/g).length), JSON.stringify('😀'.match(/(?:)/gu).length));

// lastIndex is a writable, non-enumerable own data property.
const d = Object.getOwnPropertyDescriptor(/x/, 'lastIndex');
console.log(d.writable, d.enumerable, d.configurable, Object.keys(/x/).length);
// Non-writable lastIndex makes global exec throw.
const frozen = Object.freeze(/a/g);
try {
  frozen.exec('a');
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// exec result shape.
const r = /(x)(?<named>y)?/.exec('zxq');
console.log(Array.isArray(r), Object.keys(r).join(), r.input, r.index, r.groups.named, r.length);

// exec converts its argument to string.
console.log(/null/.test(null), /undefined/.test(), /1,2/.test([1, 2]));
