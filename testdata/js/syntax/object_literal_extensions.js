// Object literal extensions: shorthand, computed keys, methods, accessors, __proto__, duplicate keys.
const a = 1, b = 'two';
const short = { a, b };
console.log(JSON.stringify(short));

let i = 0;
const computed = { [`k${++i}`]: i, [`k${++i}`]: i, [1 + 1]: 'two', [Symbol.toStringTag]: 'Custom' };
console.log(JSON.stringify(computed), String(computed));

const methods = {
  m() { return 'method'; },
  *gen() { yield 1; },
  async am() { return 'async'; },
  get g() { return 'getter'; },
  set s(v) { this._s = v; },
  'quoted key'() { return 'quoted'; },
  123() { return 'numeric'; },
  [Symbol.iterator]: null,
};
console.log(methods.m(), [...methods.gen()].join(), methods.g, methods['quoted key'](), methods[123]());
methods.s = 5;
console.log(methods._s);
console.log(methods.m.name, methods['quoted key'].name, methods[123].name);
console.log(Object.getOwnPropertyDescriptor(methods, 'g').get.name);
console.log(typeof methods.m.prototype, typeof methods.gen.prototype);
try {
  new methods.m();
} catch (e) {
  console.log('method not constructor', e.constructor.name);
}

// __proto__ in literal sets the prototype; computed or shorthand does not.
const proto = { inherited: true };
const withProto = { __proto__: proto };
console.log(withProto.inherited, Object.getPrototypeOf(withProto) === proto, Object.keys(withProto).length);
const computedProto = { ['__proto__']: proto };
console.log(Object.getPrototypeOf(computedProto) === Object.prototype, Object.keys(computedProto).join());
const __proto__ = proto;
const shorthandProto = { __proto__ };
console.log(Object.getPrototypeOf(shorthandProto) === Object.prototype, Object.keys(shorthandProto).join());
const nullProto = { __proto__: null };
console.log(Object.getPrototypeOf(nullProto));
const ignored = { __proto__: 5 };
console.log(Object.getPrototypeOf(ignored) === Object.prototype);
try {
  eval('({ __proto__: 1, __proto__: 2 })');
} catch (e) {
  console.log('duplicate __proto__:', e.constructor.name);
}

// Duplicate keys: last wins, position stays at first definition.
const dup = { x: 1, y: 2, x: 3 };
console.log(JSON.stringify(dup));
const mixed = { get p() { return 'getter'; }, p: 'data' };
console.log(mixed.p, typeof Object.getOwnPropertyDescriptor(mixed, 'p').get);

// Computed keys are converted with ToPropertyKey once, in order.
const order = [];
const keyObj = { toString() { order.push('toString'); return 'tk'; } };
const viaObj = { [keyObj]: (order.push('value'), 1) };
console.log(order.join(), Object.keys(viaObj).join());

// Function names from computed keys, including symbols.
const s = Symbol('desc');
const named = { [s]() {}, [Symbol()]() {}, ['c' + 'k']: function () {}, anon: () => {} };
const syms = Object.getOwnPropertySymbols(named);
console.log(named[s].name, JSON.stringify(named[syms[1]].name), named.ck.name, named.anon.name);

// Numeric keys normalise.
const nums = { 1.0: 'a', 0x10: 'b', 1e3: 'c', .5: 'd', 1n: 'e' };
console.log(Object.keys(nums).join());

// super in object methods.
const base = { hello() { return 'base hello'; } };
const derived = { __proto__: base, hello() { return 'derived + ' + super.hello(); } };
console.log(derived.hello());

// Spread and accessors together.
const combined = { ...short, get sum() { return this.a + 1; } };
console.log(combined.sum);

// Trailing commas are allowed.
const trailing = { a: 1, };
console.log(Object.keys(trailing).length);
