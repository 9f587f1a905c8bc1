// The WebAssembly JS API on math.wasm (made from math.wat with the wabt npm package 1.0.39,
// `npm install wabt && npx wat2wasm math.wat -o math.wasm` in a temp folder).
const fs = require('fs');
const path = require('path');

const bytes = fs.readFileSync(path.join(__dirname, 'math.wasm'));
const logged = [];
const imports = { env: { log: (...args) => logged.push(args), base: 42 } };
const show = (f) => {
  try {
    return f();
  } catch (e) {
    return `${e.constructor.name}: ${e.message}`;
  }
};

const mod = new WebAssembly.Module(bytes);
console.log(WebAssembly.Module.imports(mod));
console.log(WebAssembly.Module.exports(mod).map((e) => `${e.name}:${e.kind}`).join(' '));
const { exports: x } = new WebAssembly.Instance(mod, imports);
console.log(Object.isFrozen(x), Object.getPrototypeOf(x), x.add.name, x.add.length);
console.log('start ran', x.counter.value, x.big.value, typeof x.big.value);
console.log('add', x.add(2, 3), x.add(0x7fffffff, 1), x.add('7', 1.9));
console.log('dispatch', x.dispatch(1, 10, 3), x.dispatch(2, 10, 3), show(() => x.dispatch(0, 1, 1)), show(() => x.dispatch(9, 1, 1)));
console.log('tbl', x.tbl.length, x.tbl.get(0), x.tbl.get(1) === x.add, typeof x.tbl.get(2));
console.log('fact', x.fact(20n), show(() => x.fact(5)));
console.log('sum', x.sum(100), 'classify', [0, 1, 2, 3, -1].map(x.classify));
console.log('divs', x.divs(-7, 2), show(() => x.divs(1, 0)), show(() => x.divs(-2147483648, -1)));
console.log('trunc', x.trunc(-3.9), show(() => x.trunc(NaN)), show(() => x.trunc(1e10)), 'sat', x.sat(1e10), x.sat(NaN));
console.log('load', x.load(16), show(() => x.load(65535)));
console.log(Buffer.from(x.mem.buffer, 16, 10).toString());
const before = x.mem.buffer;
console.log('grow', x.grow(1), before.byteLength, x.mem.buffer.byteLength, x.grow(5), x.mem.grow(1), show(() => x.mem.grow(5)));
console.log('crash', show(() => x.crash()));
console.log('floats', x.floats(2.5, 0), Object.is(x.floats(2.5, 0)[1], -0), 'swap', x.swap(1, 2n));
x.report();
console.log('log', logged);
console.log('ext', x.ext(255), x.ext(127));
x.fill(100, 65, 3);
console.log('fill', Buffer.from(x.mem.buffer, 99, 5));
console.log('rec', show(() => x.rec(0)));
x.counter.value = 7;
console.log('counter', x.counter.value, show(() => { x.big.value = 1n; }));
console.log(show(() => new WebAssembly.Instance(mod, {})));
console.log(show(() => new WebAssembly.Instance(mod, { env: { log: 1 } })));
console.log(show(() => new WebAssembly.Instance(mod)));
console.log(show(() => WebAssembly.Instance(mod, imports)));

WebAssembly.instantiate(bytes, imports).then(({ module: m, instance }) => {
  console.log('instantiate', m instanceof WebAssembly.Module, instance instanceof WebAssembly.Instance, instance.exports.sum(10));
  return WebAssembly.instantiate(m, imports);
}).then((instance) => {
  console.log('instantiate(module)', instance instanceof WebAssembly.Instance);
  return WebAssembly.compile(bytes.subarray(0, 20));
}).catch((e) => console.log('compile', e.name, e.message, e instanceof WebAssembly.CompileError));
