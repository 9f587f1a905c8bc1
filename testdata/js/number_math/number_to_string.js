// Number::toString: shortest round-trip digits, exponent thresholds, signed zero, and radix conversion.
const vals = [0, -0, 1, -1, 0.1, 0.2 + 0.1, 1 / 3, 2 / 3, 100, 1e20, 1e21, 123456789012345680000, 1e-6, 1e-7, 1.5e-7,
  5e-324, 1.7976931348623157e308, 2 ** 53, 2 ** 53 + 1, -1e-7, 4.35, 0.000001234, 1.2345678901234567, 9007199254740993,
  NaN, Infinity, -Infinity, 1e300 * 10, 0.1 * 3, 100 / 3, 1e16, 12345678.9, 5e-7, 1.0000000000000002];
for (const v of vals) console.log(String(v));
console.log([-0].toString(), `${-0}`, JSON.stringify(-0), (-0).toFixed(0), Object.is(-0, 0), 1 / -0);

// Radix conversion, including fractions and negatives.
for (const [v, r] of [[255, 16], [255, 2], [-255, 36], [0.5, 2], [0.1, 2], [0.1, 3], [3.75, 16], [-0, 2], [2 ** 60, 36], [1e21, 7], [NaN, 2], [Infinity, 16], [123.456, 36], [0.000001, 5], [35, 36]]) {
  console.log(`${v}.toString(${r}) = ${v.toString(r)}`);
}
for (const r of [1, 37, 0]) {
  try {
    (10).toString(r);
  } catch (e) {
    console.log(r, e.constructor.name, e.message);
  }
}
console.log((10).toString(undefined), (10).toString(10.9));
try {
  Number.prototype.toString.call('5');
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(Number.prototype.toString.call(new Number(7)), (1e21).toString(), (-1e21).toString(), (1e-7).toString());
