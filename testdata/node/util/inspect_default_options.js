// util.inspect.defaultOptions changes what util.inspect, util.format and
// console.log print, whether its properties are assigned or the whole
// object is replaced; explicit options still win over it.
const util = require('util');
const deep = { a: { b: { c: { d: { e: { f: 1 } } } } } };
const long = Array.from({ length: 8 }, (_, i) => i);

console.log(deep);
util.inspect.defaultOptions.depth = 0;
console.log(deep);
console.log(util.inspect(deep));
console.log(util.format('%O', deep));
console.log(util.inspect(deep, { depth: 1 }));
util.inspect.defaultOptions.depth = null;
console.log(deep);
util.inspect.defaultOptions = { depth: 2, maxArrayLength: 3 };
console.log(long, deep);
console.log(util.inspect(long, { maxArrayLength: null }));
util.inspect.defaultOptions = { maxArrayLength: 100, breakLength: 20 };
console.log({ alpha: 1, beta: 2, gamma: 3 });
util.inspect.defaultOptions.breakLength = 80;
util.inspect.defaultOptions.compact = false;
console.log({ x: 1 });
util.inspect.defaultOptions.compact = 3;
util.inspect.defaultOptions.sorted = true;
console.log({ z: 1, a: 2 });
try {
  util.inspect.defaultOptions = null;
} catch (e) {
  console.log(e.code, e.message);
}
