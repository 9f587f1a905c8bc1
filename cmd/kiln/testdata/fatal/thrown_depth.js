// A thrown error or object prints at least five levels deep, whatever
// util.inspect.defaultOptions.depth says, and without custom inspection.
const util = require('util');
util.inspect.defaultOptions.depth = 0;
const e = new TypeError('deep');
e.stack = 'TypeError: deep';
e.detail = { a: { b: { c: { d: { e: { f: { g: 1 } } } } } } };
e[util.inspect.custom] = () => 'custom';
throw e;
