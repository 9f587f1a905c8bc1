// Math functions with exact results on ordinary and edge-case inputs (NaN, ±0, ±Infinity), printed with signed zero visible.
const show = (v) => (Object.is(v, -0) ? '-0' : String(v));
const inputs = [0, -0, 1, -1, 0.5, -0.5, 2, Infinity, -Infinity, NaN];
// Functions with exactly specified results; the approximated ones (sin, exp, ...) are in math_transcendental.js.
const unary = ['abs', 'sign', 'sqrt', 'floor', 'ceil', 'round', 'trunc', 'fround', 'clz32'];
for (const fn of unary) {
  console.log(fn.padEnd(6), inputs.map((x) => show(Math[fn](x))).join(' '));
}
// Exact values that engines must get right.
console.log(Math.sqrt(16), Math.cbrt(27), Math.cbrt(-8), Math.log2(8), Math.log10(1000), Math.exp(0), Math.log(Math.E), Math.hypot(3, 4));
console.log(Math.pow(2, 0.5) === Math.SQRT2, Math.sin(Math.PI / 2), Math.cos(Math.PI), Math.atan2(1, 1) === Math.PI / 4);
console.log(Math.atan2(0, -0) === Math.PI, show(Math.atan2(-0, 0)), Math.atan2(-0, -0) === -Math.PI, Math.atan2(Infinity, -Infinity) === 3 * Math.PI / 4);
console.log(Math.hypot(), Math.hypot(-3), Math.hypot(NaN, Infinity), Math.hypot(1e200, 1e200), Math.hypot(3, 4, 12), show(Math.hypot(-0, -0)));
console.log(Math.pow(NaN, 0), Math.pow(1, NaN), Math.pow(-1, Infinity), Math.pow(0, -1), show(Math.pow(-0, 3)), Math.pow(-0, -3), Math.pow(-8, 1 / 3));
console.log(Math.max(), Math.min(), Math.max(1, NaN, 3), show(Math.max(-0, 0)), show(Math.min(0, -0)), Math.max('7', [8]), Math.min(null, 1));
console.log(Math.imul(3, 4), Math.imul(0xffffffff, 5), Math.imul(2 ** 31, 2), Math.clz32(1), Math.clz32(2 ** 32), Math.clz32(-1), Math.clz32(0.5));
console.log(Math.fround(5.5), Math.fround(5.05), Math.fround(2 ** 128), Math.fround(1e-50), Math.fround(16777217));
console.log(Math.round(2.5), Math.round(-2.5), Math.round(2.4999999999999996), Math.round(0.49999999999999994), show(Math.round(-0.4)), Math.round(-0.5000000000000001));
console.log(Math.round(4503599627370495.5), Math.round(9007199254740991), Math.floor(-1.5), Math.ceil(-1.5), show(Math.ceil(-0.5)), Math.trunc(-1.9));
console.log(Math.sign('-3'), Math.abs('-2'), Math.abs(null), Math.abs([]), Math.abs([1, 2]), Math.abs(-Number.MAX_VALUE) === Number.MAX_VALUE);
console.log(Math.E, Math.LN2, Math.LN10, Math.LOG2E, Math.LOG10E, Math.PI, Math.SQRT1_2, Math.SQRT2);
console.log(Object.getOwnPropertyNames(Math).sort().join());
console.log(typeof Math.random(), Math.random() >= 0 && Math.random() < 1);
try {
  Math.abs(1n);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
