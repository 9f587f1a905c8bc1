// The iterator protocol by hand: next() results, arguments to next, done/value handling in consumers.
const log = [];
const iterable = {
  [Symbol.iterator]() {
    log.push('@@iterator called');
    let i = 0;
    return {
      next(...args) {
        log.push(`next(${args.length})`);
        i++;
        return i <= 3 ? { value: i * 10, done: false } : { value: 'return value', done: true };
      },
    };
  },
};
const values = [];
for (const v of iterable) values.push(v);
console.log(values.join(), '|', log.join(' '));

// The done:true value is not part of the iteration.
console.log([...iterable].length, Array.from(iterable).join());

// Manual iteration sees the return value.
const it = iterable[Symbol.iterator]();
let step;
const manual = [];
while (!(step = it.next()).done) manual.push(step.value);
console.log(manual.join(), step.value);

// Missing done means false; missing value means undefined.
let n = 0;
const sloppy = { [Symbol.iterator]: () => ({ next: () => (n++ < 2 ? {} : { done: 1 }) }) };
console.log(JSON.stringify([...sloppy]));

// next must return an object.
const bad = { [Symbol.iterator]: () => ({ next: () => 42 }) };
try {
  for (const x of bad) {}
} catch (e) {
  console.log(e.constructor.name, e.message);
}
// next is read once, up front.
let nextReads = 0;
const once = {
  [Symbol.iterator]() {
    let c = 0;
    return { get next() { nextReads++; return () => ({ done: c++ >= 3, value: c }); } };
  },
};
console.log([...once].join(), 'next read', nextReads, 'time(s)');

// Iterators that are their own iterables.
class Countdown {
  constructor(n) { this.n = n; }
  [Symbol.iterator]() { return this; }
  next() { return this.n > 0 ? { value: this.n--, done: false } : { value: undefined, done: true }; }
}
const cd = new Countdown(3);
console.log([...cd].join(), [...cd].length);

// Value objects are not copied: the consumer gets exactly what next returned.
const shared = { tag: 'same object' };
const objIt = { [Symbol.iterator]: () => { let d = false; return { next: () => (d ? { done: true } : ((d = true), { value: shared, done: false })) }; } };
const [got] = objIt;
console.log(got === shared);
