// Lazy pipelines built from generators (iterator helpers are not in node 20): evaluation is on demand.
console.log(typeof globalThis.Iterator, typeof [].values().map);
const trace = [];
function* naturals() { let n = 1; while (true) { trace.push('gen ' + n); yield n++; } }
function* map(it, f) { for (const x of it) yield f(x); }
function* filter(it, p) { for (const x of it) if (p(x)) yield x; }
function* take(it, n) { if (n <= 0) return; for (const x of it) { yield x; if (--n === 0) return; } }
function* zip(a, b) { const ia = a[Symbol.iterator](), ib = b[Symbol.iterator](); while (true) { const x = ia.next(), y = ib.next(); if (x.done || y.done) return; yield [x.value, y.value]; } }
function* chunk(it, size) { let buf = []; for (const x of it) { buf.push(x); if (buf.length === size) { yield buf; buf = []; } } if (buf.length) yield buf; }

const pipeline = take(filter(map(naturals(), (x) => x * x), (x) => x % 2 === 1), 4);
console.log('nothing pulled yet:', trace.length);
console.log([...pipeline].join());
console.log('generated only', trace.length, 'values');

console.log(JSON.stringify([...zip('abc', naturals())]));
console.log(JSON.stringify([...chunk([1, 2, 3, 4, 5, 6, 7], 3)]));

// Fibonacci with lazy take-while.
function* fib() { let [a, b] = [0, 1]; for (;;) { yield a; [a, b] = [b, a + b]; } }
function* takeWhile(it, p) { for (const x of it) { if (!p(x)) return; yield x; } }
console.log([...takeWhile(fib(), (x) => x < 100)].join(' '));

// Primes with an incremental sieve.
function* primes() {
  const composites = new Map();
  for (let n = 2; ; n++) {
    const factors = composites.get(n);
    if (!factors) { yield n; composites.set(n * n, [n]); continue; }
    for (const f of factors) { const next = n + f; composites.set(next, [...(composites.get(next) ?? []), f]); }
    composites.delete(n);
  }
}
console.log([...take(primes(), 20)].join(' '));

// Reusing an exhausted generator yields nothing.
const once = take(naturals(), 2);
console.log([...once].length, [...once].length);
// A generator object is iterable only once, but the function can be called again.
const rangeFn = function* (a, b) { for (let i = a; i < b; i++) yield i; };
console.log([...rangeFn(0, 3)].join(), [...rangeFn(0, 3)].join());
