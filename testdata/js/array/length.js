// The length property: truncation, growth, validation, and interaction with indices.
const a = [1, 2, 3, 4, 5];
a.length = 2;
console.log(JSON.stringify(a), 2 in a);
a.length = 4;
console.log(JSON.stringify(a), 3 in a);
a[9] = 'ten';
console.log(a.length);
a.length = 0;
console.log(a.length, JSON.stringify(a));

for (const v of [-1, 1.5, 2 ** 32, 'abc', NaN, Infinity]) {
  try {
    const arr = [];
    arr.length = v;
    console.log('accepted', v, arr.length);
  } catch (e) {
    console.log(String(v), e.constructor.name, e.message);
  }
}
const coerced = [];
coerced.length = '3';
console.log(coerced.length);
coerced.length = { valueOf: () => 1 };
console.log(coerced.length);
coerced.length = true;
console.log(coerced.length);

// Constructor argument rules.
console.log(new Array(3).length, new Array('3').length, JSON.stringify(new Array('3')), Array(1, 2).length, JSON.stringify(Array.of(3)));
for (const v of [-1, 1.5, 2 ** 32]) {
  try {
    new Array(v);
  } catch (e) {
    console.log('new Array(' + v + ')', e.constructor.name, e.message);
  }
}

// Max length and index boundaries.
const big = [];
big[2 ** 32 - 2] = 'last index';
console.log(big.length === 2 ** 32 - 1);
big[2 ** 32 - 1] = 'not an index';
console.log(big.length === 2 ** 32 - 1, Object.keys(big).length);
try {
  big.push('overflow');
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// Length descriptor.
const d = Object.getOwnPropertyDescriptor([], 'length');
console.log(d.writable, d.enumerable, d.configurable, typeof d.value);
try {
  delete [].length;
  console.log('delete length returned false silently');
} catch (e) {
  console.log(e.constructor.name);
}
console.log(delete [].length);

// Array-likes: length is clamped via ToLength.
console.log(Array.prototype.slice.call({ length: -5, 0: 'a' }).length);
console.log(Array.prototype.slice.call({ length: '2', 0: 'a', 1: 'b' }).join());
console.log(Array.prototype.slice.call({ length: 2.9, 0: 'a', 1: 'b', 2: 'c' }).join());
console.log(Array.prototype.indexOf.call({ length: Infinity, 0: 'x', 5: 'y' }, 'y'));

// Truncating with non-configurable elements stops at them.
const guarded = [1, 2, 3, 4];
Object.defineProperty(guarded, 2, { value: 3, configurable: false });
guarded.length = 0;
console.log(guarded.length, JSON.stringify(guarded));

// Non-writable length blocks index writes beyond length.
const locked = [1];
Object.defineProperty(locked, 'length', { writable: false });
locked[1] = 'ignored';
console.log(locked.length, 1 in locked);
(function () {
  'use strict';
  try {
    locked[5] = 'strict';
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
})();
