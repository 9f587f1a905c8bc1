// Symbol.iterator and Symbol.asyncIterator: custom iterables used by for-of, spread, destructuring, Array.from, Map/Set, Promise.all.
class Range {
  constructor(from, to) { this.from = from; this.to = to; }
  [Symbol.iterator]() {
    let cur = this.from;
    const to = this.to;
    return { next: () => (cur <= to ? { value: cur++, done: false } : { value: undefined, done: true }), [Symbol.iterator]() { return this; } };
  }
}
const r = new Range(1, 4);
console.log([...r].join(), Array.from(r).length, Math.max(...r));
const [first, , third] = r;
console.log(first, third);
console.log(new Set(r).size, new Map([...r].map((x) => [x, x * x])).get(3));
for (const x of r) if (x > 2) { console.log('for-of reached', x); break; }
Promise.all(new Range(5, 6)).then((v) => console.log('Promise.all over iterable:', v.join()));

// Non-callable Symbol.iterator.
for (const bad of [{ [Symbol.iterator]: 1 }, { [Symbol.iterator]() { return 1; } }, { [Symbol.iterator]() { return {}; } }]) {
  try {
    for (const x of bad) {}
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
}

// Iterator result objects: only `done` truthiness and `value` matter.
const weird = { [Symbol.iterator]: () => ({ i: 0, next() { return { value: this.i, done: this.i++ >= 2 ? 'yes' : 0 }; } }) };
console.log([...weird].join());

// Overriding Array.prototype[Symbol.iterator] affects spread and for-of of all arrays.
const original = Array.prototype[Symbol.iterator];
Array.prototype[Symbol.iterator] = function* () { yield 'hijacked'; };
console.log([...[1, 2, 3]].join());
const [d1] = [9];
console.log(d1);
Array.prototype[Symbol.iterator] = original;
console.log([...[1, 2]].join());

// Strings can have their iterator replaced through String.prototype.
const originalStr = String.prototype[Symbol.iterator];
String.prototype[Symbol.iterator] = function* () { yield this.toUpperCase(); };
console.log([...'abc'].join('|'));
String.prototype[Symbol.iterator] = originalStr;

// Symbol.asyncIterator is used by for await before Symbol.iterator.
const both = {
  async *[Symbol.asyncIterator]() { yield 'async'; },
  *[Symbol.iterator]() { yield 'sync'; },
};
(async () => {
  for await (const v of both) console.log('for await picked', v);
  const syncOnly = { *[Symbol.iterator]() { yield Promise.resolve('awaited sync value'); } };
  for await (const v of syncOnly) console.log(v);
})();

// Built-in iterator prototypes.
const arrayIterProto = Object.getPrototypeOf([][Symbol.iterator]());
const iterProto = Object.getPrototypeOf(arrayIterProto);
console.log(typeof iterProto[Symbol.iterator], iterProto[Symbol.iterator].call(r) === r, Object.getPrototypeOf(iterProto) === Object.prototype);
const genProto = Object.getPrototypeOf(Object.getPrototypeOf((function* () {})()));
console.log(Object.getPrototypeOf(genProto) === iterProto);
