// Property reads cached per site (inline caches): sites that see several
// shapes, and methods found several prototypes up a class hierarchy, must
// see every change to the objects on the way, not a stale cached answer.
class Base { hello() { return 'base'; } get g() { return 'getter'; } }
Base.prototype.field = 'on base';
class Mid extends Base {}
class Leaf extends Mid {}
const read = (o) => [o.hello(), o.field, o.g];
const leaf = new Leaf();
const log = (label, o) => console.log(label, JSON.stringify(read(o)));
for (let i = 0; i < 3; i++) log('start', leaf);
Mid.prototype.hello = function () { return 'mid'; };
log('shadowed on Mid', leaf);
delete Mid.prototype.hello;
log('shadow deleted', leaf);
Base.prototype.hello = function () { return 'base 2'; };
log('base replaced', leaf);
Object.defineProperty(Base.prototype, 'field', { get() { return 'now a getter'; }, configurable: true });
log('field accessor', leaf);
Object.defineProperty(Base.prototype, 'field', { value: 'data again', writable: true, configurable: true });
log('field data', leaf);
class Other { hello() { return 'other'; } }
Object.setPrototypeOf(Mid.prototype, Other.prototype);
log('chain swapped', leaf);
Object.setPrototypeOf(Mid.prototype, Base.prototype);
leaf.hello = () => 'own';
log('own property', leaf);
// One site, many receiver shapes: past a few it gives up caching, and
// every answer stays right.
const shapes = [];
for (let k = 0; k < 8; k++) {
  const o = { ['k' + k]: k, v: k * 10 };
  shapes.push(o);
}
let sum = 0;
for (let r = 0; r < 50; r++) for (const o of shapes) sum += o.v;
console.log('polymorphic sum', sum);
shapes[3].v = 1000;
delete shapes[5].v;
sum = 0;
for (const o of shapes) sum += o.v === undefined ? -1 : o.v;
console.log('after changes', sum);
// A dictionary-mode prototype in the middle is never cached.
const dictProto = Object.create(Base.prototype);
for (let i = 0; i < 100; i++) dictProto['p' + i] = i;
for (let i = 0; i < 100; i++) delete dictProto['p' + i];
const viaDict = Object.create(dictProto);
for (let i = 0; i < 3; i++) console.log('dict', viaDict.hello());
dictProto.hello = () => 'dict own';
console.log('dict', viaDict.hello());
