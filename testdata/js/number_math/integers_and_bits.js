// ToInt32/ToUint32 conversions, bitwise operators at boundaries, and Math.imul/clz32 consistency.
const vals = [0, -0, 1, -1, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1, 2 ** 32 - 1, 2 ** 32, 2 ** 32 + 1, 2 ** 53, 1.9, -1.9, NaN, Infinity, -Infinity, 1e21, -1e21, 4294967296.7];
for (const v of vals) {
  console.log(String(v).padEnd(22), v | 0, v >>> 0, v >> 1, v << 1, ~v);
}
// Shift counts are masked to five bits.
console.log(1 << 32, 1 << 33, 1 << -31, 256 >> 40, -1 >>> 32, -1 >>> 33);
// Bitwise ops on strings, booleans, null, objects.
console.log('12' & '10', true | false, null ^ 5, undefined | 0, [] | 0, [3] | 0, { valueOf: () => 6 } & 3, '0x0f' | 0, '1e3' | 0);
// Popcount and bit tricks.
const popcount = (n) => { n = n - ((n >>> 1) & 0x55555555); n = (n & 0x33333333) + ((n >>> 2) & 0x33333333); return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24; };
console.log(popcount(0), popcount(255), popcount(-1), popcount(0x80000000));
console.log((5).toString(2).padStart(8, '0'), (-5 >>> 0).toString(2), (-5 >>> 0).toString(16), (0xdeadbeef | 0).toString(16));
// Hashing with imul stays in 32-bit space.
let h = 0;
for (const ch of 'kiln') h = Math.imul(31, h) + ch.charCodeAt(0) | 0;
console.log(h, h >>> 0);
// 32-bit xorshift (deterministic PRNG) sequence.
let x = 2463534242;
const seq = [];
for (let i = 0; i < 5; i++) { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; seq.push(x >>> 0); }
console.log(seq.join(' '));
