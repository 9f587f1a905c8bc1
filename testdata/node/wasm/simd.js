// Fixed-width SIMD through the JS API: validate answers true, vector code
// runs, and a v128 never crosses to JavaScript (TypeErrors and LinkErrors
// as V8 gives them). Modules are assembled here byte by byte.
'use strict';
function uleb(x) { const b = []; do { let c = x & 0x7f; x >>>= 7; if (x) c |= 0x80; b.push(c); } while (x); return b; }
const sec = (id, c) => [id, ...uleb(c.length), ...c];
const vec = items => [...uleb(items.length), ...items.flat()];
const str = s => [...uleb(s.length), ...Buffer.from(s)];
const body = (locals, code) => { const b = [...vec(locals), ...code, 0x0b]; return [...uleb(b.length), ...b]; };
const wasm = (...sections) => new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, ...sections.flat()]);
const V128 = 0x7b, I32 = 0x7f;
const z = Array(16).fill(0);

// dot(p, q, n): the sum of n int16 products of two arrays in memory, 8
// lanes at a time with i32x4.dot_i16x8_s, then the lanes added up.
const dot = wasm(
  sec(1, vec([[0x60, 3, I32, I32, I32, 1, I32], [0x60, 1, V128, 1, V128], [0x60, 0, 1, V128], [0x60, 0, 0]])),
  sec(2, vec([[...str('m'), ...str('i'), 0, 1]])),
  sec(3, vec([[0], [1], [2], [3]])),
  sec(5, vec([[0, 1]])),
  sec(6, vec([[V128, 0, 0xfd, 12, ...z, 0x0b], [V128, 1, 0xfd, 12, ...z, 0x0b]])),
  sec(7, vec([[...str('dot'), 0, 1], [...str('mem'), 2, 0], [...str('id'), 0, 2], [...str('make'), 0, 3],
    [...str('call'), 0, 4], [...str('g'), 3, 0], [...str('gm'), 3, 1]])),
  sec(10, vec([
    body([[1, V128]], [
      0x02, 0x40, 0x03, 0x40,
      0x20, 2, 0x45, 0x0d, 1,
      0x20, 3, 0x20, 0, 0xfd, 0, 4, 0, 0x20, 1, 0xfd, 0, 4, 0, 0xfd, 0xba, 1, 0xfd, 0xae, 1, 0x21, 3,
      0x20, 0, 0x41, 16, 0x6a, 0x21, 0, 0x20, 1, 0x41, 16, 0x6a, 0x21, 1,
      0x20, 2, 0x41, 8, 0x6b, 0x21, 2, 0x0c, 0, 0x0b, 0x0b,
      0x20, 3, 0xfd, 0x1b, 0, 0x20, 3, 0xfd, 0x1b, 1, 0x6a, 0x20, 3, 0xfd, 0x1b, 2, 0x6a, 0x20, 3, 0xfd, 0x1b, 3, 0x6a]),
    body([], [0x20, 0]),
    body([], [0xfd, 12, ...z]),
    body([], [0xfd, 12, ...z, 0x10, 0, 0x1a]),
  ])));

console.log('validate', WebAssembly.validate(dot));
const calls = [];
const { exports } = new WebAssembly.Instance(new WebAssembly.Module(dot), { m: { i: () => calls.push('called') } });
const p = new Int16Array(exports.mem.buffer, 0, 24), q = new Int16Array(exports.mem.buffer, 48, 24);
for (let k = 0; k < 24; k++) { p[k] = (k * 1237) % 32768 - 16000; q[k] = 32767 - k * 3001; }
let want = 0;
for (let k = 0; k < 24; k++) want = (want + p[k] * q[k]) | 0;
console.log('dot', exports.dot(0, 48, 24), want);

const attempt = (name, f) => {
  try { console.log(name, f()); } catch (e) { console.log(name, e.constructor.name, e.message); }
};
attempt('param', () => exports.id(1));
attempt('result', () => exports.make());
attempt('import', () => exports.call());
console.log('import ran', calls.length);
attempt('new Global', () => new WebAssembly.Global({ value: 'v128' }, 0));
attempt('get', () => exports.g.value);
attempt('valueOf', () => exports.g.valueOf());
attempt('set immutable', () => { exports.g.value = 1; });
attempt('set mutable', () => { exports.gm.value = 1; });

const importing = mutable => wasm(sec(2, vec([[...str('m'), ...str('g'), 3, V128, mutable]])));
const link = (name, mutable, g) => attempt(name, () => {
  new WebAssembly.Instance(new WebAssembly.Module(importing(mutable)), { m: { g } });
  return 'linked';
});
link('import number', 0, 1);
link('import global', 1, exports.gm);
link('import immutable', 0, exports.gm);
link('import i32 global', 1, new WebAssembly.Global({ value: 'i32', mutable: true }, 1));
console.log(WebAssembly.Module.imports(new WebAssembly.Module(importing(0))));
