// v8.queryObjects counts the live objects inheriting from a prototype (the
// order of the summary is the heap's: sorted here), and the validation of
// it and of setHeapSnapshotNearHeapLimit.
const v8 = require('v8');
class A { constructor() { this.x = { y: { z: 1 } }; } }
class B extends A {}
const keep = [new A(), new A(), new B()];
console.log(v8.queryObjects(A), v8.queryObjects(B), v8.queryObjects(A, { format: 'summary' }).sort());
const px = new Proxy(new B(), {});
console.log(v8.queryObjects(B));
for (const bad of [[1], [A, 1], [A, { format: 'x' }]]) {
  try { v8.queryObjects(...bad); } catch (e) { console.log(e.code, e.message); }
}
for (const x of ['a', 1.5, 0, 2 ** 32]) {
  try { v8.setHeapSnapshotNearHeapLimit(x); } catch (e) { console.log(e.code, e.message); }
}
v8.setHeapSnapshotNearHeapLimit(1);
keep.length = 0;
