// Array.prototype.sort: default string order, comparators, stability, undefined/holes, and bad comparators.
console.log([10, 9, 1, 100, 25].sort().join());
console.log([10, 9, 1, 100, 25].sort((a, b) => a - b).join());
console.log(['b', 'a', 'C', 'B', 'é', 'e', 'Z'].sort().join(''));
console.log([true, false, null, 'null', 'true', 0].sort().join());
console.log(['\u{1F600}', '\uFFFF', 'a'].sort().map(s => s.codePointAt(0).toString(16)).join());

// undefined values sort to the end, holes after them; the comparator never sees either.
const withUndef = [3, undefined, 1, , 2, undefined];
const seenByCmp = [];
withUndef.sort((a, b) => { seenByCmp.push(a, b); return a - b; });
console.log(JSON.stringify(withUndef), withUndef.length, 5 in withUndef, seenByCmp.includes(undefined));

// Stability: equal keys keep their original order.
const people = [
  { name: 'ann', age: 30 }, { name: 'bob', age: 25 }, { name: 'cat', age: 30 }, { name: 'dan', age: 25 },
  { name: 'eve', age: 30 }, { name: 'fay', age: 25 }, { name: 'gus', age: 20 }, { name: 'hal', age: 30 },
  { name: 'ivy', age: 20 }, { name: 'jon', age: 25 }, { name: 'kim', age: 30 }, { name: 'lee', age: 20 },
];
console.log(people.sort((a, b) => a.age - b.age).map(p => p.name).join(' '));

// Stability on a larger array (beyond insertion-sort thresholds).
const big = Array.from({ length: 500 }, (_, i) => ({ key: (i * 7919) % 10, i }));
big.sort((a, b) => a.key - b.key);
let stable = true;
for (let k = 1; k < big.length; k++) {
  if (big[k - 1].key === big[k].key && big[k - 1].i > big[k].i) stable = false;
}
console.log('stable on 500 elements:', stable, big[0].key, big[499].key);

// Comparator returning booleans or non-numbers: results are coerced with ToNumber.
console.log([3, 1, 2].sort((a, b) => (a > b ? '1' : '-1')).join());
console.log([3, 1, 2].sort(() => 0).join());
console.log([3, 1, 2].sort(() => NaN).join());

// sort returns the same array and sorts in place.
const arr = [2, 1];
console.log(arr.sort() === arr, arr.join());

// Comparator must be a function or undefined.
try {
  [1, 2].sort(null);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log([2, 1].sort(undefined).join());

// Comparator exceptions propagate.
try {
  [1, 2, 3].sort(() => { throw new Error('cmp failed'); });
} catch (e) {
  console.log(e.message);
}

// Sorting array-likes and objects with toString.
const like = { length: 3, 0: 'c', 1: 'a', 2: 'b', 3: 'ignored' };
Array.prototype.sort.call(like);
console.log(JSON.stringify(like));
const objs = [{ toString: () => 'b' }, { toString: () => 'a' }];
console.log(objs.sort().map(String).join());

// Numeric sort with mixed negatives, floats, -0, Infinity.
console.log([-1, 0.5, -0, Infinity, -Infinity, 2, 1e-7].sort((a, b) => a - b).map(v => Object.is(v, -0) ? '-0' : String(v)).join(' '));
// Default sort of numbers compares strings, including exponent forms.
console.log([1e21, 5, 1e-7, -1].sort().join(' '));

// Sorting strings by localeCompare (basic ASCII letters only).
console.log(['b', 'a', 'C', 'A'].sort((x, y) => x.localeCompare(y)).join());
