// ES2023 change-array-by-copy methods: toSorted, toReversed, toSpliced, with. Originals stay untouched.
const orig = [3, 1, 2];
const sorted = orig.toSorted();
console.log(JSON.stringify(sorted), JSON.stringify(orig), sorted !== orig);
console.log(JSON.stringify(orig.toSorted((a, b) => b - a)));
console.log(JSON.stringify(orig.toReversed()), JSON.stringify(orig));
console.log(JSON.stringify(orig.toSpliced(1, 1, 'a', 'b')), JSON.stringify(orig));
console.log(JSON.stringify(orig.toSpliced()), JSON.stringify(orig.toSpliced(1)), JSON.stringify(orig.toSpliced(-1, 0, 'end')));
console.log(JSON.stringify(orig.with(0, 'first')), JSON.stringify(orig.with(-1, 'last')), JSON.stringify(orig));

// with: out-of-range throws RangeError.
for (const i of [3, -4, Infinity]) {
  try {
    orig.with(i, 'x');
  } catch (e) {
    console.log(i, e.constructor.name, e.message);
  }
}

// Holes become undefined (results are always dense).
const holey = [1, , 3];
console.log(JSON.stringify(holey.toReversed()), 1 in holey.toReversed());
console.log(JSON.stringify(holey.toSorted()), 2 in holey.toSorted());
console.log(JSON.stringify(holey.with(0, 0)), 1 in holey.with(0, 0));
console.log(JSON.stringify(holey.toSpliced(0, 0)), 1 in holey.toSpliced(0, 0));

// They ignore Symbol.species: results are plain arrays.
class MyArray extends Array {}
const mine = MyArray.of(3, 1, 2);
console.log(mine.toSorted() instanceof MyArray, mine.toReversed().constructor.name, mine.map(x => x).constructor.name);

// Generic on array-likes.
const like = { length: 3, 0: 'c', 1: 'a', 2: 'b' };
console.log(JSON.stringify(Array.prototype.toSorted.call(like)), JSON.stringify(Array.prototype.toReversed.call(like)));
console.log(JSON.stringify(Array.prototype.with.call(like, 1, 'A')));

// Comparator must be a function or undefined.
try {
  [1, 2].toSorted('not a function');
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// Length too large for a new array.
try {
  Array.prototype.toSpliced.call({ length: 2 ** 32 }, 0, 0);
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// Frozen arrays can still use them.
const frozen = Object.freeze([2, 1]);
console.log(JSON.stringify(frozen.toSorted()), JSON.stringify(frozen.with(0, 9)));

// Property listing on the prototype and unscopables.
console.log(['toSorted', 'toReversed', 'toSpliced', 'with'].map(m => typeof Array.prototype[m]).join());
console.log(Array.prototype[Symbol.unscopables].toSorted, Array.prototype[Symbol.unscopables].with);
console.log(Array.prototype.toSpliced.length, Array.prototype.with.length, Array.prototype.toSorted.length);
