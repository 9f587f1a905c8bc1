// Accessor properties: inherited getters/setters, receivers, shadowing, and setters without getters.
const proto = {
  _secret: 'proto secret',
  get secret() { return 'read ' + this._secret; },
  set secret(v) { this._secret = v.toUpperCase(); },
};
const child = Object.create(proto);
console.log(child.secret);
child.secret = 'mine';
console.log(Object.keys(child).join(), child._secret, proto._secret);
console.log(child.secret, proto.secret);

// Inherited data property that is read-only blocks assignment on the child.
const ro = Object.create(Object.defineProperty({}, 'fixed', { value: 'proto', writable: false }));
ro.fixed = 'child';
console.log(ro.fixed, Object.keys(ro).length);

// Setter only: reading gives undefined.
const setOnly = { set v(x) { this.stored = x; } };
setOnly.v = 1;
console.log(setOnly.v, setOnly.stored);

// Getter only: assignment silently ignored in sloppy mode.
const getOnly = { get v() { return 'fixed'; } };
getOnly.v = 'changed';
console.log(getOnly.v);

// Receiver for a getter found deep in the chain is the original object.
const deep = Object.create(Object.create({ get who() { return this.name; } }));
deep.name = 'deep';
console.log(deep.who);

// Primitive receivers: getters on String.prototype see the primitive in strict mode.
Object.defineProperty(String.prototype, 'kind', {
  get() { 'use strict'; return typeof this; },
  configurable: true,
});
console.log('abc'.kind);
delete String.prototype.kind;

// Reflect.get/set with an explicit receiver.
const target = { get g() { return this.tag; }, set s(v) { this.tag = v; } };
const receiver = { tag: 'receiver' };
console.log(Reflect.get(target, 'g', receiver));
Reflect.set(target, 's', 'set through', receiver);
console.log(receiver.tag, target.tag);

// Lazy getter that replaces itself with a data property.
let computed = 0;
const lazy = {
  get value() {
    computed++;
    Object.defineProperty(this, 'value', { value: 'cached', writable: false });
    return 'first';
  },
};
console.log(lazy.value, lazy.value, lazy.value, computed);

// Getters are called with no arguments, setters with exactly one.
const counts = { get g() { return arguments.length; }, set s(v) { this.n = arguments.length; } };
counts.s = 1;
console.log(counts.g, counts.n);

// defineProperty-based accessors on a class prototype.
class Temperature {
  constructor(c) { this.c = c; }
}
Object.defineProperty(Temperature.prototype, 'f', {
  get() { return this.c * 9 / 5 + 32; },
  set(v) { this.c = (v - 32) * 5 / 9; },
});
const t = new Temperature(100);
console.log(t.f);
t.f = 32;
console.log(t.c);

// Accessors with symbols and numeric names.
const sym = Symbol('acc');
const odd = { get [sym]() { return 'symbol getter'; }, get 0() { return 'zero getter'; } };
console.log(odd[sym], odd[0], odd['0']);

// Getter throwing propagates.
const throwing = { get bad() { throw new Error('getter failed'); } };
try {
  throwing.bad;
} catch (e) {
  console.log(e.message);
}

// Accessor names.
const d = Object.getOwnPropertyDescriptor(proto, 'secret');
console.log(d.get.name, d.set.name, d.get.length, d.set.length);

// in and hasOwnProperty with accessors.
console.log('secret' in child, Object.prototype.hasOwnProperty.call(child, 'secret'));

// __defineGetter__ and __lookupGetter__ (Annex B).
const legacy = {};
legacy.__defineGetter__('old', () => 'legacy getter');
console.log(legacy.old, typeof legacy.__lookupGetter__('old'), legacy.__lookupSetter__('old'));
