// ToPropertyKey: numbers, canonical numeric strings, objects as keys, and the order of key conversion.
const o = {};
o[1] = 'number one';
console.log(o['1'], o[1.0], o['1.0'], Object.keys(o).join());
o[1.5] = 'one and a half';
o[-0] = 'minus zero';
o[1e21] = 'big';
o[0.0000001] = 'tiny';
o[NaN] = 'nan';
o[Infinity] = 'inf';
o[null] = 'null';
o[undefined] = 'undefined';
o[true] = 'true';
console.log(Object.keys(o).join(' | '));
console.log(o['0'], o['1e+21'], o['1e-7'], o.NaN, o.null, o.undefined);

// Objects as keys use toString (or Symbol.toPrimitive with hint string).
const keyObj = { toString() { return 'fromToString'; }, valueOf() { return 'fromValueOf'; } };
o[keyObj] = 'object key';
console.log(Object.keys(o).includes('fromToString'));
const prim = { [Symbol.toPrimitive](hint) { return 'hint-' + hint; } };
o[prim] = 1;
console.log(Object.keys(o).filter(k => k.startsWith('hint')).join());
o[[1, 2]] = 'array key';
console.log(o['1,2']);
o[{}] = 'plain object key';
console.log(o['[object Object]']);

// A null base throws before the key is ever converted.
const order = [];
const trackedKey = { toString() { order.push('key converted'); return 'k'; } };
try {
  null[trackedKey];
} catch (e) {
  order.push(e.constructor.name);
}
console.log(order.join(', '));

// In assignment, the key object is converted only after the right-hand side is evaluated (as V8 and current ECMA-262 do).
const order2 = [];
const target = {};
target[{ toString() { order2.push('key'); return 'k'; } }] = (order2.push('value'), 1);
console.log(order2.join(', '));

// Arrays: only canonical numeric strings below 2**32-1 are indices.
const arr = [];
arr['2'] = 'a';
arr['02'] = 'b';
arr['3.0'] = 'c';
arr[4294967295] = 'd';
console.log(arr.length, Object.keys(arr).join());
arr[4294967294] = 'e';
console.log(arr.length);

// String indices.
const s = 'hello';
console.log(s[0], s['1'], s[-1], s[10], s['01'], s.at(-1));

// Keys that look like numbers in literals.
const lit = { 0x10: 'hex', 1_000: 'sep', '007': 'str', 0.1: 'frac' };
console.log(Object.keys(lit).join());

// Property access on primitives uses the wrapper prototype.
Number.prototype.double = function () { return this * 2; };
console.log((21).double(), 1.5.double());
delete Number.prototype.double;

// Computed member with side-effect order.
const steps = [];
const f = () => { steps.push('object'); return { m() { return 'method'; } }; };
const k = () => { steps.push('key'); return 'm'; };
console.log(f()[k()](), steps.join(' then '));
console.log(Object.keys({ [Symbol.iterator]: 1, [1n]: 'bigint key' }).join());
