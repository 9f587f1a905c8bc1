// Array.from and Array.of: iterables, array-likes, map functions, this values, and subclasses.
console.log(JSON.stringify(Array.from('héllo')));
console.log(JSON.stringify(Array.from('a😀b')));
console.log(JSON.stringify(Array.from(new Set([1, 2, 2, 3]))));
console.log(JSON.stringify(Array.from(new Map([['a', 1]]))));
console.log(JSON.stringify(Array.from({ length: 3 }, (_, i) => i * i)));
console.log(JSON.stringify(Array.from({ length: 2, 0: 'x', 1: 'y', 2: 'ignored' })));
console.log(JSON.stringify(Array.from([1, 2], function (v) { return v * this.m; }, { m: 5 })));
console.log(JSON.stringify(Array.from(123)), JSON.stringify(Array.from(true)), JSON.stringify(Array.from({})));
try {
  Array.from(null);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  Array.from([], 'not callable');
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// Iterator protocol is preferred over length; iterator closed on mapper error.
const both = { length: 5, 0: 'from length', *[Symbol.iterator]() { yield 'from iterator'; } };
console.log(JSON.stringify(Array.from(both)));
let closed = false;
const closeable = {
  [Symbol.iterator]() {
    return { next: () => ({ value: 1, done: false }), return: () => { closed = true; return {}; } };
  },
};
try {
  Array.from(closeable, () => { throw new Error('mapper'); });
} catch (e) {
  console.log(e.message, 'closed:', closed);
}

// Generators.
function* gen() { yield* [3, 2, 1]; }
console.log(Array.from(gen()).join(), Array.from(gen(), (x) => x * 2).join());

// Array.of.
console.log(JSON.stringify(Array.of()), JSON.stringify(Array.of(7)), JSON.stringify(Array.of(1, 'a', null, undefined)));

// Subclass and non-array constructors as this.
class MyArr extends Array {}
console.log(MyArr.from([1]) instanceof MyArr, MyArr.of(1, 2).length, MyArr.of(1, 2).constructor.name);
function Plain() { this.made = 'by Plain'; }
const viaPlain = Array.from.call(Plain, { length: 2, 0: 'a', 1: 'b' });
console.log(viaPlain instanceof Plain, viaPlain.made, viaPlain.length, viaPlain[1]);
const viaOf = Array.of.call(Object, 'x', 'y');
console.log(Array.isArray(viaOf), JSON.stringify(viaOf));
console.log(Array.from.call(undefined, [1]).length);

// Array.from with arguments and NodeList-like objects.
function args() { return Array.from(arguments).reverse(); }
console.log(args(1, 2, 3).join());

// Typed arrays and strings with surrogates.
console.log(Array.from(new Uint8Array([250, 5])).join(), Array.from('\uD800x').length);

// Length conversion.
console.log(Array.from({ length: '2' }).length, Array.from({ length: -1 }).length, Array.from({ length: 2.7 }).length);
console.log(Array.from.length, Array.of.length);
