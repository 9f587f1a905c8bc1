// Expected output comes from node: go test ./vm -run TestBuiltins -update
// How JSON.parse builds objects: key order, repeated keys, index keys,
// __proto__, objects past the shape tree's size, layouts shared between
// objects, Latin-1 and UTF-16 sources, and numbers.
const show = (v) => JSON.stringify(v);
const keys = (o) => Object.keys(o).join(',');

const dup = JSON.parse('{"a":1,"b":2,"a":3}');
console.log(keys(dup), show(dup));
const idx = JSON.parse('{"b":1,"0":2,"a":3,"1":4,"01":5,"4294967295":6,"4294967294":7}');
console.log(keys(idx), show(idx));
const dupIdx = JSON.parse('{"1":1,"x":2,"1":3}');
console.log(keys(dupIdx), dupIdx[1]);
const proto = JSON.parse('{"__proto__":{"p":1},"q":2}');
console.log(keys(proto), Object.getPrototypeOf(proto) === Object.prototype, proto.p, show(proto.__proto__));
console.log(show(JSON.parse('{"":1,"a":{"":2}}')));

// Objects with 64, 65 and 200 keys, with and without repeats and index keys.
const big = (n, extra) => '{' + Array.from({ length: n }, (_, i) => `"k${i}":${i}`).concat(extra || []).join(',') + '}';
for (const [n, extra] of [[64], [65], [200], [70, ['"k3":"again"']], [70, ['"7":"index"']], [63, ['"k0":0', '"z":1']]]) {
  const o = JSON.parse(big(n, extra));
  const ks = Object.keys(o);
  console.log(n, ks.length, ks.slice(0, 3).join(','), ks.slice(-3).join(','), o.k3, o[7], o.z);
  o.added = 1;
  delete o.k1;
  console.log(Object.keys(o).length, o.added, o.k1, o.k2);
}

// Many objects of a few layouts, and keys past the parser's cache.
const rows = [];
for (let i = 0; i < 300; i++) {
  const r = {};
  if (i % 3 === 0) r.id = i;
  r['key' + (i % 97)] = i;
  r.name = 'n' + i;
  if (i % 2) r.id = -i;
  r.tags = [i % 5, 'k' + (i % 7)];
  rows.push(r);
}
const text = JSON.stringify(rows);
const back = JSON.parse(text);
console.log(JSON.stringify(back) === text, back.length, keys(back[3]), keys(back[4]), keys(back[5]));
let sum = 0;
for (const r of back) sum += r.id === undefined ? 1 : r.id;
console.log(sum);
back[0].extra = 1;
back[0].more = 2;
back[0].evenMore = 3;
console.log(keys(back[0]), keys(back[6]));

// UTF-16 sources: ASCII, Latin-1 and wider keys and strings, escaped keys.
const wide = JSON.parse('{"a":"\u4e2d","b\u00e9":"x","c":"caf\u00e9","d":"","e":"z","\u4e2d":1,"ab":2}');
console.log(keys(wide), show(wide), wide.c.length);
const esc = JSON.parse('[{"a\\u0062":1,"ab":2},{"ab":3,"a\\u0062":4},{"\\u4e2d":5,"\u4e2d":6}]');
console.log(show(esc), keys(esc[0]));
const latin = JSON.parse('{"caf\u00e9":1,"x":"\u00ff","caf\\u00e9":2}');
console.log(keys(latin), show(latin));
console.log(show(JSON.parse('["\u4e2d", {"1":2,"0":1,"x":3}, {"x":1,"x":2}]')));

// Numbers.
const nums = ['0', '-0', '7', '-7', '123456789012345', '-123456789012345', '1234567890123456', '-1234567890123456',
  '9007199254740993', '12345678901234567890', '-12345678901234567890', '1.5', '-0.0', '1e3', '1E-3', '0e5', '-0e5',
  '999999999999999', '1000000000000000'];
for (const s of nums) {
  const v = JSON.parse(s);
  const w = JSON.parse('["\u4e2d",' + s + ']')[1];
  console.log(s, v, Object.is(v, -0), Object.is(v, w));
}

// Repeated string values, plain and escaped, in both source widths.
for (const src of ['["ab","ab","abc","ab","a\\u0062","' + 'x'.repeat(40) + '","' + 'x'.repeat(40) + '","",""]',
  '["\u4e2d\u4e2d","\u4e2d\u4e2d","ab","ab","caf\u00e9","caf\u00e9","a\\u0062","ab"]']) {
  const a = JSON.parse(src);
  console.log(show(a), a.map((s) => s.length).join(','), a[0] === a[1], a[2] + a[3]);
}
const vals = JSON.parse(JSON.stringify(Array.from({ length: 500 }, (_, i) => 'v' + (i % 150))));
console.log(vals.length, vals[0], vals[150], vals[499], vals.filter((s) => s === 'v7').length);
