// JSON.parse of every value kind, whitespace, number forms, nesting, duplicate keys and special key names.
const texts = ['null', 'true', 'false', '0', '-0', '1e3', '-1.5E-2', '1E+2', '12345678901234567890', '1e400', '"str"', '"\\u0041\\n\\t\\"\\\\\\/"',
  '[]', '{}', '[1,[2,[3]]]', '{"a":{"b":[null]}}', ' \t\n\r 1 \n', '"\\ud83d\\ude00"', '"\\uD800"', '0.1', '-0.0', '[-0]'];
for (const t of texts) {
  const v = JSON.parse(t);
  const shown = Object.is(v, -0) ? '-0' : (typeof v === 'object' && v !== null) || typeof v === 'string' ? JSON.stringify(v) : String(v);
  console.log(JSON.stringify(t).padEnd(34), typeof v, shown);
}
console.log(Object.is(JSON.parse('[-0]')[0], -0), Object.is(JSON.parse('-0.0'), -0));

// Duplicate keys: last wins, position of the first.
const dup = JSON.parse('{"a":1,"b":2,"a":3}');
console.log(JSON.stringify(dup), Object.keys(dup).join());

// __proto__ is an ordinary own property in JSON.
const proto = JSON.parse('{"__proto__":{"polluted":true},"x":1}');
console.log(Object.keys(proto).join(), proto.polluted, Object.getPrototypeOf(proto) === Object.prototype, typeof proto.__proto__);
console.log(({}).polluted);

// Key order follows property ordering rules.
console.log(Object.keys(JSON.parse('{"b":0,"10":0,"a":0,"2":0,"-1":0}')).join());

// Arguments are converted to strings first.
console.log(JSON.parse(1), JSON.parse(true), JSON.parse(null), JSON.parse([5]), JSON.parse({ toString: () => '"via toString"' }));

// Deep nesting works.
const depth = 2000;
const deep = JSON.parse('['.repeat(depth) + ']'.repeat(depth));
let d = 0;
for (let cur = deep; Array.isArray(cur) && cur.length; cur = cur[0]) d++;
console.log('nesting parsed', d + 1);

// Large documents.
const big = JSON.parse(JSON.stringify(Array.from({ length: 1000 }, (_, i) => ({ id: i, name: 'item' + i }))));
console.log(big.length, big[999].name);

// Result objects are ordinary and extensible.
const r = JSON.parse('{"a":[1]}');
console.log(Object.isExtensible(r), Array.isArray(r.a), Object.getOwnPropertyDescriptor(r, 'a').writable);
