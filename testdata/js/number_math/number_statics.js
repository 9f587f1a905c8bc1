// Number constants and predicates, global isNaN/isFinite coercion versus Number.isNaN/isFinite.
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.EPSILON, Number.MAX_VALUE, Number.MIN_VALUE);
console.log(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN, Number.EPSILON === 2 ** -52);
console.log(Number.MAX_SAFE_INTEGER + 1 === Number.MAX_SAFE_INTEGER + 2, Number.MIN_VALUE / 2, Number.MAX_VALUE * 2);

const vals = [0, -0, 1.5, 2 ** 53, 2 ** 53 - 1, -(2 ** 53 - 1), NaN, Infinity, '5', null, 1e300, 5.0, -3];
for (const v of vals) {
  console.log(String(v).padEnd(18), Number.isInteger(v), Number.isSafeInteger(v), Number.isFinite(v), Number.isNaN(v));
}
console.log(isNaN('abc'), Number.isNaN('abc'), isNaN(undefined), Number.isNaN(undefined), isNaN(''), isNaN(' '), isNaN([]), isNaN({}));
console.log(isFinite('12'), Number.isFinite('12'), isFinite(null), Number.isFinite(null), isFinite('Infinity'));
try {
  isNaN(Symbol());
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(Number.parseFloat === parseFloat, Number.parseInt === parseInt);

// Number() conversion.
console.log(Number(), Number(undefined), Number(null), Number(true), Number([]), Number(['7']), Number([1, 2]), Number({}), Number(new Date(5)));
console.log(Number(10n), Number(-(2n ** 64n)), Number(2n ** 1024n), Number('12abc'), Number('0x1g'));
try {
  Number(Symbol());
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// Wrapper objects.
const n = new Number(42);
console.log(typeof n, n + 1, n.valueOf(), n == 42, n === 42, JSON.stringify(n), JSON.stringify({ n }), Object.keys(n).length);
console.log(new Number(0) ? 'wrapper is truthy' : 'falsy');
try {
  Number.prototype.valueOf.call('1');
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(Object.getOwnPropertyNames(Number).sort().join());
console.log(Object.getOwnPropertyNames(Number.prototype).sort().join());
console.log((1234567.891).toLocaleString(), (0.5).toLocaleString(), (-1e21).toLocaleString(), NaN.toLocaleString());
