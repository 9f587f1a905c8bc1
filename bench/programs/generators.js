// Generators: lazy pipelines of generator functions (range, map, filter,
// take), yield* delegation through a recursive tree walk, generators used as
// iterators by for-of and spread, and two-way communication through next(v).
'use strict';
const SHORT = process.env.KILN_BENCH_SHORT === '1';

function* range(n) { for (let i = 0; i < n; i++) yield i; }
function* map(it, f) { for (const x of it) yield f(x); }
function* filter(it, p) { for (const x of it) if (p(x)) yield x; }
function* take(it, n) { if (n <= 0) return; for (const x of it) { yield x; if (--n === 0) return; } }
function* walk(depth, v) { if (depth === 0) { yield v; return; } yield* walk(depth - 1, v * 2); yield v; yield* walk(depth - 1, v * 2 + 1); }
function* accumulator() { let total = 0; for (;;) { const x = yield total; if (x === undefined) return total; total += x; } }

let acc = 0;
for (let r = 0; r < (SHORT ? 1 : 12); r++) {
  for (const x of take(filter(map(range(1e9), x => x * 3), x => x % 2 === 0), 40000)) acc = (acc + x) % 1000003;
  let w = 0;
  for (const v of walk(SHORT ? 10 : 13, 1)) w = (w * 3 + v) % 1000003;
  const spread = [...take(range(50000), 5000)];
  const g = accumulator();
  g.next();
  for (let i = 0; i < 20000; i++) g.next(i & 15);
  acc = (acc + w + spread.length + g.next().value) % 1000003;
}
const got = String(acc);
const want = SHORT ? '491003' : '316586';
if (got !== want) throw new Error(`generators: got ${got}, want ${want}`);
