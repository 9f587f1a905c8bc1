// Property caches where sibling classes' instances share a shape (the same
// fields in the same order) but not a prototype, at sites that see one,
// a few and many receiver kinds, and after the prototypes change under them.
'use strict';
class Base { kind() { return 'base'; } get tag() { return 'B'; } }
const classes = [];
for (const name of ['A', 'B', 'C', 'D', 'E', 'F', 'G']) {
  const C = class extends Base { constructor(x) { super(); this.x = x; } };
  C.prototype.kind = function () { return name + this.x; };
  classes.push(C);
}
class Plain { constructor(x) { this.x = x; } kind() { return 'plain' + this.x; } }
const objs = classes.map((C, i) => new C(i));
objs.push(new Plain(9), { x: 10, kind() { return 'literal'; } }, Object.create(new Plain(11)));

function kinds(list) { return list.map(o => o.kind()).join(','); }
function tags(list) { return list.map(o => o.tag).join(','); }
const out = [];
for (let round = 0; round < 3; round++) {
  out.push(kinds(objs.slice(0, 1)), kinds(objs.slice(0, 3)), kinds(objs));
  out.push(tags(objs.slice(0, 7)));
}
console.log(out.join('\n'));

// Changing a prototype under warm caches.
classes[2].prototype.kind = function () { return 'changed'; };
delete classes[3].prototype.kind;
Base.prototype.kind = function () { return 'newbase'; };
Object.defineProperty(Base.prototype, 'tag', { get() { return 'T'; } });
console.log(kinds(objs));
console.log(tags(objs.slice(0, 7)));
Object.setPrototypeOf(objs[0], Plain.prototype);
Object.setPrototypeOf(objs[1], null);
console.log(objs.map(o => typeof o.kind).join(','));
console.log(kinds(objs.slice(2)));
objs[4].kind = () => 'own';
console.log(kinds(objs.slice(2)));

// A megamorphic site reading fields from records of many layouts.
const recs = [];
for (let i = 0; i < 12; i++) {
  const r = {};
  for (let j = 0; j <= i; j++) r['f' + ((i + j) % 12)] = j;
  r.v = i;
  recs.push(r);
}
let sum = 0;
for (let k = 0; k < 50; k++) for (const r of recs) sum += r.v + (r.f3 ?? 100);
console.log(sum);
