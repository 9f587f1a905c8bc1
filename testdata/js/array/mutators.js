// Mutating Array.prototype methods: push/pop/shift/unshift/splice/reverse/fill/copyWithin, return values included.
const a = [1, 2, 3];
console.log(a.push(4, 5), a.join());
console.log(a.pop(), a.join());
console.log(a.shift(), a.join());
console.log(a.unshift(-1, 0), a.join());
console.log([].pop(), [].shift(), [].push(), [].unshift());

// splice: all argument shapes.
const s = [0, 1, 2, 3, 4, 5];
console.log(JSON.stringify(s.splice(2)), JSON.stringify(s));
const s2 = [0, 1, 2, 3, 4, 5];
console.log(JSON.stringify(s2.splice(1, 2, 'a', 'b', 'c')), JSON.stringify(s2));
const s3 = [0, 1, 2, 3];
console.log(JSON.stringify(s3.splice(-2, 1)), JSON.stringify(s3));
const s4 = [0, 1, 2];
console.log(JSON.stringify(s4.splice(1, 0, 'inserted')), JSON.stringify(s4));
const s5 = [0, 1, 2];
console.log(JSON.stringify(s5.splice()), JSON.stringify(s5));
const s6 = [0, 1, 2];
console.log(JSON.stringify(s6.splice(undefined)), JSON.stringify(s6));
const s7 = [0, 1, 2];
console.log(JSON.stringify(s7.splice(1, -5, 'x')), JSON.stringify(s7));
const s8 = [0, 1, 2];
console.log(JSON.stringify(s8.splice(1, Infinity)), JSON.stringify(s8), JSON.stringify([0, 1, 2].splice(NaN, 1)));

// reverse returns the same array, and handles holes.
const r = [1, , 3, 4];
const rr = r.reverse();
console.log(rr === r, JSON.stringify(r), 2 in r, 1 in r);

// fill with negative and out-of-range indices.
console.log(JSON.stringify(new Array(5).fill(0)));
console.log(JSON.stringify([1, 2, 3, 4, 5].fill('x', 1, 3)), JSON.stringify([1, 2, 3, 4, 5].fill('y', -2)), JSON.stringify([1, 2, 3].fill('z', 5)));
const filledObj = new Array(2).fill({});
console.log(filledObj[0] === filledObj[1]);

// copyWithin.
console.log(JSON.stringify([1, 2, 3, 4, 5].copyWithin(0, 3)));
console.log(JSON.stringify([1, 2, 3, 4, 5].copyWithin(1, 0, 3)));
console.log(JSON.stringify([1, 2, 3, 4, 5].copyWithin(-2, -4, -3)));
console.log(JSON.stringify([1, , 3, 4].copyWithin(0, 1)), 1 in [1, , 3, 4].copyWithin(0, 1));

// push/unshift on array-likes and length overflow checks.
const like = { length: 2, 0: 'a', 1: 'b' };
Array.prototype.push.call(like, 'c');
Array.prototype.unshift.call(like, 'z');
console.log(JSON.stringify(like));
const nearMax = { length: 2 ** 53 - 1 };
try {
  Array.prototype.push.call(nearMax, 1);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
const popLike = { length: '3', 2: 'last' };
console.log(Array.prototype.pop.call(popLike), JSON.stringify(popLike));
const noLength = {};
console.log(Array.prototype.pop.call(noLength), JSON.stringify(noLength));

// Mutators on arrays with a non-writable length.
const fixedLen = [1, 2, 3];
Object.defineProperty(fixedLen, 'length', { writable: false });
for (const [label, fn] of [
  ['push', () => fixedLen.push(4)],
  ['pop', () => fixedLen.pop()],
  ['shift', () => fixedLen.shift()],
  ['splice', () => fixedLen.splice(0, 1)],
]) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.constructor.name, e.message);
  }
}
console.log(JSON.stringify(fixedLen));

// Shift/unshift on a big array keep order.
const big = Array.from({ length: 1000 }, (_, i) => i);
big.shift();
big.unshift('start');
console.log(big.length, big[0], big[1], big[999]);
