// Numeric literal forms, numeric separators, and BigInt arithmetic.
console.log(1_000_000, 0b1010_1010, 0o7_7, 0xFF_FF, 1_0.0_1, 1e1_0);
console.log(0b11, 0o17, 0xff, 017, 019, .5e1, 5., 0.1 + 0.2);
console.log(Number('1_000'), parseInt('1_000'), Number('0b101'), Number('0o17'), Number('0x1F'));
for (const bad of ['1__0', '1_', '0_1', '0x_1', '1._5']) {
  try {
    eval(bad);
    console.log('parsed', bad);
  } catch (e) {
    console.log(e.constructor.name, bad);
  }
}

const big = 2n ** 100n;
console.log(big, typeof big);
console.log(big.toString(), big.toString(16), big.toString(36));
console.log(10n / 3n, -10n / 3n, 10n % 3n, -10n % 3n, 10n % -3n);
console.log(5n - 8n, 3n * -4n, -(-5n), 0n === -0n);
console.log(1n << 70n, (1n << 70n) >> 69n, -9n >> 1n);
console.log(0b1100n & 0b1010n, 0b1100n | 0b1010n, 0b1100n ^ 0b1010n, ~5n, ~-1n);
console.log(-1n & 0xFFn, -256n | 15n);
console.log(1_000n * 1_000n);
console.log(BigInt(123), BigInt('0x1f'), BigInt('  42  '), BigInt(true), BigInt(Number.MAX_SAFE_INTEGER) + 2n);
console.log(BigInt.asUintN(8, 257n), BigInt.asIntN(8, 255n), BigInt.asUintN(64, -1n), BigInt.asIntN(64, 2n ** 63n));

for (const [label, fn] of [
  ['mix', () => 1n + 1],
  ['div zero', () => 1n / 0n],
  ['mod zero', () => 1n % 0n],
  ['fraction', () => BigInt(1.5)],
  ['bad string', () => BigInt('1.5')],
  ['unsigned shift', () => 1n >>> 1n],
  ['unary plus', () => +1n],
  ['Math', () => Math.max(1n)],
  ['new', () => new BigInt(1)],
  ['symbol', () => BigInt(Symbol())],
]) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.constructor.name, e.message);
  }
}

try {
  2n ** -1n;
} catch (e) {
  console.log('negative exponent', e.constructor.name);
}

// Comparisons between BigInt and Number are mathematically exact.
console.log(1n == 1, 1n === 1, 2n > 1, 1n < 1.5, 2n ** 64n > 2 ** 64, 2n ** 53n + 1n == 2 ** 53 + 1);
console.log(1n == '1', 10n > '9', 0n == '', 1n < 'x', NaN < 1n);
console.log([3n, 1, 2n, -1n, 0].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join());
console.log(0n ? 'truthy' : 'falsy', !0n, !!1n, 0n || 'or');
console.log(`${10n}`, 10n + '', String(10n), Number(2n ** 64n), parseInt('12n'));
console.log(typeof Object(1n), Object(1n) + 1n, 5n.toLocaleString === undefined);
let counter = 0n;
counter++;
counter += 10n;
counter **= 2n;
console.log(counter);
console.log((123456789012345678901234567890n * 987654321098765432109876543210n).toString());
console.log(-(2n ** 127n) / 7n);
console.log(BigInt.prototype[Symbol.toStringTag], Object.prototype.toString.call(1n));
console.log(JSON.stringify({ n: 1 }), (() => { try { return JSON.stringify({ n: 1n }); } catch (e) { return e.message; } })());
