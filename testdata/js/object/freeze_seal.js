// Object.freeze / seal / preventExtensions and their predicates, on objects, arrays and primitives.
const f = Object.freeze({ a: 1, nested: { b: 2 } });
f.a = 2;
f.c = 3;
delete f.a;
f.nested.b = 'shallow';
console.log(JSON.stringify(f), Object.isFrozen(f), Object.isSealed(f), Object.isExtensible(f));

const s = Object.seal({ a: 1 });
s.a = 'writable';
s.b = 'not added';
delete s.a;
console.log(JSON.stringify(s), Object.isSealed(s), Object.isFrozen(s));

const p = Object.preventExtensions({ a: 1 });
p.b = 2;
delete p.a;
console.log(JSON.stringify(p), Object.isExtensible(p), Object.isSealed(p), Object.isFrozen(p));

// Empty non-extensible objects are both sealed and frozen.
const empty = Object.preventExtensions({});
console.log(Object.isSealed(empty), Object.isFrozen(empty));

// Accessors in a frozen object still run.
let hidden = 0;
const fa = Object.freeze({ get g() { return hidden; }, set g(v) { hidden = v; } });
fa.g = 5;
console.log(fa.g, Object.getOwnPropertyDescriptor(fa, 'g').configurable);

// Frozen array.
const arr = Object.freeze([1, 2, 3]);
for (const [label, fn] of [
  ['push', () => arr.push(4)],
  ['pop', () => arr.pop()],
  ['sort', () => arr.sort()],
  ['assign index', () => { 'use strict'; arr[0] = 9; }],
  ['length', () => { 'use strict'; arr.length = 0; }],
  ['map is fine', () => arr.map(x => x * 2).join()],
  ['toSorted is fine', () => arr.toSorted((a, b) => b - a).join()],
]) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.constructor.name, e.message);
  }
}
console.log(arr.join());

// Primitives: the predicates report frozen and the functions return the argument.
console.log(Object.isFrozen(1), Object.isSealed('s'), Object.isExtensible(1), Object.freeze(5), Object.seal('x'));

// Freezing doesn't affect the prototype.
const proto = { shared: 1 };
const child = Object.freeze(Object.create(proto));
proto.shared = 2;
console.log(child.shared);

// Inherited setter still runs even when the object is non-extensible.
const setterProto = { set v(x) { console.log('inherited setter got', x); } };
const ne = Object.preventExtensions(Object.create(setterProto));
ne.v = 'value';

// Strict mode errors.
(function () {
  'use strict';
  for (const [label, fn] of [
    ['add to frozen', () => { f.z = 1; }],
    ['delete from sealed', () => { delete s.a; }],
    ['write frozen', () => { f.a = 0; }],
    ['setPrototypeOf non-extensible', () => Object.setPrototypeOf(p, {})],
    ['same prototype is fine', () => Object.setPrototypeOf(p, Object.prototype) === p],
  ]) {
    try {
      console.log(label, fn());
    } catch (e) {
      console.log(label, e.constructor.name, e.message);
    }
  }
})();

// Freeze with symbols and non-enumerable properties.
const sym = Symbol('s');
const withSym = { [sym]: 1 };
Object.defineProperty(withSym, 'hidden', { value: 1, writable: true, configurable: true });
Object.freeze(withSym);
const d1 = Object.getOwnPropertyDescriptor(withSym, sym);
const d2 = Object.getOwnPropertyDescriptor(withSym, 'hidden');
console.log(d1.writable, d1.configurable, d2.writable, d2.configurable);

// Typed arrays with elements cannot be frozen.
try {
  Object.freeze(new Uint8Array(2));
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(Object.isFrozen(Object.freeze(new Uint8Array(0))));
