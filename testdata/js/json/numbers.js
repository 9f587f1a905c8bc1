// Numbers through JSON: parsing precision and exponent forms, stringify formatting, and round trips.
const inputs = ['0', '-0', '1', '1.0', '1.50', '1e2', '1E-2', '1e+2', '0.1', '0.30000000000000004', '123456789012345678', '9007199254740993',
  '1.7976931348623157e308', '1.7976931348623159e308', '5e-324', '2e-324', '1e-400', '-1e400', '0.000001', '0.0000001', '100000000000000000000', '1e21', '12345.6789e-3'];
for (const s of inputs) {
  const v = JSON.parse(s);
  console.log(s.padEnd(26), (Object.is(v, -0) ? '-0' : String(v)).padEnd(24), JSON.stringify(v));
}
console.log(JSON.stringify([NaN, Infinity, -Infinity, -0, 0.1 + 0.2, 2 ** 53, 1 / 3, 1e-7, 123e-20]));
const values = [0.1, 1 / 3, Math.PI, 2 ** 60, 1e-310, 123456.789, -9.87654321e-12];
console.log(values.every((v) => JSON.parse(JSON.stringify(v)) === v));
console.log(JSON.stringify({ big: 12345678901234567890, small: 0.000000000001 }));
console.log(JSON.parse('[1e1000, -1e-1000]').map((v) => (Object.is(v, -0) ? '-0' : v)).join());
