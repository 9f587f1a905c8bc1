// Reference types through the JS API, on refs.wasm (made from refs.wat with the wabt npm package 1.0.39,
// `npm install wabt && npx wat2wasm refs.wat -o refs.wasm` in a temp folder): externref values in and out of
// functions, tables and globals, funcref tables, globals and ref.func, and the table instructions. wasm-bindgen
// output (rollup's @rollup/wasm-node, @one-ini/wasm) holds its JavaScript objects in an externref table.
const fs = require('fs');
const path = require('path');

const show = (f) => {
  try {
    return f();
  } catch (e) {
    return `${e.constructor.name}: ${e.message}`;
  }
};
const obj = { name: 'obj' };
const seen = [];
const shared = new WebAssembly.Table({ element: 'externref', initial: 2 }, 'init');
const imports = { env: { echo: (v) => (seen.push(v), v), shared } };
const mod = new WebAssembly.Module(fs.readFileSync(path.join(__dirname, 'refs.wasm')));
console.log(WebAssembly.Module.imports(mod), WebAssembly.Module.exports(mod).map((e) => `${e.name}:${e.kind}`).join(' '));
const { exports: x } = new WebAssembly.Instance(mod, imports);

console.log('roundtrip', x.roundtrip(obj) === obj, x.roundtrip(undefined), x.roundtrip(null), x.roundtrip('s'), x.roundtrip(7), seen.length);
console.log('isNull', x.isNull(null), x.isNull(undefined), x.isNull(0), x.isNull(obj), x.nullRef());
console.log('refs', x.refs.length, x.refs.get(0), x.size());
x.store(1, obj);
console.log('store', x.refs.get(1) === obj, x.load(1) === obj, x.load(0), show(() => x.load(5)), show(() => x.store(2, 1)));
console.log('grow', x.grow('g', 3), x.size(), x.refs.length, x.load(4), x.grow(null, 100), x.size());
x.fill(0, 'f', 2);
console.log('fill', [0, 1, 2, 3, 4].map((i) => x.load(i)), show(() => x.fill(4, 'z', 5)));
x.refs.set(3, obj);
x.refs.set(4);
console.log('js side', x.load(3) === obj, x.load(4), x.refs.grow(1), x.refs.get(5), x.refs.length);
console.log('keep', x.keep.value, x.keepIt(obj), x.keep.value === obj, (x.keep.value = 5, x.keep.value));
console.log('pick', x.pick('a', 'b', 1), x.pick('a', 'b', 0));
console.log('shared', x.sharedGet(0), (shared.set(1, obj), x.sharedGet(1) === obj));

console.log('fn', x.fn.value === x.double, x.fn.value(21), x.squareRef()(9), x.squareRef() === x.squareRef());
console.log('more', x.more.length, x.more.get(0) === x.double, x.more.get(1), x.more.get(2)(5));
console.log('callMore', x.callMore(0, 4), x.callMore(2, 4), show(() => x.callMore(1, 4)), show(() => x.callMore(3, 4)));
x.initLater(1, 0, 2);
console.log('initLater', x.callMore(1, 4), x.callMore(2, 4), show(() => x.initLater(0, 1, 2)));
x.copyMore(0, 1, 2);
console.log('copyMore', x.callMore(0, 4), x.callMore(1, 4), show(() => x.copyMore(2, 0, 2)));
x.dropLater();
console.log('dropped', show(() => x.initLater(0, 0, 1)), show(() => x.initLater(0, 0, 0)), x.funcsSize());
x.more.set(1, x.squareRef());
console.log('set func', x.callMore(1, 6), show(() => x.more.set(0, () => 1)), show(() => x.more.set(0, obj)));

const t = new WebAssembly.Table({ element: 'externref', initial: 2 });
console.log('table', t.get(0), t.length, t.grow(1, obj), t.get(2) === obj, show(() => t.get(3)));
const g = new WebAssembly.Global({ value: 'externref', mutable: true });
const g2 = new WebAssembly.Global({ value: 'anyfunc', mutable: true });
console.log('globals', g.value, new WebAssembly.Global({ value: 'externref' }, obj).value === obj, g2.value, (g2.value = x.double, g2.value === x.double));
console.log(show(() => new WebAssembly.Instance(mod, { env: { echo: () => {}, shared: {} } })));
