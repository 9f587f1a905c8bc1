// Prints the golden results of node's Math functions for internal/fdlibm's
// test. Every line is "name input result" (or "name y x result" for atan2,
// "name x y result" for pow) with each number as the 16 hex digits of its
// IEEE 754 bits. Regenerate with:
//
//	node internal/fdlibm/testdata/gen.js > internal/fdlibm/testdata/golden.txt
'use strict';

const view = new DataView(new ArrayBuffer(8));
const hex = (x) => {
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, '0');
};
const fromBits = (b) => {
  view.setBigUint64(0, BigInt.asUintN(64, b));
  return view.getFloat64(0);
};
const bits = (x) => {
  view.setFloat64(0, x);
  return view.getBigUint64(0);
};
// The neighbours of x, d ulps away (same sign, crossing no exponent rules).
const ulps = (x, d) => fromBits(bits(x) + BigInt(d));

// A seeded generator (xorshift64*) so the file is stable between runs.
let state = 0x9e3779b97f4a7c15n;
const next64 = () => {
  state ^= state >> 12n;
  state ^= (state << 25n) & 0xffffffffffffffffn;
  state ^= state >> 27n;
  return (state * 0x2545f4914f6cdd1dn) & 0xffffffffffffffffn;
};
const uniform = () => Number(next64() >> 11n) / 2 ** 53;
// A random double with exponent in [lo, hi] (powers of two) and either sign.
const spread = (lo, hi, signed = true) => {
  const e = lo + Math.floor(uniform() * (hi - lo + 1));
  const m = 1 + uniform();
  const s = signed && uniform() < 0.5 ? -1 : 1;
  return s * m * 2 ** e;
};

const specials = [
  0, -0, Infinity, -Infinity, NaN, 1, -1, 0.5, -0.5, 2, -2, 3, 10, -10,
  Number.MIN_VALUE, -Number.MIN_VALUE, 2 ** -1074 * 12345, -(2 ** -1030), 2 ** -1022, ulps(2 ** -1022, -1),
  Number.MAX_VALUE, -Number.MAX_VALUE, 2 ** -28, 2 ** -27, 2 ** -29, 2 ** -54, 2 ** -55, 1e-300, -1e-300,
  Math.PI, -Math.PI, Math.E, Math.LN2, Math.SQRT2, Math.SQRT1_2, 1e10, 1e22, 1e300, -1e300, 2 ** 53, 2 ** 64,
  2 ** 1023, 1e-10, 0.1, 0.3, 0.75, 0.975, 22, 709, 710, 745, -745, 709.782712893384, 710.4758600739439,
];

// Multiples of π/2 and their close neighbours, where reduction cancels.
const nearPio2 = [];
for (const k of [1, 2, 3, 4, 5, 6, 7, 8, 16, 31, 32, 33, 100, 1000, 12345, 524288, 1 << 20, 1 << 27, 2 ** 40]) {
  const v = (k * Math.PI) / 2;
  for (const d of [-2, -1, 0, 1, 2]) {
    nearPio2.push(ulps(v, d), -ulps(v, d));
  }
}

const inputs = {
  sin: () => spread(-60, 1023),
  cos: () => spread(-60, 1023),
  tan: () => spread(-60, 1023),
  asin: () => spread(-40, 0),
  acos: () => spread(-40, 0),
  atan: () => spread(-60, 80),
  exp: () => (uniform() < 0.8 ? (uniform() * 2 - 1) * 746 : spread(-60, 10)),
  expm1: () => (uniform() < 0.8 ? (uniform() * 2 - 1) * 746 : spread(-60, 10)),
  log: () => spread(-1074, 1023, false),
  log1p: () => (uniform() < 0.6 ? spread(-60, 1, true) : spread(-60, 1023, false)),
  log2: () => spread(-1074, 1023, false),
  log10: () => spread(-1074, 1023, false),
  cbrt: () => spread(-1074, 1023),
  sinh: () => (uniform() < 0.8 ? (uniform() * 2 - 1) * 712 : spread(-60, 5)),
  cosh: () => (uniform() < 0.8 ? (uniform() * 2 - 1) * 712 : spread(-60, 5)),
  tanh: () => (uniform() < 0.8 ? (uniform() * 2 - 1) * 25 : spread(-60, 5)),
  asinh: () => spread(-60, 1023),
  acosh: () => (uniform() < 0.5 ? 1 + spread(-50, 2, false) : spread(0, 1023, false)),
  atanh: () => spread(-60, 0),
};
// An optional argument widens the sample for one-off checks.
const perFunction = Number(process.argv[2]) || 1150;
for (const [name, gen] of Object.entries(inputs)) {
  const fn = Math[name];
  const xs = [...specials, ...(['sin', 'cos', 'tan'].includes(name) ? nearPio2 : [])];
  while (xs.length < perFunction) xs.push(gen());
  for (const x of xs) console.log(name, hex(x), hex(fn(x)));
}

const binary = {
  atan2: () => [spread(-80, 80), spread(-80, 80)],
  pow: () => {
    const r = uniform();
    if (r < 0.3) return [spread(-20, 20, false), (uniform() * 2 - 1) * 50];
    if (r < 0.5) return [spread(-3, 3), Math.floor((uniform() * 2 - 1) * 200)];
    if (r < 0.7) return [1 + (uniform() * 2 - 1) * 2 ** -20, spread(20, 40)];
    return [spread(-1074, 1023, false), spread(-20, 12)];
  },
};
const pairSpecials = [];
for (const a of [0, -0, 1, -1, 2, -2, 0.5, -0.5, 3, -3, Infinity, -Infinity, NaN, Number.MIN_VALUE, 1e300]) {
  for (const b of [0, -0, 1, -1, 2, 3, 4, 0.5, -0.5, 1.5, -3, Infinity, -Infinity, NaN, 1e10, 2 ** 64]) {
    pairSpecials.push([a, b]);
  }
}
for (const [name, gen] of Object.entries(binary)) {
  const fn = Math[name];
  const pairs = [...pairSpecials];
  while (pairs.length < perFunction) pairs.push(gen());
  for (const [a, b] of pairs) console.log(name, hex(a), hex(b), hex(fn(a, b)));
}
