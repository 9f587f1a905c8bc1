// Own properties of the different kinds of function objects: prototype, caller/arguments, and their attributes.
const kinds = {
  sloppy: function () {},
  strict: function () { 'use strict'; },
  arrow: () => {},
  method: { m() {} }.m,
  generator: function* () {},
  async: async function () {},
  asyncGenerator: async function* () {},
  class: class {},
  bound: function () {}.bind(null),
  builtin: Math.max,
  builtinCtor: Map,
};
for (const [name, fn] of Object.entries(kinds)) {
  const own = Object.getOwnPropertyNames(fn).join(',');
  const proto = Object.getOwnPropertyDescriptor(fn, 'prototype');
  const pd = proto ? `prototype(w=${proto.writable},e=${proto.enumerable},c=${proto.configurable})` : 'no prototype';
  console.log(name.padEnd(15), own.padEnd(40), pd);
}
// Sloppy functions in V8 expose caller/arguments as own null-valued properties.
function outer() { return inner(); }
function inner() { return typeof inner.caller; }
console.log(kinds.sloppy.caller, kinds.sloppy.arguments, outer());
for (const name of ['strict', 'arrow', 'class']) {
  try {
    console.log(name, kinds[name].caller);
  } catch (e) {
    console.log(name, e.constructor.name, e.message);
  }
}
// The prototype object of an ordinary function has a non-enumerable constructor back-link.
const pc = Object.getOwnPropertyDescriptor(kinds.sloppy.prototype, 'constructor');
console.log(pc.value === kinds.sloppy, pc.enumerable, Object.keys(kinds.sloppy.prototype).length);
// Generator prototypes have no constructor property and inherit from %GeneratorPrototype%.
console.log(Object.hasOwn(kinds.generator.prototype, 'constructor'), Object.getPrototypeOf(kinds.generator.prototype) === Object.getPrototypeOf(function* () {}).prototype);
// Class prototype is non-writable; function prototype is writable.
kinds.class.prototype = {};
kinds.sloppy.prototype = { replaced: true };
console.log(Object.keys(kinds.class.prototype).length, kinds.sloppy.prototype.replaced);
// Functions are objects: properties, extensibility, and freezing.
const f = function () {};
f.counter = 0;
f.counter++;
Object.freeze(f);
f.counter = 100;
console.log(f.counter, Object.isFrozen(f), typeof f, f instanceof Object, Function.prototype.isPrototypeOf(f));
console.log(Object.getOwnPropertyNames(Function.prototype).sort().join());
