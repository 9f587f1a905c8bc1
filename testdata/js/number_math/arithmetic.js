// Floating-point arithmetic edge cases: precision, modulo signs, overflow/underflow, integer boundaries, and ++ on floats.
console.log(0.1 + 0.2, 0.1 + 0.2 === 0.3, Math.abs(0.3 - (0.1 + 0.2)) < Number.EPSILON, 0.1 * 3, 0.7 + 0.1, 1.1 * 1.1);
console.log(9007199254740992 + 1, 9007199254740992 + 2, 2 ** 53 + 1 === 2 ** 53, 2 ** 1023 * 2, 2 ** 1024, -(2 ** 1024));
console.log(5e-324 / 2, 5e-324 * 0.5, 2 ** -1074, 2 ** -1075, Number.MIN_VALUE * 1.5);
console.log(5 % 3, -5 % 3, 5 % -3, -5 % -3, 5.5 % 2, -5.5 % 2, 1 % Infinity, Infinity % 1, 0 % 5, 1e17 % 3);
console.log(Object.is(-0 % 5, -0), Object.is(-4 % 2, -0), Object.is(4 % -2, 0), 2 ** 53 % 2);
console.log(1 / 3 * 3, 2 / 3, 10 / 4, 7 / -2, -7 / 2, 0 / -5, Object.is(0 / -5, -0), Infinity - Infinity, Infinity * 0, Infinity / Infinity);
console.log(0.1 + 0.7, 3 * 1.1, 1e21 + 1, 123456789 * 987654321, 2 ** 31 * 2 ** 31, (2 ** 31) | 0);
console.log(1e16 + 1, 1e16 + 2, 4.35 * 100, 1.15 * 100, 8.675 * 100, 0.57 * 100);

let f = 0.1;
f++;
console.log(f, ++f, f--, f);
let big = 2 ** 53;
big++;
console.log(big === 2 ** 53);

// Unary minus and plus.
console.log(-(-0) === 0, Object.is(-(0), -0), +'-0', Object.is(+'-0', -0), -'', -[], -[5], -null, -undefined, -true);

// Integer-ish operations on large doubles.
console.log(Math.floor(1e21 / 3), (1e21 / 3) | 0, ~~(2 ** 32 + 1), (2 ** 53) >>> 0, -1 >>> 31, 1 << -1);

// Repeated addition accumulates error.
let sum = 0;
for (let i = 0; i < 10; i++) sum += 0.1;
console.log(sum, sum === 1);

// Number formatting after arithmetic.
console.log(100 * 1.1, 3 * 0.1, 0.3 / 0.1, 1 - 0.9, 4.1 - 4, 1.4 - 1);
console.log((1e-7).toString(), 1e-7 * 10, 1 / 1e7, 1e21 / 10, 1 / 0.000001);
