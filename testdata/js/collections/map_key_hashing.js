// Map and Set keys under SameValueZero through the hash index: strings by content
// (ropes, Latin-1 and UTF-16 forms), -0 and NaN, BigInts, identity keys, deletion,
// compaction under a live iterator, clear, and growth.
const out = [];
const m = new Map();
m.set('a', 1).set('\u0100x', 2).set(-0, 'z').set(NaN, 'n').set(1n, 'b').set(2**53, 'big');
out.push(m.get('a'), m.get('\u0100' + 'x'), m.get(0), m.get(-0), m.get(NaN), m.get(0/0), m.get(1n), m.get(BigInt(1)), m.get(2**53), m.get('b'));
out.push(Object.is([...m.keys()][2], 0));
const s = new Set(); for (let i = 0; i < 1000; i++) s.add('k' + i); for (let i = 0; i < 1000; i += 2) s.delete('k' + i);
out.push(s.size, s.has('k1'), s.has('k2'), [...s].slice(0, 3).join());
for (let i = 0; i < 1000; i++) s.add('k' + (i % 7)); out.push(s.size);
const it = s.values(); it.next(); for (let i = 1; i < 900; i += 2) s.delete('k' + i); out.push(s.size, JSON.stringify(it.next()));
s.clear(); out.push(s.size, s.has('k1')); s.add('x'); out.push([...s].join());
const o = {}, o2 = {}; const m2 = new Map([[o, 1], [o2, 2], [undefined, 3], [null, 4], [true, 5], ['true', 6]]);
out.push(m2.get(o), m2.get(o2), m2.get(undefined), m2.get(null), m2.get(true), m2.get('true'), m2.get({}));
const rope = 'abc'.repeat(3) + 'def'; const m3 = new Map([['abcabcabcdef', 1]]); out.push(m3.get(rope));
const wide = '\u0100\u0101'.slice(0,1); const m4 = new Map([['\u0100', 'w']]); out.push(m4.get(wide));
const lat = '\u0100a'.slice(1); out.push(new Set(['a']).has(lat));
const big = new Map(); for (let i = 0; i < 100000; i++) big.set(i * 1.5, i); let sum = 0; for (let i = 0; i < 100000; i++) sum += big.get(i * 1.5); out.push(sum, big.size);
for (let i = 0; i < 100000; i++) big.delete(i * 1.5); out.push(big.size); big.set('again', 1); out.push([...big.keys()].join());
const ws = new Set(); for (let r = 0; r < 50; r++) { for (let i = 0; i < 100; i++) ws.add(i); for (let i = 0; i < 100; i++) ws.delete(i); } out.push(ws.size);
out.push(JSON.stringify(Object.fromEntries(Map.groupBy ? [] : [])));
console.log(out.join('\n'));
