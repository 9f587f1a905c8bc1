// Reads of keys no object on the chain has, cached as absent, then the key
// added on each object of the chain (receiver, each prototype, the end of
// the chain, a dictionary prototype), prototypes replaced, null-prototype
// receivers, exotic receivers sharing a plain object's shape, a megamorphic
// site and primitives.
class A {}
class B extends A {}
class C extends B {}
class D extends C {}
class E extends D {}
const objs = [new E(), new C(), {}, Object.create(null), Object.create(Object.create(null))];
const read = (o) => o.missing;
const out = [];
const step = (label) => {
  for (let i = 0; i < 3; i++) objs.forEach(read);
  out.push(label + ': ' + objs.map((o) => String(read(o))).join(','));
};
step('initial');
for (const [name, P] of [['E', E.prototype], ['C', C.prototype], ['A', A.prototype], ['Object', Object.prototype]]) {
  P.missing = name;
  step('on ' + name);
  delete P.missing;
  step('deleted from ' + name);
}
objs[0].missing = 'own';
step('own');
delete objs[0].missing;
step('own deleted');
Object.defineProperty(B.prototype, 'missing', { get() { return 'getter on B for ' + this.constructor.name; }, configurable: true });
step('getter on B');
delete B.prototype.missing;
step('getter removed');
Object.setPrototypeOf(objs[3], { missing: 'new proto' });
step('null-proto receiver reparented');
Object.getPrototypeOf(objs[4]).missing = 'end of chain';
step('end of a null chain');
// A dictionary prototype: many properties, then one deleted.
const dict = {};
for (let i = 0; i < 200; i++) dict['k' + i] = i;
delete dict.k0;
Object.setPrototypeOf(D.prototype, dict);
step('dictionary under D');
dict.missing = 'in dictionary';
step('added to dictionary');
delete dict.missing;
step('deleted from dictionary');
// Exotic objects with a plain object's prototype.
const s = Object.setPrototypeOf(new String('ab'), Object.prototype);
const args = (function () { return arguments; })(1, 2);
const readLen = (o) => o.length;
for (let i = 0; i < 3; i++) { readLen({}); readLen(Object.create(Object.prototype)); }
out.push('exotic: ' + [readLen({}), readLen(s), readLen(args), readLen(Object.setPrototypeOf(new Uint8Array(3), Object.prototype))].join(','));
// A megamorphic site.
const shapes = [];
for (let i = 0; i < 20; i++) shapes.push({ ['p' + i]: i });
const mega = (o) => o.absentKey;
for (let r = 0; r < 3; r++) shapes.forEach(mega);
Object.prototype.absentKey = 'late';
out.push('mega: ' + shapes.map(mega).slice(0, 3).join(','));
delete Object.prototype.absentKey;
out.push('mega deleted: ' + shapes.map(mega).slice(0, 3).join(','));
// Primitives.
const prim = (v) => v.nothing;
for (let i = 0; i < 3; i++) { prim(1); prim('s'); prim(true); }
Number.prototype.nothing = 'num'; String.prototype.nothing = 'str';
out.push('primitives: ' + [prim(1), prim('s'), prim(true), prim(Object.create(Number.prototype))].join(','));
console.log(out.join('\n'));
// Index keys at a name site live in elements, never in shapes.
const idx = ([...{ 0: v, 1: w, 3: y, length: z }]) => [v, w, y, z].join('/');
out.length = 0;
for (let i = 0; i < 3; i++) out.push(idx([7, 8, 9]));
const withProtoElems = Object.create([1, 2]);
const nullIdx = Object.create(null);
const readIdx = (o) => o[1];
for (let i = 0; i < 3; i++) { readIdx({}); readIdx(nullIdx); }
nullIdx[1] = 'elem';
out.push([readIdx({}), readIdx(withProtoElems), readIdx(nullIdx)].join(','));
console.log(out.join('\n'));
