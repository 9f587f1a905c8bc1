// Property reads whose sites cache getters (own, on the prototype, further
// up the chain), array lengths and typed arrays' named properties, checked
// after every change a cache relies on.
function read(o) { return o.x; }
function len(o) { return o.length; }

class Base { get x() { return 'base getter of ' + this.tag; } }
class Mid extends Base {}
class Leaf extends Mid {}
const objs = [new Base(), new Mid(), new Leaf(), { get x() { return 'own getter'; } }];
objs.forEach((o, i) => { o.tag = 't' + i; });
for (let round = 0; round < 3; round++) console.log(objs.map(read).join(' | '));

// The getter redefined, then made a data property, then deleted.
Object.defineProperty(Base.prototype, 'x', { get() { return 'redefined ' + this.tag; }, configurable: true });
console.log(objs.map(read).join(' | '));
Object.defineProperty(Base.prototype, 'x', { value: 'data now', configurable: true, writable: true });
console.log(objs.map(read).join(' | '));
Object.defineProperty(Base.prototype, 'x', { get() { return 'getter again'; }, configurable: true });
console.log(objs.map(read).join(' | '));
delete Base.prototype.x;
console.log(objs.map(read).join(' | '));
// Shadowed on a middle prototype, then the chain changed.
Object.defineProperty(Mid.prototype, 'x', { get() { return 'mid getter'; }, configurable: true });
console.log(objs.map(read).join(' | '));
Object.setPrototypeOf(Leaf.prototype, { get x() { return 'new proto getter'; } });
console.log(objs.map(read).join(' | '));
Object.setPrototypeOf(objs[2], Base.prototype);
console.log(objs.map(read).join(' | '));
// A getter-only accessor with no getter; a setter-only one.
Object.defineProperty(objs[3], 'x', { set(v) {}, configurable: true });
console.log(String(read(objs[3])));
// A getter that throws, and one that changes its own holder.
let n = 0;
const selfish = { get x() { n++; if (n === 2) Object.defineProperty(this, 'x', { value: 'became data' }); if (n === 4) throw new Error('getter threw'); return 'call ' + n; } };
for (let i = 0; i < 4; i++) { try { console.log(read(selfish)); } catch (e) { console.log(e.message); } }

// Getters on primitives' prototypes, read through a polymorphic site.
Object.defineProperty(String.prototype, 'x', { get() { return 'string getter ' + this.length; }, configurable: true });
Object.defineProperty(Number.prototype, 'x', { get() { return 'number getter ' + typeof this; }, configurable: true });
for (let i = 0; i < 2; i++) console.log([read('abc'), read(7), read(objs[0]), read({ x: 1 }), read(objs[3])].map(String).join(' | '));
delete String.prototype.x;
console.log(String(read('abc')));

// A megamorphic site: many receiver shapes, each with a getter somewhere.
const many = [];
for (let i = 0; i < 12; i++) {
  const proto = { ['p' + i]: i };
  Object.defineProperty(proto, 'x', { get() { return 'mega ' + i + ' ' + this.own; }, configurable: true });
  const o = Object.create(proto);
  o.own = i;
  many.push(o);
}
for (let round = 0; round < 2; round++) console.log(many.map(read).join(','));
Object.defineProperty(Object.getPrototypeOf(many[5]), 'x', { value: 'five is data', configurable: true });
console.log(many.map(read).join(','));

// Array length at a site that also sees strings, typed arrays and objects.
const arr = [1, 2, 3];
const things = [arr, 'four', new Uint8Array(5), { length: 'own' }, Buffer.from('sixsix'), new Float64Array(new ArrayBuffer(64), 8, 3)];
for (let round = 0; round < 2; round++) console.log(things.map(len).join(' '));
arr.push(4); arr.length = 10; things[2] = new Uint8Array(1);
console.log(things.map(len).join(' '));
arr.length = 0;
console.log(things.map(len).join(' '));
// Typed-array length, byteLength, byteOffset after detach and resize; a
// Buffer's own and inherited named properties; an own length on a typed array.
const rab = new ArrayBuffer(8, { maxByteLength: 16 });
const ta = new Uint16Array(rab);
function info(t) { return [t.length, t.byteLength, t.byteOffset, t.buffer === rab].join('/'); }
console.log(info(ta), info(ta));
rab.resize(16);
console.log(info(ta));
structuredClone(rab, { transfer: [rab] });
console.log(info(ta));
const own = new Int8Array(2);
Object.defineProperty(own, 'length', { value: 'shadowed' });
console.log(len(own), len(new Int8Array(3)));
Object.defineProperty(Object.getPrototypeOf(Int8Array.prototype), 'length', { get() { return 'patched'; }, configurable: true });
console.log(len(new Int8Array(3)), len(Buffer.alloc(2)));
