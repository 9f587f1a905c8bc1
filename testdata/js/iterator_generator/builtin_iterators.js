// Built-in iterators: arrays (live view of the array), strings, arguments, typed arrays, and the shared prototypes.
const arr = ['a', 'b', 'c'];
const it = arr.values();
console.log(it.next().value);
arr.push('d');
arr[1] = 'B';
console.log([...it].join());
console.log(JSON.stringify(it.next()));
arr.push('e');
console.log(JSON.stringify(it.next()), '(exhausted stays exhausted)');

// Shrinking the array ends iteration early.
const shrink = [1, 2, 3, 4];
const seen = [];
for (const v of shrink) { seen.push(v); if (v === 2) shrink.length = 2; }
console.log(seen.join());

// keys() and entries() on sparse arrays include holes.
console.log(JSON.stringify([...[, 'x'].keys()]), JSON.stringify([...[, 'x'].entries()]));

// Array iterators work on array-likes via call.
const like = { length: 2, 0: 'l0', 1: 'l1' };
console.log([...Array.prototype.values.call(like)].join(), [...Array.prototype.entries.call('hi')].join('|'));

// Typed array iterators.
console.log([...new Uint8Array([1, 2]).entries()].join('|'), [...new Int16Array([-1]).values()].join());

// arguments is iterable through Array.prototype.values.
function args() { return arguments[Symbol.iterator] === Array.prototype.values; }
console.log(args());

// Prototype chain: all built-in iterators share %IteratorPrototype%.
const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
const samples = {
  array: [].values(), string: ''[Symbol.iterator](), map: new Map().keys(), set: new Set().values(),
  regexp: 'a'.matchAll(/a/g), generator: (function* () {})(),
};
for (const [name, iter] of Object.entries(samples)) {
  let proto = Object.getPrototypeOf(iter);
  let depth = 1;
  while (proto && proto !== IteratorPrototype) { proto = Object.getPrototypeOf(proto); depth++; }
  console.log(name.padEnd(10), 'reaches %IteratorPrototype% at depth', depth, 'tag', Object.prototype.toString.call(iter));
}
console.log(IteratorPrototype[Symbol.iterator].call(42), Object.getOwnPropertyNames(IteratorPrototype).join());

// Array iterator next on wrong receiver.
try {
  [].values().next.call({});
} catch (e) {
  console.log(e.constructor.name, e.message);
}
