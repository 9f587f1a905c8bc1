// Closures and higher-order array methods: map/filter/reduce/some/every/
// find/forEach pipelines over arrays of small records, function composition,
// partial application and closures that capture and mutate state.
'use strict';
const SHORT = process.env.KILN_BENCH_SHORT === '1';

const compose = (...fs) => x => fs.reduceRight((v, f) => f(v), x);
const partial = (f, ...a) => (...b) => f(...a, ...b);
function counter() { let n = 0; return { inc: () => ++n, get: () => n }; }
function memo(f) { const cache = new Map(); return x => { if (!cache.has(x)) cache.set(x, f(x)); return cache.get(x); }; }

const records = [];
for (let i = 0; i < 2000; i++) records.push({ id: i, score: (i * 37) % 101, group: i % 7, tags: [i % 3, i % 5] });

const scale = partial((k, x) => x * k, 3);
const norm = compose(x => x % 1013, scale, x => x + 1);
const sq = memo(x => x * x);
let acc = 0;
const c = counter();
const rounds = SHORT ? 10 : 800;
for (let r = 0; r < rounds; r++) {
  const picked = records.filter(x => (x.score + r) % 3 !== 0).map(x => ({ id: x.id, v: norm(x.score + r) }));
  const total = picked.reduce((s, x) => s + sq(x.v % 50), 0);
  const groups = [0, 0, 0, 0, 0, 0, 0];
  records.forEach(x => { groups[x.group] += x.tags.some(t => t === r % 5) ? 1 : 0; });
  const found = records.find(x => x.score === r % 101);
  const all = picked.every(x => x.v >= 0);
  const sorted = picked.slice(0, 300).sort((a, b) => a.v - b.v || a.id - b.id);
  acc = (acc + total + groups.reduce((a, b) => a * 3 + b, 0) + (found ? found.id : -1) + (all ? 1 : 0) + sorted[0].id + sorted[299].v) % 1000000007;
  c.inc();
}
const got = `${acc}:${c.get()}`;
const want = SHORT ? '11997923:10' : '944383663:800';
if (got !== want) throw new Error(`closures: got ${got}, want ${want}`);
