// Bytes per value: how much heap (and RSS) one value of a kind costs when a
// million are kept alive. Run one kind per process, with --expose-gc, on
// both runtimes:
//
//   for k in obj3 empty cls5 arr10 closure promise; do
//     node --expose-gc bench/memory/pervalue.js $k; ./kiln --expose-gc bench/memory/pervalue.js $k
//   done
//
// The holding array is made and filled before the first measurement, so
// only the values themselves are counted.
'use strict';

class C5 {
  constructor(i) { this.a = i; this.b = i; this.c = i; this.d = i; this.e = i; }
}

const kinds = {
  obj3: (i) => ({ a: i, b: i, c: i }),
  empty: () => ({}),
  cls5: (i) => new C5(i),
  arr10: (i) => [i, i, i, i, i, i, i, i, i, i],
  closure: (i) => () => i,
  promise: (i) => Promise.resolve(i),
};

const kind = process.argv[2];
const make = kinds[kind];
if (!make || typeof gc !== 'function') {
  console.error(`usage: --expose-gc pervalue.js ${Object.keys(kinds).join('|')}`);
  process.exit(2);
}

function measure() {
  gc();
  gc();
  const m = process.memoryUsage();
  return [m.heapUsed, m.rss];
}

const N = 1000000;
const warm = 1000; // the first few of a kind make shapes and code: not counted
const keep = new Array(N).fill(0);
for (let i = 0; i < warm; i++) keep[i] = make(i);
const [heap0, rss0] = measure();
for (let i = warm; i < N; i++) keep[i] = make(i);
const [heap1, rss1] = measure();
const n = N - warm;
console.log(`${kind}: heapUsed ${((heap1 - heap0) / n).toFixed(1)} B, rss ${((rss1 - rss0) / n).toFixed(1)} B per value`);
if (keep.length !== N) throw new Error('lost values');
