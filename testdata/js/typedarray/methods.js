// TypedArray.prototype methods: set/subarray/slice sharing rules, numeric sort, search with NaN, and ES2023 copies.
const a = new Int16Array([5, -3, 10, 0, -3, 7]);
console.log(a.join(), a.toString(), a.length, a.byteLength, a.at(-1), a.indexOf(-3), a.lastIndexOf(-3), a.includes(10));
console.log(Array.from(a.slice(1, 3)).join(), a.slice(-2).join(), a.subarray(2).join(), a.subarray(-2, -1).join());
const sub = a.subarray(1, 4);
sub[0] = 100;
const sl = a.slice(1, 4);
sl[1] = 200;
console.log('subarray shares:', a[1], 'slice copies:', a[2], sub.byteOffset, sub.buffer === a.buffer);
const sorted = new Float64Array([10, 9, 1, -0, 0, NaN, -Infinity, 2.5]);
sorted.sort();
console.log('numeric default sort:', Array.from(sorted, (v) => (Object.is(v, -0) ? '-0' : v)).join(' '));
console.log(new Int8Array([3, 1, 2]).sort((x, y) => y - x).join());
console.log(new Float32Array([NaN]).includes(NaN), new Float32Array([NaN]).indexOf(NaN));
const f = new Uint8Array(6);
f.fill(7, 1, 3);
f.set([1, 2], 4);
console.log(f.join());
try {
  f.set([1, 2, 3], 5);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
const overlap = new Uint8Array([1, 2, 3, 4, 5, 6]);
overlap.set(overlap.subarray(0, 4), 2);
console.log('overlapping set:', overlap.join());
const conv = new Uint8Array(3);
conv.set(new Float64Array([1.7, -1, 300]));
console.log(conv.join());
console.log(a.map((x) => x * 2).join(), a.map((x) => x * 1000) instanceof Int16Array, a.map((x) => x * 1000).join());
console.log(a.filter((x) => x > 0).join(), a.reduce((s, x) => s + x, 0), a.reduceRight((s, x) => s + ',' + x, ''), a.find((x) => x < 0), a.findLastIndex((x) => x < 0));
console.log(a.every(Number.isInteger), a.some((x) => x > 150), [...a.keys()].join(), [...a.entries()].slice(0, 2).join('|'));
console.log(new Uint8Array([1, 2, 3, 4, 5]).copyWithin(0, 3).join(), new Uint8Array([1, 2, 3]).reverse().join());
console.log(a.toSorted().join(), a.toReversed().join(), a.with(0, 1).join(), a.join());
try {
  a.with(10, 1);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(new Uint8Array([1, 2]).join('-'), new Uint8Array(0).join(), typeof a.toSpliced, typeof a.flat, typeof a.push);
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(Int8Array.prototype)).sort().join());
