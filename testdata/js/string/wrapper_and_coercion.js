// String() vs new String(), wrapper objects, string exotic index properties, and ToString of every type.
console.log(String(123), String(-0), String(1e21), String(0.000001), String(1e-7), String(null), String(undefined), String(true));
console.log(String([1, [2, 3]]), String({}), String(() => 1), String(Symbol('s')), String(10n), String([null]), String([undefined, 1]));
const w = new String('abc');
console.log(typeof w, w instanceof String, w.length, w[1], w == 'abc', w === 'abc', JSON.stringify(w), w.valueOf() === 'abc');
console.log(Object.keys(w).join(), Object.getOwnPropertyNames(w).join(), 2 in w, 3 in w);
w[1] = 'X';
w[5] = 'extra';
w.prop = 'p';
console.log(w.toString(), w[1], w[5], w.length, Object.keys(w).join());
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(w, '0')), JSON.stringify(Object.getOwnPropertyDescriptor(w, 'length')));

// Primitive strings don't keep properties.
const prim = 'abc';
prim.custom = 1;
console.log(prim.custom);

// String(symbol) works but implicit conversion fails.
try {
  'x' + Symbol('no');
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// ToString on objects: toString first, then valueOf; Symbol.toPrimitive wins.
const both = { toString() { return 'toString'; }, valueOf() { return 'valueOf'; } };
console.log(String(both), `${both}`, both + '', [both].join());
const onlyValueOf = { toString: undefined, valueOf() { return 'valueOf only'; } };
console.log(String(onlyValueOf));
const prim2 = { [Symbol.toPrimitive](hint) { return 'hint:' + hint; } };
console.log(String(prim2), `${prim2}`, prim2 + '', prim2 * 1);
const bad = { toString() { return {}; }, valueOf() { return {}; } };
try {
  String(bad);
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// String.prototype methods on the wrapper and on the prototype itself (which is a String object).
console.log(String.prototype.length, JSON.stringify(String.prototype.valueOf()), Object.prototype.toString.call(String.prototype));
try {
  String.prototype.toString.call({});
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// new String of a string with surrogates reports code units.
console.log(new String('😀').length, Object.keys(new String('😀')).join());

// String.length and name.
console.log(String.length, String.name, String.prototype.constructor === String);

// Comparisons.
console.log('a' < 'b', 'a' < 'B', 'abc' < 'abd', 'ab' < 'abc', '' < 'a', 'Z' < 'a', '10' < '2', new String('a') == new String('a'));
