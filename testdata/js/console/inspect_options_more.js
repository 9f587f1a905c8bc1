// util.inspect options beyond the defaults: getters as "get"/"set" (only
// getters without, or with, a setter are called), numericSeparator ("_"
// between digit groups, split at the point), and %s of a function or class
// (its source text, since typeof is not "object").
const util = require('util');
const o = { get a() { return 1; }, get b() { return 2; }, set b(v) {}, set c(v) {} };
for (const getters of [true, false, 'get', 'set']) console.log(getters, util.inspect(o, { getters }));
console.log(util.inspect([-0.5, -1234.5, 0.123456, 1e21, 1.5e-7, NaN, -Infinity, 123456.7891011, -12345678, -0, 0, 1234, 12n, -123456n], { numericSeparator: true }));
console.log(util.inspect({ a: 1000000, b: 1234.5678, c: -12345n, d: [123456789] }, { numericSeparator: true }));
console.log(util.format('%s|%s|%s', () => 1, class A {}, function named(a, b) { return a + b; }));
class Custom { [util.inspect.custom](depth, options) { return `getters=${options.getters} sep=${options.numericSeparator}`; } }
console.log(util.inspect(new Custom(), { getters: 'set', numericSeparator: true }));
