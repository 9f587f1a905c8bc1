// obj[key] and obj[key] = v with computed keys run through inline caches
// keyed by (key, shape): one site sees one symbol, one site sees several
// string keys, and receivers of every kind must still get their semantics.
const kState = Symbol('kState');
const kOther = Symbol('kOther');

function read(o, k) { 'use strict'; return o[k]; }
function write(o, k, v) { 'use strict'; o[k] = v; }

// A site that sees one symbol on objects of a few shapes, own and inherited.
class Base { constructor() { this[kState] = 1; } }
class Derived extends Base { constructor() { super(); this.extra = 2; } }
const proto = { [kState]: 'from proto' };
const inherits = Object.create(proto);
const deep = Object.create(Object.create(Object.create(proto)));
const objs = [new Base(), new Derived(), inherits, deep, {}, { [kState]: 'own' }];
for (let round = 0; round < 3; round++) {
  console.log(objs.map((o) => String(read(o, kState))).join(' '));
}

// The prototype changes under a cached inherited read.
proto[kState] = 'changed';
console.log(read(inherits, kState), read(deep, kState));
Object.defineProperty(proto, kState, { get() { return 'getter on ' + (this === inherits ? 'inherits' : 'other'); }, configurable: true });
console.log(read(inherits, kState), read(deep, kState));
delete proto[kState];
console.log(read(inherits, kState), read(deep, kState));
Object.setPrototypeOf(inherits, { [kState]: 'new proto' });
console.log(read(inherits, kState));

// Symbol-keyed accessors on prototypes: reads call the getter, writes the setter.
const log = [];
class Stream {
  get [kOther]() { log.push('get'); return this._v; }
  set [kOther](v) { log.push('set ' + v); this._v = v; }
}
const s = new Stream();
for (let i = 0; i < 3; i++) { write(s, kOther, i); read(s, kOther); }
console.log(log.join(','), Object.getOwnPropertySymbols(s).length);

// Writes: a store to an existing slot, an add, a read-only property, frozen objects.
const w = {};
for (let i = 0; i < 3; i++) write(w, kState, i);
console.log(w[kState], Object.getOwnPropertySymbols(w).length);
const frozen = Object.freeze({ [kState]: 'frozen' });
try { write(frozen, kState, 'x'); } catch (e) { console.log(e.constructor.name, e.message); }
try { write(Object.freeze({}), kState, 'x'); } catch (e) { console.log(e.constructor.name, e.message); }
const ro = Object.defineProperty({}, kState, { value: 'ro', writable: false });
try { write(ro, kState, 'x'); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(frozen[kState], ro[kState]);
const roProto = Object.create(Object.defineProperty({}, 'name', { value: 'fixed' }));
try { write(roProto, 'name', 'x'); } catch (e) { console.log(e.constructor.name, e.message); }
const sealed = Object.seal({ a: 1 });
write(sealed, 'a', 2);
try { write(sealed, 'b', 3); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(JSON.stringify(sealed));
(function sloppy() { // no 'use strict': failed stores are silent
  const f = Object.freeze({ a: 1 });
  const o = {};
  for (const k of ['a', 'b']) { f[k] = 9; o[k] = 9; }
  console.log(JSON.stringify(f), JSON.stringify(o));
})();

// A site that sees many string keys on the same objects.
const rec = { alpha: 1, beta: 2, gamma: 3, delta: 4 };
const keys = Object.keys(rec);
let sum = 0;
for (let i = 0; i < 50; i++) for (const k of keys) sum += read(rec, k);
console.log(sum);
const copy = {};
for (const k of keys) write(copy, k, rec[k] * 10);
console.log(JSON.stringify(copy));
// Keys built at run time (not atoms) name the same properties.
console.log(read(rec, 'al' + 'pha'), read(rec, ['gam', 'ma'].join('')));
write(copy, 'be' + 'ta', 'built');
console.log(copy.beta);

// Index-like strings are elements; other numeric strings are names.
const arr = [10, 20, 30];
console.log(read(arr, '1'), read(arr, 1), read(arr, 'length'), read(arr, '01'), read(arr, '-0'));
write(arr, '3', 40);
write(arr, 'length', 2);
console.log(JSON.stringify(arr), arr.length);
arr[kState] = 'sym on array';
console.log(read(arr, kState));

// Typed arrays: canonical numeric strings are never properties.
const ta = new Uint8Array(4);
for (const k of ['1', '-0', '1.5', 'foo', '4']) write(ta, k, 7);
console.log(Array.from(ta).join(), ta.foo, read(ta, '-0'), read(ta, '1.5'), Object.keys(ta).join());

// Strings and primitives as receivers.
console.log(read('abc', 'length'), read('abc', '1'), read(5, 'toFixed') === Number.prototype.toFixed);
console.log(read(kState, 'description'));
try { read(undefined, kState); } catch (e) { console.log(e.constructor.name, e.message); }
try { write(null, 'x', 1); } catch (e) { console.log(e.constructor.name, e.message); }

// Proxies see every get and set with the right key.
const trapLog = [];
const px = new Proxy({}, {
  get(t, k, r) { trapLog.push('get ' + String(k)); return Reflect.get(t, k, r); },
  set(t, k, v, r) { trapLog.push('set ' + String(k)); return Reflect.set(t, k, v, r); },
});
for (let i = 0; i < 2; i++) { write(px, kState, i); read(px, kState); write(px, 'name', i); read(px, 'name'); }
console.log(trapLog.join(', '));
// A plain object and a proxy at the same site.
console.log(read({ [kState]: 'plain' }, kState), read(px, kState), read({ [kState]: 'plain2' }, kState));

// Objects keys go through ToPropertyKey once per access.
let conversions = 0;
const keyObj = { toString() { conversions++; return 'alpha'; } };
console.log(read(rec, keyObj), read(rec, keyObj), conversions);

// Dictionary-mode objects (after delete) and many shapes at one site.
const dict = { a: 1, b: 2, [kState]: 'dict' };
delete dict.a;
for (let i = 0; i < 3; i++) console.log(read(dict, kState), read(dict, 'b'));
const many = [];
for (let i = 0; i < 12; i++) { const o = { ['p' + i]: i }; o[kState] = i; many.push(o); }
console.log(many.map((o) => read(o, kState)).join(' '));
many.forEach((o, i) => write(o, kState, -i));
console.log(many.map((o) => read(o, kState)).join(' '));

// Functions and class statics with symbol keys.
function fn() {}
write(fn, kState, 'on fn');
class WithStatic { static [kState] = 'static'; }
console.log(read(fn, kState), read(WithStatic, kState), read(class extends WithStatic {}, kState));

// __proto__ through a computed key is the accessor, not an own property.
const pobj = {};
write(pobj, '__proto__', proto);
console.log(Object.getPrototypeOf(pobj) === proto, Object.keys(pobj).length);

// Map and other built-ins with symbol-keyed methods.
const m = new Map([[1, 2]]);
console.log(typeof read(m, Symbol.iterator), read(m, Symbol.toStringTag), read([], Symbol.iterator) === Array.prototype.values);

// A site that sees a few keys, then more than it keeps caches for, with
// properties changing between reads.
const wide = { k0: 0, k1: 1, k2: 2, k3: 3, k4: 4, k5: 5, [kState]: 's' };
const wideKeys = [...Object.keys(wide), kState, 'missing'];
for (const n of [2, 4, wideKeys.length]) {
  const seen = [];
  for (let r = 0; r < 3; r++) for (const k of wideKeys.slice(0, n)) seen.push(String(read(wide, k)));
  console.log(n, seen.join(''));
}
delete wide.k1;
wide.k2 = 'two';
Object.setPrototypeOf(wide, { missing: 'inherited' });
console.log(wideKeys.map((k) => String(read(wide, k))).join(' '));
const target = {};
for (let r = 0; r < 2; r++) for (const k of wideKeys) write(target, k, r);
console.log(JSON.stringify(target), target[kState]);
