// querystring parse/stringify/escape/unescape on a table of inputs,
// separators, options and error cases.
const qs = require('querystring');

for (const s of ['&&a=1', '=', 'a&', 'a=1&a=2&a=3', '=x', 'a==b', 'a=%zz&b=%E2%82', 'a+b=c+d', 'a=1;b=2', '', '&',
  'a=1&&b', '%61=%62', '__proto__=1&constructor=2', 'a=%F0%9F%98%80']) {
  console.log(JSON.stringify(s), qs.parse(s));
}
console.log(qs.parse('a:1;b:2', ';', ':'), qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 }), qs.parse('a=1', '', ''),
  qs.parse('a=1&b=2', '&', '=', { maxKeys: 0 }));
console.log(qs.parse('a<>1||b<>2', '||', '<>'), qs.parse(5), qs.parse(null));
console.log(qs.stringify({ a: [1, 2], b: true, c: null, d: undefined, e: NaN, f: {}, g: "é ~!*()'", h: [], i: 1n, j: -0, k: 1e21 }),
  qs.stringify('x'), qs.stringify({ a: 1 }, ';', ':'));
console.log(qs.escape('a b\u00e9\u20ac\ud83d\ude00/?#&='), qs.escape(1), qs.escape({ toString() { return 'x y'; } }),
  qs.unescape('%zz+%41'), qs.unescape('a+b', true), qs.unescape('%E2%82%zz', true));
const b = qs.unescapeBuffer('%41+b%zz%e2%82%ac', true);
console.log(b.length, Array.from(b).join(','));
for (const f of [() => qs.escape('\ud800'), () => qs.escape('a\udc00'), () => qs.stringify({ a: '\ud800' })]) {
  try {
    f();
  } catch (err) {
    console.log(err.code + ' ' + err.name + ': ' + err.message, String(err));
  }
}
console.log(qs.decode === qs.parse, qs.encode === qs.stringify, Object.keys(qs));
console.log(qs.stringify({ a: 'x y' }, null, null, { encodeURIComponent: (s) => s.toUpperCase() }),
  qs.parse('a=%41', null, null, { decodeURIComponent: (s) => s + '!' }));
console.log(qs.parse('a=%41', null, null, { decodeURIComponent: (s) => { throw new Error(s); } }));
console.log(qs.stringify(qs.parse('x=1&y=2&x=3&z=%20')));
