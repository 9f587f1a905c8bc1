// What wasm's catch_all does not catch, as V8 11.3 (node 20) decides: a trap, and the RuntimeError a trap made
// even when JavaScript rethrows it through wasm later, and a stack overflow, wasm's or JavaScript's, and its
// RangeError later. An error JavaScript makes with the same class and message is an ordinary exception that
// catch_all catches.
const u = (n) => { const b = []; do { let x = n & 0x7f; n >>>= 7; if (n) x |= 0x80; b.push(x); } while (n); return b; };
const str = (s) => [...u(s.length), ...Buffer.from(s)];
const vec = (items) => [...u(items.length), ...items.flat()];
const sec = (id, body) => [id, ...u(body.length), ...body];
const I32 = 0x7f;
// Funcs, all (i32)->i32: 0 h (import), 1 g(x) = try (result i32) call h(x) catch_all 42 end, 2 t(x) = unreachable,
// 3 deep(x) = try (result i32) call deep(x + 1) catch_all -1 end (recurses until the stack overflows).
const funcs = [
  [0x06, I32, 0x20, 0, 0x10, 0, 0x19, 0x41, 42, 0x0b],
  [0x00],
  [0x06, I32, 0x20, 0, 0x41, 1, 0x6a, 0x10, 3, 0x19, 0x41, 0x7f, 0x0b],
];
const bytes = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
  ...sec(1, vec([[0x60, 1, I32, 1, I32]])),
  ...sec(2, vec([[...str('env'), ...str('h'), 0, 0]])),
  ...sec(3, vec(funcs.map(() => [0]))),
  ...sec(7, vec([[...str('g'), 0, 1], [...str('t'), 0, 2], [...str('deep'), 0, 3]])),
  ...sec(10, vec(funcs.map((code) => { const body = [0, ...code, 0x0b]; return [...u(body.length), ...body]; }))),
]);
let h;
const x = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { h: (v) => h(v) } }).exports;
const run = (name, f) => {
  try { console.log(name, 'returned', f()); } catch (e) { console.log(name, 'threw', e.constructor.name, e.message); }
};
run('wasm stack overflow', () => x.deep(0));
let saved;
for (const [name, f] of [
  ['trap in nested wasm', () => x.t(0)],
  ['trap error rethrown later', () => { try { x.t(0); } catch (e) { saved = e; } throw saved; }],
  ['wasm overflow error rethrown', () => { try { x.deep(0); } catch (e) { saved = e; } throw saved; }],
  ['JS stack overflow', () => { const rec = () => rec(); rec(); }],
  ['JS stack overflow error rethrown', () => { const rec = () => rec(); try { rec(); } catch (e) { saved = e; } throw saved; }],
  ['new RuntimeError', () => { throw new WebAssembly.RuntimeError('unreachable'); }],
  ['new RangeError', () => { throw new RangeError('Maximum call stack size exceeded'); }],
  ['copied trap error', () => { throw Object.assign(Object.create(WebAssembly.RuntimeError.prototype), saved); }],
]) {
  h = f;
  run(name, () => x.g(0));
}
