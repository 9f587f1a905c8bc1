// Relational comparison: string vs number, code-unit order, NaN, null/undefined, BigInt mixing, and evaluation order.
console.log('a' < 'b', 'B' < 'a', 'a' < 'B', 'abc' < 'abd', 'ab' < 'abc', '' < 'a', 'Z' < '[', '10' < '9', '10' < 9, '1e3' > 999);
console.log(null < 1, null <= 0, null >= 0, null == 0, undefined < 1, undefined >= 0, NaN < NaN, NaN >= NaN, [] < 1, [2] > 1, [1, 2] < 3);
console.log(1n < 2, 2n > 1.5, 1n <= '1', '2' > 1n, 'x' < 1n, 1n < NaN, 10n > 9.999999999999999, 9007199254740993n > 9007199254740992);
console.log('\u00e9' > 'z', '\uD83D\uDE00' > '\uFFFF', 'a\u0000' > 'a', Infinity > 1e308, -Infinity < -1e308, -0 < 0, 0 <= -0);
const order = [];
const L = { valueOf() { order.push('L'); return 1; } };
const R = { valueOf() { order.push('R'); return 2; } };
L < R; L > R; L <= R; L >= R;
console.log(order.join(''));
const objs = [{ valueOf: () => 3 }, { valueOf: () => 1 }, { valueOf: () => 2 }];
console.log(objs.sort((x, y) => x - y).map((o) => +o).join(), objs.sort((x, y) => (x < y ? -1 : 1)).map(Number).join());
console.log(['10', '9', '1', '100'].sort().join(), ['10', '9', '1', '100'].sort((a, b) => a - b).join());
console.log([3, 20, 100].sort().join(), Math.max('10', 9), Math.min([2], '3'));
