// toFixed, toPrecision and toExponential: rounding of binary fractions, ranges, and special values.
const fixedCases = [[1.005, 2], [1.45, 1], [1.55, 1], [2.5, 0], [-2.5, 0], [0.5, 0], [1.5, 0], [123.456, 1], [0, 2], [-0, 2],
  [1e21, 2], [1e20, 2], [0.000001, 7], [-1.5e-10, 3], [8.345, 2], [10.235, 2], [1.1, 20], [NaN, 2], [Infinity, 1], [1234.5678, undefined], [99.995, 2]];
for (const [v, d] of fixedCases) console.log(`(${v}).toFixed(${d}) = ${v.toFixed(d)}`);

const precisionCases = [[123.456, 1], [123.456, 2], [123.456, 3], [123.456, 4], [123.456, 10], [0.00001234, 2], [1e21, 3], [1e-7, 1],
  [0, 3], [-0, 3], [1.005, 3], [12345, 2], [99.99, 3], [NaN, 2], [-Infinity, 3], [5e-324, 3], [1.23e-6, 2], [123456, 6], [0.5, 1]];
for (const [v, p] of precisionCases) console.log(`(${v}).toPrecision(${p}) = ${v.toPrecision(p)}`);
console.log((123.456).toPrecision(), (123.456).toPrecision(undefined));

const expCases = [[123456, 2], [123456, 0], [0.00015, 1], [0, 2], [-0, 1], [1.5, undefined], [1e21, 3], [-1234.5, 1], [5e-324, 2], [NaN, 1], [Infinity, 2], [1.45, 1], [1.55, 1], [9.999, 2]];
for (const [v, d] of expCases) console.log(`(${v}).toExponential(${d}) = ${v.toExponential(d)}`);
console.log((77).toExponential());

for (const [label, fn] of [
  ['toFixed(101)', () => (1).toFixed(101)],
  ['toFixed(-1)', () => (1).toFixed(-1)],
  ['toPrecision(0)', () => (1).toPrecision(0)],
  ['toPrecision(101)', () => (1).toPrecision(101)],
  ['toExponential(-1)', () => (1).toExponential(-1)],
  ['toExponential(101)', () => (1).toExponential(101)],
  ['NaN.toPrecision(0)', () => NaN.toPrecision(0)],
  ['Infinity.toExponential(-1)', () => Infinity.toExponential(-1)],
  ['toFixed(100)', () => (0.1).toFixed(100).length],
  ['toFixed on string', () => Number.prototype.toFixed.call('1', 1)],
]) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.constructor.name, e.message);
  }
}
console.log((1.23e+20).toFixed(2), (-1.5).toFixed(0), (0.000001).toFixed(2), (1e-10).toPrecision(2));
