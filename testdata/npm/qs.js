// qs: nested query strings both ways, with its options.
const qs = require('qs');

const show = (label, v) => console.log(label, JSON.stringify(v));
show('parse nested', qs.parse('a[b][c]=d&a[e]=f'));
show('parse arrays', qs.parse('a[]=b&a[]=c&d[1]=x&d[0]=y'));
show('parse index limit', qs.parse('a[100]=b'));
show('parse depth', qs.parse('a[b][c][d][e][f][g][h]=i', { depth: 2 }));
show('parse dots', qs.parse('a.b=c&a.d=e', { allowDots: true }));
show('parse comma', qs.parse('a=b,c', { comma: true }));
show('parse prefix', qs.parse('?a=b&c=d', { ignoreQueryPrefix: true }));
show('parse delimiter', qs.parse('a=b;c=d', { delimiter: ';' }));
show('parse regexp delimiter', qs.parse('a=b;c=d,e=f', { delimiter: /[;,]/ }));
show('parse encoded', qs.parse('a%5Bb%5D=c%20d&e=%E2%9C%93&f=a+b'));
show('parse strictNullHandling', qs.parse('a&b=', { strictNullHandling: true }));
show('parse parameterLimit', qs.parse('a=1&b=2&c=3', { parameterLimit: 2 }));
show('parse proto', qs.parse('__proto__[x]=1&a[__proto__][y]=2'));
show('parse duplicates', [qs.parse('a=1&a=2'), qs.parse('a=1&a=2', { duplicates: 'first' })]);
show('parse decoder', qs.parse('a=B', { decoder: (s, d, c, type) => type === 'value' ? s.toLowerCase() : d(s) }));
show('stringify nested', qs.stringify({ a: { b: { c: 'd' } } }));
show('stringify unencoded', qs.stringify({ a: { b: 'c d' } }, { encode: false }));
show('stringify arrays', ['indices', 'brackets', 'repeat', 'comma'].map(f => qs.stringify({ a: ['b', 'c'] }, { arrayFormat: f })));
show('stringify dots', qs.stringify({ a: { b: { c: 'd' } } }, { allowDots: true }));
show('stringify nulls', [qs.stringify({ a: null, b: undefined, c: '' }), qs.stringify({ a: null }, { strictNullHandling: true }), qs.stringify({ a: null }, { skipNulls: true })]);
show('stringify date', qs.stringify({ d: new Date(Date.UTC(2020, 0, 2)) }));
show('stringify sort', qs.stringify({ c: 1, a: 2, b: 3 }, { sort: (x, y) => x.localeCompare(y) }));
show('stringify filter', qs.stringify({ a: 1, b: 2, c: 3 }, { filter: ['a', 'c'] }));
show('stringify prefix', qs.stringify({ a: 'b' }, { addQueryPrefix: true }));
show('stringify RFC1738', qs.stringify({ a: 'b c' }, { format: 'RFC1738' }));
show('stringify unicode', qs.stringify({ k: '\u2713 é' }));
show('stringify charset', qs.stringify({ a: '\u00e6' }, { charset: 'iso-8859-1' }));
show('round trip', qs.parse(qs.stringify({ x: [{ y: 1 }, { z: [2, 3] }] })));
show('formats', Object.keys(qs.formats).sort());
try {
  qs.stringify({}, { encoder: 'not a function' });
} catch (e) {
  console.log('error', e.name, e.message);
}
const cyclic = {};
cyclic.self = cyclic;
try {
  qs.stringify(cyclic);
} catch (e) {
  console.log('cyclic error', e.name, e.message);
}
