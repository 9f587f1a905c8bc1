// The threads proposal on one thread: shared memories, every atomic
// instruction family, wait/notify's results, and V8's compile, link and
// trap errors. Modules are assembled here byte by byte.
const header = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
const uleb = (n) => {
  const out = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
};
const section = (id, bytes) => [id, ...uleb(bytes.length), ...bytes];
const vec = (items) => [...uleb(items.length), ...items.flat()];
const str = (s) => [...uleb(s.length), ...Buffer.from(s)];
const I32 = 0x7f;
const I64 = 0x7e;
// A module with one memory (imported as env.mem, or its own exported as
// mem) and functions [params, results, body], exported as f0, f1, ...
function assemble({ memory, importMemory = false, funcs }) {
  const limits = [memory.flags, ...uleb(memory.min), ...(memory.flags & 1 ? uleb(memory.max) : [])];
  const out = [...header, ...section(1, vec(funcs.map(([p, r]) => [0x60, ...vec(p), ...vec(r)])))];
  if (importMemory) out.push(...section(2, vec([[...str('env'), ...str('mem'), 0x02, ...limits]])));
  out.push(...section(3, vec(funcs.map((_, i) => uleb(i)))));
  if (!importMemory) out.push(...section(5, vec([limits])));
  const exports = funcs.map((_, i) => [...str('f' + i), 0x00, ...uleb(i)]);
  if (!importMemory) exports.push([...str('mem'), 0x02, 0x00]);
  out.push(...section(7, vec(exports)));
  const bodies = funcs.map(([, , body]) => {
    const b = [0x00, ...body, 0x0b];
    return [...uleb(b.length), ...b];
  });
  out.push(...section(10, vec(bodies)));
  return new Uint8Array(out);
}
const show = (f) => {
  try {
    return f();
  } catch (e) {
    return `${e.name}: ${e.message}`;
  }
};
const shared = { flags: 3, min: 1, max: 2 };
const one = (params, results, body, memory = shared) => assemble({ memory, funcs: [[params, results, body]] });
const compile = (bytes) => show(() => new WebAssembly.Module(bytes) instanceof WebAssembly.Module);

console.log('-- limits');
const memSection = (...bytes) => new Uint8Array([...header, ...section(5, [1, ...bytes])]);
console.log('shared with maximum', compile(memSection(3, 1, 2)));
console.log('shared without maximum', compile(memSection(2, 1)));
console.log('memory64 flag', compile(memSection(4, 1)));
console.log('unknown flag', compile(memSection(8, 1)));
console.log('maximum below initial', compile(memSection(3, 3, 2)));
console.log('shared table', compile(new Uint8Array([...header, ...section(4, [1, 0x70, 3, 1, 2])])));

console.log('-- validation');
console.log('load', compile(one([I32], [I32], [0x20, 0, 0xfe, 0x10, 0x02, 0x00])));
console.log('under-aligned load', compile(one([I32], [I32], [0x20, 0, 0xfe, 0x10, 0x01, 0x00])));
console.log('over-aligned load', compile(one([I32], [I32], [0x20, 0, 0xfe, 0x10, 0x03, 0x00])));
console.log('over-aligned rmw8', compile(one([I32], [I32], [0x20, 0, 0x41, 0, 0xfe, 0x20, 0x01, 0x00])));
const noMemory = [0x00, 0x41, 0x00, 0xfe, 0x10, 0x02, 0x00, 0x1a, 0x0b];
console.log('no memory', compile(new Uint8Array([...header, ...section(1, vec([[0x60, 0, 0]])), ...section(3, vec([[0]])),
  ...section(10, vec([[noMemory.length, ...noMemory]]))])));
console.log('unknown atomic', compile(one([I32], [I32], [0x20, 0, 0xfe, 0x4f, 0x02, 0x00])));
console.log('gap opcode', compile(one([], [], [0xfe, 0x04])));
console.log('fence operand', compile(one([], [], [0xfe, 0x03, 0x01])));
console.log('fence', compile(one([], [], [0xfe, 0x03, 0x00])));
console.log('atomics on unshared memory', compile(one([I32], [I32], [0x20, 0, 0xfe, 0x10, 0x02, 0x00], { flags: 0, min: 1 })));

console.log('-- every atomic instruction');
// f0..f6 loads, f7..f13 stores, then add, sub, and, or, xor, xchg,
// cmpxchg, seven widths each: i32, i64, i32 8, i32 16, i64 8, i64 16, i64 32.
const widths = [[I32, 2], [I64, 3], [I32, 0], [I32, 1], [I64, 0], [I64, 1], [I64, 2]];
const funcs = [];
for (let sub = 0x10; sub <= 0x4e; sub++) {
  const [t, align] = widths[(sub - 0x10) % 7];
  const memarg = [0xfe, sub, align, 0x00];
  if (sub < 0x17) funcs.push([[I32], [t], [0x20, 0, ...memarg]]);
  else if (sub < 0x1e) funcs.push([[I32, t], [], [0x20, 0, 0x20, 1, ...memarg]]);
  else if (sub < 0x48) funcs.push([[I32, t], [t], [0x20, 0, 0x20, 1, ...memarg]]);
  else funcs.push([[I32, t, t], [t], [0x20, 0, 0x20, 1, 0x20, 2, ...memarg]]);
}
const { exports: x } = new WebAssembly.Instance(new WebAssembly.Module(assemble({ memory: shared, funcs })));
const names = ['load', 'store', 'add', 'sub', 'and', 'or', 'xor', 'xchg', 'cmpxchg'];
const widthNames = ['i32', 'i64', 'i32_8', 'i32_16', 'i64_8', 'i64_16', 'i64_32'];
const op = (name, width) => x['f' + (names.indexOf(name) * 7 + widthNames.indexOf(width))];
const view = new DataView(x.mem.buffer);
const bytes = (at, n) => Buffer.from(x.mem.buffer, at, n).toString('hex');
for (const [w, size] of [['i32', 4], ['i64', 8], ['i32_8', 1], ['i32_16', 2], ['i64_8', 1], ['i64_16', 2], ['i64_32', 4]]) {
  const big = w.startsWith('i64');
  const v = (n) => (big ? BigInt(n) : n);
  const at = 64;
  new Uint8Array(x.mem.buffer).fill(0xaa, at - 8, at + 16);
  const results = [];
  op('store', w)(at, v(-2));
  results.push(bytes(at - 1, size + 2));
  results.push(op('load', w)(at));
  results.push(op('add', w)(at, v(5)), op('load', w)(at));
  results.push(op('sub', w)(at, v(10)), op('load', w)(at));
  results.push(op('and', w)(at, v(0x3c)), op('or', w)(at, v(0x41)), op('xor', w)(at, v(0xff)), op('load', w)(at));
  results.push(op('xchg', w)(at, v(7)), op('load', w)(at));
  results.push(op('cmpxchg', w)(at, v(6), v(9)), op('load', w)(at), op('cmpxchg', w)(at, v(7), v(9)), op('load', w)(at));
  results.push(bytes(at - 1, size + 2));
  console.log(w, results.map(String).join(' '));
}
// The expected value of a narrow cmpxchg is compared at its width.
op('store', 'i32')(0, 0x1ff);
console.log('wrapped expected', op('cmpxchg', 'i32_8')(0, 0x7ff, 3), op('load', 'i32')(0), op('cmpxchg', 'i64_32')(8, 0xffffffff00000000n, 5n), op('load', 'i64')(8));
console.log('sub-word neighbours', op('add', 'i32_8')(1, 0x22), op('add', 'i32_16')(2, 0xfffe), bytes(0, 4));
console.log('DataView sees', view.getInt32(0, true), view.getBigUint64(8, true));

console.log('-- traps');
console.log('unaligned', show(() => op('load', 'i32')(2)), '|', show(() => op('add', 'i64')(4, 1n)), '|', show(() => op('store', 'i32_16')(3, 1)));
console.log('byte access never unaligned', op('load', 'i32_8')(3));
console.log('out of bounds first', show(() => op('load', 'i32')(65533)), '|', show(() => op('load', 'i32')(-1)), '|', op('load', 'i32')(65532));
const withOffset = new WebAssembly.Instance(new WebAssembly.Module(one([I32], [I32], [0x20, 0, 0xfe, 0x10, 0x02, 0x01]))).exports.f0;
console.log('effective address', withOffset(3), show(() => withOffset(0)), show(() => withOffset(65532)));

console.log('-- wait and notify');
const wait32 = [[I32, I32, I64], [I32], [0x20, 0, 0x20, 1, 0x20, 2, 0xfe, 0x01, 0x02, 0x00]];
const wait64 = [[I32, I64, I64], [I32], [0x20, 0, 0x20, 1, 0x20, 2, 0xfe, 0x02, 0x03, 0x00]];
const notify = [[I32, I32], [I32], [0x20, 0, 0x20, 1, 0xfe, 0x00, 0x02, 0x00]];
const fence = [[], [], [0xfe, 0x03, 0x00]];
const w = new WebAssembly.Instance(new WebAssembly.Module(assemble({ memory: shared, funcs: [wait32, wait64, notify, fence] }))).exports;
new Int32Array(w.mem.buffer)[4] = 3;
console.log('wait32 not-equal', w.f0(16, 4, -1n), 'timed-out', w.f0(16, 3, 0n), w.f0(16, 3, 1000n));
console.log('wait64 not-equal', w.f1(16, 4n, 0n), 'timed-out', w.f1(16, 3n, 0n));
console.log('notify none', w.f2(16, 1), 'fence', w.f3());
console.log('wait traps', show(() => w.f0(18, 0, 0n)), '|', show(() => w.f1(20, 0n, 0n)), '|', show(() => w.f0(65536, 0, 0n)));
const unshared = new WebAssembly.Instance(new WebAssembly.Module(assemble({ memory: { flags: 1, min: 1, max: 1 }, funcs: [wait32, notify] }))).exports;
console.log('unshared', show(() => unshared.f0(0, 0, 0n)), '|', show(() => unshared.f0(1, 0, 0n)), '|', unshared.f1(0, 1), show(() => unshared.f1(2, 1)));
// Atomics.wait and memory.atomic.wait share their waiters.
console.log('Atomics.wait on the buffer', Atomics.wait(new Int32Array(w.mem.buffer), 4, 3, 0), Atomics.notify(new Int32Array(w.mem.buffer), 4, 1));

console.log('-- the JS API');
const m = new WebAssembly.Memory({ initial: 1, maximum: 3, shared: true });
const b1 = m.buffer;
console.log(Object.prototype.toString.call(b1), b1.byteLength, Object.isFrozen(b1), b1 === m.buffer, b1.growable);
console.log('grow', m.grow(1), b1.byteLength, m.buffer.byteLength, b1 === m.buffer, Object.isFrozen(m.buffer));
const b2 = m.buffer;
console.log('grow(0)', m.grow(0), b2 === m.buffer, show(() => m.grow(2)));
console.log(show(() => new WebAssembly.Memory({ initial: 1, shared: true })));
console.log(show(() => new WebAssembly.Memory({ initial: 1, maximum: 70000, shared: true })));
console.log(new WebAssembly.Memory({ initial: 1, maximum: 2, shared: 0 }).buffer.constructor.name);
const imp = (flags) => new WebAssembly.Module(assemble({ memory: { flags, min: 1, max: 2 }, importMemory: true, funcs: [] }));
const link = (mod, mem) => show(() => new WebAssembly.Instance(mod, { env: { mem } }) instanceof WebAssembly.Instance);
console.log('link', link(imp(3), m), '|', link(imp(3), new WebAssembly.Memory({ initial: 1, maximum: 2 })));
console.log('link', link(imp(1), new WebAssembly.Memory({ initial: 1, maximum: 2, shared: true })));
console.log('link', link(imp(3), new WebAssembly.Memory({ initial: 1, maximum: 4, shared: true })));
const big = new WebAssembly.Memory({ initial: 3, maximum: 3, shared: true });
console.log('link', link(new WebAssembly.Module(assemble({ memory: { flags: 3, min: 4, max: 5 }, importMemory: true, funcs: [] })), big));
// An imported shared memory is the same memory in wasm and in JS.
const viaImport = new WebAssembly.Instance(new WebAssembly.Module(assemble({ memory: shared, importMemory: true, funcs: [funcs[0x1e - 0x10]] })), { env: { mem: new WebAssembly.Memory({ initial: 1, maximum: 2, shared: true }) } });
console.log('structured clone', show(() => {
  const c = structuredClone(m);
  new Int32Array(c.buffer)[1] = 42;
  return [c === m, c instanceof WebAssembly.Memory, new Int32Array(m.buffer)[1], c.buffer.byteLength];
}));
console.log('clone errors', show(() => structuredClone(new WebAssembly.Memory({ initial: 1 }))), '|', show(() => structuredClone(new WebAssembly.Global({ value: 'i32' }))));
const mod = new WebAssembly.Module(one([I32], [I32], [0x20, 0, 0xfe, 0x10, 0x02, 0x00]));
const cloned = structuredClone({ a: mod, b: mod });
console.log('module clone', cloned.a === cloned.b, cloned.a === mod, cloned.a instanceof WebAssembly.Module, WebAssembly.Module.exports(cloned.a).length);
console.log(viaImport.exports.f0(0, 5), viaImport.exports.f0(0, 5));
