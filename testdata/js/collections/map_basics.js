// Map: key equality (SameValueZero), insertion order, chaining, size, and keys of every type.
const m = new Map();
console.log(m.set('a', 1) === m, m.size);
const objKey = {};
const fnKey = () => {};
const symKey = Symbol('s');
m.set(objKey, 'object').set(fnKey, 'function').set(symKey, 'symbol').set(1, 'number one').set('1', 'string one');
m.set(NaN, 'nan').set(0, 'zero').set(null, 'null').set(undefined, 'undefined').set(true, 'true').set(1n, 'bigint');
console.log(m.size, m.get(objKey), m.get({}), m.get(fnKey), m.get(symKey), m.get(1), m.get('1'), m.get(1n));
console.log(m.get(NaN), m.get(0 / 0), m.get(-0), m.get(+0), m.get(null), m.get(undefined), m.get(), m.has(undefined));

// -0 keys are normalised to +0.
const z = new Map([[-0, 'neg zero']]);
console.log(Object.is([...z.keys()][0], 0), z.get(0));

// Updating a key keeps its position; delete+set moves it to the end.
const order = new Map([['x', 1], ['y', 2], ['z', 3]]);
order.set('x', 10);
console.log([...order.keys()].join(), order.get('x'));
order.delete('x');
order.set('x', 100);
console.log([...order.keys()].join());

// delete/has/clear return values.
console.log(order.delete('y'), order.delete('y'), order.has('z'), order.clear(), order.size);

// Iteration forms.
const it = new Map([[1, 'one'], [2, 'two']]);
console.log(JSON.stringify([...it]), JSON.stringify([...it.keys()]), JSON.stringify([...it.values()]), JSON.stringify([...it.entries()]));
const each = [];
it.forEach(function (v, k, map) { each.push(`${k}=${v}:${map === it}:${this.tag}`); }, { tag: 'T' });
console.log(each.join(' '));
console.log(Map.prototype.entries === Map.prototype[Symbol.iterator], Map.prototype.keys !== Map.prototype.values);

// Objects as keys are by identity.
const a1 = [1];
const a2 = [1];
const byRef = new Map([[a1, 'first'], [a2, 'second']]);
console.log(byRef.size, byRef.get(a1), byRef.get(a2), byRef.get([1]));

// Map vs object: keys are not stringified.
const o = {};
o[1] = 'a';
o['1'] = 'b';
const mm = new Map([[1, 'a'], ['1', 'b']]);
console.log(Object.keys(o).length, mm.size);

// Properties on a Map are not entries.
const withProp = new Map();
withProp.foo = 'bar';
console.log(withProp.size, withProp.get('foo'), Object.keys(withProp).join());

// size is an accessor on the prototype.
const sd = Object.getOwnPropertyDescriptor(Map.prototype, 'size');
console.log(typeof sd.get, sd.set, Object.hasOwn(m, 'size'));
try {
  sd.get.call({});
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  Map();
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(Object.getOwnPropertyNames(Map.prototype).sort().join());
