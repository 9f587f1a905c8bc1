// Transcendental Math functions. ECMA-262 leaves their precision to the implementation, so these outputs pin V8's
// (fdlibm-derived) results; special values (±0, ±Infinity, NaN, domain edges) are exact in the spec.
const show = (v) => (Object.is(v, -0) ? '-0' : String(v));
const inputs = [0, -0, 1, -1, 0.5, -0.5, 2, Infinity, -Infinity, NaN];
for (const fn of ['cbrt', 'exp', 'expm1', 'log', 'log1p', 'log2', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh']) {
  console.log(fn.padEnd(6), inputs.map((x) => show(Math[fn](x))).join(' '));
}
console.log(Math.sin(Math.PI), Math.cos(Math.PI / 2), Math.tan(Math.PI / 4), Math.exp(1) === Math.E, Math.log(10) === Math.LN10);
console.log(Math.sin(1e10), Math.cos(1e22), Math.exp(709), Math.exp(710), Math.log(Number.MIN_VALUE), Math.pow(10, -5), 10 ** 21);
console.log(Math.atan2(1, 2), Math.atan2(-1, -2), Math.hypot(1, 1), Math.cbrt(1e-300), Math.expm1(1e-10), Math.log1p(1e-10));
