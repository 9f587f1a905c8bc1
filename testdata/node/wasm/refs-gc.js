// An externref value stays alive while wasm holds it (a table slot, a global, a local or argument on the stack of
// a running function) and is let go once nothing there does: a long-running program passing objects through
// wasm-bindgen code must not keep every one of them. On refs.wasm (see refs.js).
const fs = require('fs');
const path = require('path');

// churn makes a little garbage and passes a loop's back edge, where Kiln can collect (under GC stress it does, at
// every one: stdlib's TestWasmReferencesUnderGC).
const churn = () => {
  let a = [];
  for (let i = 0; i < 3; i++) a.push({ i });
  return a.length;
};
const shared = new WebAssembly.Table({ element: 'externref', initial: 2 });
const mod = new WebAssembly.Module(fs.readFileSync(path.join(__dirname, 'refs.wasm')));
const { exports: x } = new WebAssembly.Instance(mod, { env: { echo: (v) => (churn(), v), shared } });
const g = new WebAssembly.Global({ value: 'externref', mutable: true });
const t = new WebAssembly.Table({ element: 'externref', initial: 4 });

const big = (i) => ({ i, data: new Array(12500).fill(i) });
const kept = [0, 1, 2, 3].map((i) => ({ kept: i }));
kept.forEach((o, i) => t.set(i, o));
shared.set(0, kept[0]);
x.store(0, kept[1]);
let last;
let through = 0;
for (let i = 0; i < 400; i++) {
  last = big(i);
  if (x.roundtrip(last) === last) through++;
  x.store(1, last);
  g.value = last;
  x.keepIt(last);
  t.set(3, i % 2 ? last : kept[3]);
}
console.log('through', through);
console.log('kept', [0, 1, 2].every((i) => t.get(i) === kept[i]), t.get(3) === kept[3], x.sharedGet(0) === kept[0], x.load(0) === kept[1]);
console.log('last', x.load(1) === last, g.value === last, x.keep.value === last);

// A number argument's valueOf runs JavaScript after the references are read: they must survive it.
const a = { a: 1 };
const b = { b: 2 };
const index = (k) => ({ valueOf: () => (churn(), k) });
console.log('pick', x.pick(a, b, index(1)) === a, x.pick(a, b, index(0)) === b, x.pick(a, null, index(0)));

const used = process.memoryUsage().heapUsed;
console.log('bounded', used < 30 * 1024 * 1024);
