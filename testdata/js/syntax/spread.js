// Spread in calls, arrays, and objects.
function sum(...nums) {
  return nums.reduce((a, b) => a + b, 0);
}
const nums = [1, 2, 3];
console.log(sum(...nums));
console.log(sum(0, ...nums, 4, ...[5, 6]));
console.log(Math.max(...nums, ...new Set([7, 8])));
console.log(sum(...'123'.split('').map(Number)));

const copy = [...nums];
copy.push(4);
console.log(nums.length, copy.length);

// Holes become undefined when spread.
const holey = [1, , 3];
const spreadHoley = [...holey];
console.log(1 in holey, 1 in spreadHoley, spreadHoley[1]);

// Strings spread by code point.
console.log([...'a😀b'].length, 'a😀b'.length);

// Map and Set spread.
console.log(JSON.stringify([...new Map([[1, 'a'], [2, 'b']])]));

// Spread of a custom iterable.
const range = { from: 1, to: 4, *[Symbol.iterator]() { for (let i = this.from; i <= this.to; i++) yield i; } };
console.log([...range].join());

// Spread of a non-iterable throws TypeError.
try {
  [...{}];
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  sum(...123);
} catch (e) {
  console.log(e.constructor.name);
}

// Object spread copies own enumerable props, later wins.
const base = { a: 1, b: 2 };
const merged = { ...base, b: 3, ...{ c: 4 } };
console.log(JSON.stringify(merged));
const overridden = { b: 0, ...base };
console.log(JSON.stringify(overridden));

// Object spread invokes getters but defines (not sets) on the target.
const withGetter = { get g() { return 'got'; } };
const spreadG = { ...withGetter };
console.log(typeof Object.getOwnPropertyDescriptor(spreadG, 'g').value);
const setterCalled = [];
const withSetter = { set s(v) { setterCalled.push(v); }, ...{ s: 1 } };
console.log(setterCalled.length, Object.getOwnPropertyDescriptor(withSetter, 's').value);

// null/undefined spread in object literals is ignored.
console.log(JSON.stringify({ ...null, ...undefined, ...1, ...'hi' }));

// Array spread of array-like without iterator throws, but Array.from works.
const arrayLike = { length: 2, 0: 'x', 1: 'y' };
console.log(Array.from(arrayLike).join());

// Spread into new.
class P { constructor(a, b) { this.s = a + b; } }
console.log(new P(...[2, 3]).s);
const d = new Date(...[Date.UTC(2020, 0, 2)]);
console.log(d.toISOString());

// Symbols are copied by object spread.
const sym = Symbol('s');
const withSym = { ...{ [sym]: 'symval' } };
console.log(withSym[sym]);

// Order: integer keys first.
console.log(Object.keys({ ...{ b: 1, 2: 1, a: 1, 1: 1 } }).join());

// Spread calls iterator each time.
let count = 0;
const counted = { *[Symbol.iterator]() { count++; yield count; } };
console.log([...counted, ...counted].join(), count);

// Array prototype iterator can be patched and spread respects it.
const arr = [1, 2];
arr[Symbol.iterator] = function* () { yield 'patched'; };
console.log([...arr].join());
