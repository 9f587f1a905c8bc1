// Generates simd.golden, the expected results of the SIMD instructions
// (the 0xfd prefix) on lane edge cases, by running them on node:
//
//	node simd.js > simd.golden
//
// Each line is: a case name, the result's shape, the module in hex, and
// what calling its export "f" gives: the result's 16 bytes in hex (lane 0
// first), a scalar result's bits in hex, "trap:" and the trap's message,
// or "invalid:" and the compile error's message (after V8's prefix and
// without the byte offset). f returns a v128 as two i64s, its halves.
'use strict';

const { uleb, sleb } = require('./leb');

const I32 = 0x7f, I64 = 0x7e, F32 = 0x7d, F64 = 0x7c, V128 = 0x7b;

// A tiny assembler: sections from arrays of bytes.
const sec = (id, c) => [id, ...uleb(c.length), ...c];
const vec = items => [...uleb(items.length), ...items.flat()];
const le = (x, n) => Array.from({ length: n }, (_, i) => Number((BigInt(x) >> BigInt(8 * i)) & 0xffn));
const i32c = x => [0x41, ...sleb(BigInt.asIntN(32, BigInt(x)))];
const i64c = x => [0x42, ...sleb(BigInt.asIntN(64, BigInt(x)))];
const simd = (sub, ...imm) => [0xfd, ...uleb(sub), ...imm];
const v128c = bytes => simd(0x0c, ...bytes);
const memarg = (align, offset) => [align, ...uleb(offset)];

// module builds a module of one exported function f of type (params) ->
// (results) with locals, a memory of one page whose first 64 bytes and
// last 32 hold a pattern, a mutable v128 global, and helper functions
// (funcs: [type index, locals, code]) after f.
function module({ params = [], results, locals = [], code, types = [], funcs = [] }) {
  const allTypes = [[params, results], ...types];
  const body = (loc, c) => { const b = [...vec(loc.map(t => [1, t])), ...c, 0x0b]; return [...uleb(b.length), ...b]; };
  const pattern = Array.from({ length: 64 }, (_, i) => (i * 37 + 11) & 0xff);
  const tail = Array.from({ length: 32 }, (_, i) => 0xff - i * 3);
  return new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
    ...sec(1, vec(allTypes.map(([p, r]) => [0x60, ...vec(p), ...vec(r)]))),
    ...sec(3, vec([[0], ...funcs.map(f => uleb(f[0]))])),
    ...sec(5, vec([[0, 1]])),
    ...sec(6, vec([[V128, 1, ...v128c(Array.from({ length: 16 }, (_, i) => i + 0xa0)), 0x0b]])),
    ...sec(7, vec([[1, 0x66, 0, 0]])),
    ...sec(10, vec([body(locals, code), ...funcs.map(f => body(f[1], f[2]))])),
    ...sec(11, vec([[0, ...i32c(0), 0x0b, ...vec(pattern)], [0, ...i32c(65536 - 32), 0x0b, ...vec(tail)]]))]);
}

// Returning a v128 as its halves.
const ret128 = [0x21, 0, 0x20, 0, ...simd(0x1d, 0), 0x20, 0, ...simd(0x1d, 1)];
const V = { results: [I64, I64], locals: [V128, V128, V128, V128] };

const hex = x => '0x' + x.toString(16);
const bytesHex = (lo, hi) => [...le(BigInt.asUintN(64, lo), 8), ...le(BigInt.asUintN(64, hi), 8)].map(b => b.toString(16).padStart(2, '0')).join('');

function emit(name, shape, spec) {
  const bytes = module(spec);
  const mhex = Buffer.from(bytes).toString('hex');
  let out;
  if (!WebAssembly.validate(bytes)) {
    try { new WebAssembly.Module(bytes); } catch (e) { out = 'invalid:' + e.message.replace(/^WebAssembly\.Module\(\): /, '').replace(/ @\+\d+$/, ''); }
  } else {
    const f = new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports.f;
    try {
      const r = f();
      if (shape === 'v128' || /x/.test(shape)) out = bytesHex(r[0], r[1]);
      else if (shape === 'i64') out = hex(BigInt.asUintN(64, r));
      else out = hex(r >>> 0);
    } catch (e) {
      out = 'trap:' + e.message;
    }
  }
  console.log([name, shape, mhex, out].join(' '));
}

// Lane values by shape, as bit patterns, edge cases first.
const f32bits = x => { const b = new DataView(new ArrayBuffer(4)); b.setFloat32(0, x, true); return BigInt(b.getUint32(0, true)); };
const f64bits = x => { const b = new DataView(new ArrayBuffer(8)); b.setFloat64(0, x, true); return b.getBigUint64(0, true); };
const laneVals = {
  i8x16: [0, 1, 0x7f, 0x80, 0xff, 0xfe, 0x40, 0x81, 0x3f, 0xc0, 2, 0x55, 0xaa, 0x10, 0x7e, 0x01].map(BigInt),
  i16x8: [0, 1, 0x7fff, 0x8000, 0xffff, 0x4000, 0xc000, 0x1234, 0x00ff, 0xff00, 0x8001, 0x7ffe, 0xabcd, 2, 0x100, 0xfffe].map(BigInt),
  i32x4: [0, 1, 0x7fffffff, 0x80000000, 0xffffffff, 0x40000000, 0x12345678, 0xfffffffe].map(BigInt),
  i64x2: [0n, 1n, 0x7fffffffffffffffn, 0x8000000000000000n, 0xffffffffffffffffn, 0x123456789abcdef0n],
  f32x4: [NaN, -0, 0, Infinity, -Infinity, 1.5, -2.5, 0.5, 2.5, -0.5, 1e10, -3e9, 4294967040, 2147483520, 3.4e38, 1e-45].map(f32bits)
    .concat([0x7fc00001n, 0xffa00000n]),
  f64x2: [NaN, -0, 0, Infinity, -Infinity, 1.5, -2.5, 0.5, 2.5, 1e300, -4294967296.5, 2147483647.5, -2147483648.9, 4294967295.9, 1e-310].map(f64bits)
    .concat([0x7ff8000000000001n, 0xfff4000000000000n]),
};
const laneBits = { i8x16: 8, i16x8: 16, i32x4: 32, i64x2: 64, f32x4: 32, f64x2: 64 };
// vecs gives a few vectors of shape sh, each as 16 bytes, rotating
// through the lane values so that every value meets several others.
function vecs(sh, seed) {
  const vals = laneVals[sh], w = laneBits[sh] / 8, n = 16 / w, out = [];
  for (let r = 0; r < 3; r++) {
    const b = [];
    for (let l = 0; l < n; l++) b.push(...le(vals[(l * (seed + 1) + r * 3 + seed) % vals.length], w));
    out.push(b);
  }
  return out;
}

// The instructions with plain v128 operands: sub-opcode, name, operand
// count. The input shape is the last one the name mentions.
const ops = [
  [0x0e, 'i8x16.swizzle', 2],
  ...['eq', 'ne', 'lt_s', 'lt_u', 'gt_s', 'gt_u', 'le_s', 'le_u', 'ge_s', 'ge_u'].flatMap((c, k) =>
    [[0x23 + k, 'i8x16.' + c, 2], [0x2d + k, 'i16x8.' + c, 2], [0x37 + k, 'i32x4.' + c, 2]]),
  ...['eq', 'ne', 'lt', 'gt', 'le', 'ge'].flatMap((c, k) => [[0x41 + k, 'f32x4.' + c, 2], [0x47 + k, 'f64x2.' + c, 2]]),
  [0x4d, 'v128.not', 1], [0x4e, 'v128.and', 2], [0x4f, 'v128.andnot', 2], [0x50, 'v128.or', 2], [0x51, 'v128.xor', 2],
  [0x52, 'v128.bitselect', 3],
  [0x5e, 'f32x4.demote_f64x2_zero', 1], [0x5f, 'f64x2.promote_low_f32x4', 1],
  [0x60, 'i8x16.abs', 1], [0x61, 'i8x16.neg', 1], [0x62, 'i8x16.popcnt', 1],
  [0x65, 'i8x16.narrow_i16x8_s', 2], [0x66, 'i8x16.narrow_i16x8_u', 2],
  [0x67, 'f32x4.ceil', 1], [0x68, 'f32x4.floor', 1], [0x69, 'f32x4.trunc', 1], [0x6a, 'f32x4.nearest', 1],
  [0x6e, 'i8x16.add', 2], [0x6f, 'i8x16.add_sat_s', 2], [0x70, 'i8x16.add_sat_u', 2],
  [0x71, 'i8x16.sub', 2], [0x72, 'i8x16.sub_sat_s', 2], [0x73, 'i8x16.sub_sat_u', 2],
  [0x74, 'f64x2.ceil', 1], [0x75, 'f64x2.floor', 1],
  [0x76, 'i8x16.min_s', 2], [0x77, 'i8x16.min_u', 2], [0x78, 'i8x16.max_s', 2], [0x79, 'i8x16.max_u', 2],
  [0x7a, 'f64x2.trunc', 1], [0x7b, 'i8x16.avgr_u', 2],
  [0x7c, 'i16x8.extadd_pairwise_i8x16_s', 1], [0x7d, 'i16x8.extadd_pairwise_i8x16_u', 1],
  [0x7e, 'i32x4.extadd_pairwise_i16x8_s', 1], [0x7f, 'i32x4.extadd_pairwise_i16x8_u', 1],
  [0x80, 'i16x8.abs', 1], [0x81, 'i16x8.neg', 1], [0x82, 'i16x8.q15mulr_sat_s', 2],
  [0x85, 'i16x8.narrow_i32x4_s', 2], [0x86, 'i16x8.narrow_i32x4_u', 2],
  [0x87, 'i16x8.extend_low_i8x16_s', 1], [0x88, 'i16x8.extend_high_i8x16_s', 1],
  [0x89, 'i16x8.extend_low_i8x16_u', 1], [0x8a, 'i16x8.extend_high_i8x16_u', 1],
  [0x8e, 'i16x8.add', 2], [0x8f, 'i16x8.add_sat_s', 2], [0x90, 'i16x8.add_sat_u', 2],
  [0x91, 'i16x8.sub', 2], [0x92, 'i16x8.sub_sat_s', 2], [0x93, 'i16x8.sub_sat_u', 2],
  [0x94, 'f64x2.nearest', 1], [0x95, 'i16x8.mul', 2],
  [0x96, 'i16x8.min_s', 2], [0x97, 'i16x8.min_u', 2], [0x98, 'i16x8.max_s', 2], [0x99, 'i16x8.max_u', 2],
  [0x9b, 'i16x8.avgr_u', 2],
  [0x9c, 'i16x8.extmul_low_i8x16_s', 2], [0x9d, 'i16x8.extmul_high_i8x16_s', 2],
  [0x9e, 'i16x8.extmul_low_i8x16_u', 2], [0x9f, 'i16x8.extmul_high_i8x16_u', 2],
  [0xa0, 'i32x4.abs', 1], [0xa1, 'i32x4.neg', 1],
  [0xa7, 'i32x4.extend_low_i16x8_s', 1], [0xa8, 'i32x4.extend_high_i16x8_s', 1],
  [0xa9, 'i32x4.extend_low_i16x8_u', 1], [0xaa, 'i32x4.extend_high_i16x8_u', 1],
  [0xae, 'i32x4.add', 2], [0xb1, 'i32x4.sub', 2], [0xb5, 'i32x4.mul', 2],
  [0xb6, 'i32x4.min_s', 2], [0xb7, 'i32x4.min_u', 2], [0xb8, 'i32x4.max_s', 2], [0xb9, 'i32x4.max_u', 2],
  [0xba, 'i32x4.dot_i16x8_s', 2],
  [0xbc, 'i32x4.extmul_low_i16x8_s', 2], [0xbd, 'i32x4.extmul_high_i16x8_s', 2],
  [0xbe, 'i32x4.extmul_low_i16x8_u', 2], [0xbf, 'i32x4.extmul_high_i16x8_u', 2],
  [0xc0, 'i64x2.abs', 1], [0xc1, 'i64x2.neg', 1],
  [0xc7, 'i64x2.extend_low_i32x4_s', 1], [0xc8, 'i64x2.extend_high_i32x4_s', 1],
  [0xc9, 'i64x2.extend_low_i32x4_u', 1], [0xca, 'i64x2.extend_high_i32x4_u', 1],
  [0xce, 'i64x2.add', 2], [0xd1, 'i64x2.sub', 2], [0xd5, 'i64x2.mul', 2],
  [0xd6, 'i64x2.eq', 2], [0xd7, 'i64x2.ne', 2], [0xd8, 'i64x2.lt_s', 2], [0xd9, 'i64x2.gt_s', 2], [0xda, 'i64x2.le_s', 2], [0xdb, 'i64x2.ge_s', 2],
  [0xdc, 'i64x2.extmul_low_i32x4_s', 2], [0xdd, 'i64x2.extmul_high_i32x4_s', 2],
  [0xde, 'i64x2.extmul_low_i32x4_u', 2], [0xdf, 'i64x2.extmul_high_i32x4_u', 2],
  [0xe0, 'f32x4.abs', 1], [0xe1, 'f32x4.neg', 1], [0xe3, 'f32x4.sqrt', 1],
  [0xe4, 'f32x4.add', 2], [0xe5, 'f32x4.sub', 2], [0xe6, 'f32x4.mul', 2], [0xe7, 'f32x4.div', 2],
  [0xe8, 'f32x4.min', 2], [0xe9, 'f32x4.max', 2], [0xea, 'f32x4.pmin', 2], [0xeb, 'f32x4.pmax', 2],
  [0xec, 'f64x2.abs', 1], [0xed, 'f64x2.neg', 1], [0xef, 'f64x2.sqrt', 1],
  [0xf0, 'f64x2.add', 2], [0xf1, 'f64x2.sub', 2], [0xf2, 'f64x2.mul', 2], [0xf3, 'f64x2.div', 2],
  [0xf4, 'f64x2.min', 2], [0xf5, 'f64x2.max', 2], [0xf6, 'f64x2.pmin', 2], [0xf7, 'f64x2.pmax', 2],
  [0xf8, 'i32x4.trunc_sat_f32x4_s', 1], [0xf9, 'i32x4.trunc_sat_f32x4_u', 1],
  [0xfa, 'f32x4.convert_i32x4_s', 1], [0xfb, 'f32x4.convert_i32x4_u', 1],
  [0xfc, 'i32x4.trunc_sat_f64x2_s_zero', 1], [0xfd, 'i32x4.trunc_sat_f64x2_u_zero', 1],
  [0xfe, 'f64x2.convert_low_i32x4_s', 1], [0xff, 'f64x2.convert_low_i32x4_u', 1],
];
const shapeOf = name => (name.match(/[if](8x16|16x8|32x4|64x2)/g) || ['i8x16']).pop();
const outShape = name => name.startsWith('v128') ? 'i8x16' : name.slice(0, 5);

for (const [sub, name, n] of ops) {
  const sh = shapeOf(name.replace(/^v128/, ''));
  for (let c = 0; c < 3; c++) {
    const operands = Array.from({ length: n }, (_, k) => vecs(sh, k * 2 + 1)[c]);
    // Operands as constants, and (in the first case) through locals.
    emit(`${name}/${c}`, outShape(name), { ...V, code: [...operands.flatMap(v128c), ...simd(sub), ...ret128] });
    if (c === 0) {
      const set = operands.flatMap((v, k) => [...v128c(v), 0x21, k + 1]);
      const get = operands.flatMap((_, k) => [0x20, k + 1]);
      emit(`${name}/locals`, outShape(name), { ...V, code: [...set, ...get, ...simd(sub), ...ret128] });
    }
  }
}

// Shifts by counts within, at and past the lane width.
const shifts = [['i8x16', 0x6b], ['i16x8', 0x8b], ['i32x4', 0xab], ['i64x2', 0xcb]];
for (const [sh, base] of shifts) {
  for (const [k, op] of ['shl', 'shr_s', 'shr_u'].entries()) {
    for (const count of [0, 1, laneBits[sh] - 1, laneBits[sh], laneBits[sh] + 3, -1]) {
      emit(`${sh}.${op}/${count}`, sh, { ...V, code: [...v128c(vecs(sh, 1)[0]), ...i32c(count), ...simd(base + k), ...ret128] });
    }
  }
}

// Splats, lane extraction and replacement.
const scalars = {
  i8x16: [I32, i32c, [0x1ff, -128, 0x7f]], i16x8: [I32, i32c, [0x18000, -1, 0x7fff]], i32x4: [I32, i32c, [0x80000000, 7]],
  i64x2: [I64, i64c, [-2, 0x7fffffffffffffffn]],
  f32x4: [F32, x => [0x43, ...le(x, 4)], [f32bits(-0), 0x7fc00001n, f32bits(1.5)]],
  f64x2: [F64, x => [0x44, ...le(x, 8)], [f64bits(-0), 0x7ff8000000000001n, f64bits(-2.5)]],
};
const shapes = ['i8x16', 'i16x8', 'i32x4', 'i64x2', 'f32x4', 'f64x2'];
// extract_lane opcodes (signed first for the narrow shapes), replace_lane.
const laneOps = { i8x16: [[0x15, 0x16], 0x17], i16x8: [[0x18, 0x19], 0x1a], i32x4: [[0x1b], 0x1c], i64x2: [[0x1d], 0x1e], f32x4: [[0x1f], 0x20], f64x2: [[0x21], 0x22] };
const scalarRet = t => t === F32 ? [[I32], [0xbc]] : t === F64 ? [[I64], [0xbd]] : [[t], []];
for (const [k, sh] of shapes.entries()) {
  const [t, konst, vals] = scalars[sh];
  const lanes = 128 / laneBits[sh];
  for (const x of vals) {
    emit(`${sh}.splat/${hex(BigInt(x))}`, sh, { ...V, code: [...konst(x), ...simd(0x0f + k), ...ret128] });
  }
  const [ret, reinterp] = scalarRet(t);
  const src = vecs(sh, 2)[1];
  for (const ex of laneOps[sh][0]) {
    for (const lane of new Set([0, 1, lanes - 1])) {
      emit(`${sh}.extract_lane_${hex(ex)}/${lane}`, ret[0] === I64 ? 'i64' : 'i32', { results: ret, code: [...v128c(src), ...simd(ex, lane), ...reinterp] });
    }
    emit(`${sh}.extract_lane_${hex(ex)}/${lanes}`, 'i32', { results: ret, code: [...v128c(src), ...simd(ex, lanes), ...reinterp] });
  }
  for (const lane of [0, lanes - 1]) {
    emit(`${sh}.replace_lane/${lane}`, sh, { ...V, code: [...v128c(src), ...konst(vals[0]), ...simd(laneOps[sh][1], lane), ...ret128] });
  }
  emit(`${sh}.replace_lane/${lanes}`, sh, { ...V, code: [...v128c(src), ...konst(vals[0]), ...simd(laneOps[sh][1], lanes), ...ret128] });
}

// Shuffles, with indexes from both operands and out of range.
const a16 = vecs('i8x16', 1)[0], b16 = vecs('i8x16', 4)[2];
for (const [name, mask] of [
  ['identity', [...Array(16).keys()]], ['second', [...Array(16).keys()].map(i => i + 16)],
  ['mixed', [31, 0, 17, 2, 19, 4, 21, 6, 23, 8, 25, 10, 27, 12, 29, 15]], ['broadcast', Array(16).fill(20)],
  ['bad', [...Array(15).keys(), 32]]]) {
  emit(`i8x16.shuffle/${name}`, 'i8x16', { ...V, code: [...v128c(a16), ...v128c(b16), ...simd(0x0d, ...mask), ...ret128] });
}
emit('i8x16.swizzle/out-of-range', 'i8x16', { ...V, code: [...v128c(a16), ...v128c([0, 15, 16, 17, 0x80, 0xff, 1, 2, 31, 32, 3, 4, 5, 6, 7, 8]), ...simd(0x0e), ...ret128] });

// any_true, all_true, bitmask.
for (const [sub, name, sh] of [[0x53, 'v128.any_true', 'i8x16'], [0x63, 'i8x16.all_true', 'i8x16'], [0x64, 'i8x16.bitmask', 'i8x16'],
  [0x83, 'i16x8.all_true', 'i16x8'], [0x84, 'i16x8.bitmask', 'i16x8'], [0xa3, 'i32x4.all_true', 'i32x4'], [0xa4, 'i32x4.bitmask', 'i32x4'],
  [0xc3, 'i64x2.all_true', 'i64x2'], [0xc4, 'i64x2.bitmask', 'i64x2']]) {
  const inputs = [...vecs(sh, 1), Array(16).fill(0), Array(16).fill(1), [...Array(15).fill(0xff), 0]];
  for (const [c, v] of inputs.entries()) emit(`${name}/${c}`, 'i32', { results: [I32], code: [...v128c(v), ...simd(sub)] });
}

// Memory: loads of each kind at an unaligned address, at the last valid
// one, one past it, and with an offset past the memory.
const loads = [[0x00, 'v128.load', 16], [0x01, 'v128.load8x8_s', 8], [0x02, 'v128.load8x8_u', 8], [0x03, 'v128.load16x4_s', 8],
  [0x04, 'v128.load16x4_u', 8], [0x05, 'v128.load32x2_s', 8], [0x06, 'v128.load32x2_u', 8], [0x07, 'v128.load8_splat', 1],
  [0x08, 'v128.load16_splat', 2], [0x09, 'v128.load32_splat', 4], [0x0a, 'v128.load64_splat', 8],
  [0x5c, 'v128.load32_zero', 4], [0x5d, 'v128.load64_zero', 8]];
for (const [sub, name, size] of loads) {
  for (const [where, addr, off] of [['unaligned', 3, 0], ['offset', 1, 20], ['last', 65536 - size, 0], ['past', 65536 - size + 1, 0],
    ['wrap', -1, 1], ['huge-offset', 0, 0xffffffff]]) {
    emit(`${name}/${where}`, 'i8x16', { ...V, code: [...i32c(addr), ...simd(sub, ...memarg(0, off)), ...ret128] });
  }
  emit(`${name}/align-too-big`, 'i8x16', { ...V, code: [...i32c(0), ...simd(sub, ...memarg(Math.log2(size) + 1, 0)), ...ret128] });
}
const load128 = addr => [...i32c(addr), ...simd(0x00, ...memarg(0, 0))];
for (const [where, addr] of [['unaligned', 5], ['last', 65536 - 16], ['past', 65536 - 15]]) {
  emit(`v128.store/${where}`, 'i8x16', { ...V, code: [...i32c(addr), ...v128c(b16), ...simd(0x0b, ...memarg(4, 0)), ...load128(Math.min(addr, 65536 - 16)), ...ret128] });
}
// Lanes from and to memory.
for (const [k, sh] of ['i8x16', 'i16x8', 'i32x4', 'i64x2'].entries()) {
  const size = laneBits[sh] / 8, lanes = 16 / size;
  for (const lane of [0, lanes - 1, lanes]) {
    emit(`v128.load${laneBits[sh]}_lane/${lane}`, sh, { ...V, code: [...i32c(7), ...v128c(a16), ...simd(0x54 + k, ...memarg(0, 2), lane), ...ret128] });
    emit(`v128.store${laneBits[sh]}_lane/${lane}`, sh, { ...V, code: [...i32c(9), ...v128c(b16), ...simd(0x58 + k, ...memarg(0, 1), lane), ...load128(0), ...ret128] });
  }
  emit(`v128.load${laneBits[sh]}_lane/past`, sh, { ...V, code: [...i32c(65536 - size + 1), ...v128c(a16), ...simd(0x54 + k, ...memarg(0, 0), 0), ...ret128] });
  emit(`v128.store${laneBits[sh]}_lane/past`, sh, { ...V, code: [...i32c(65536 - size + 1), ...v128c(a16), ...simd(0x58 + k, ...memarg(0, 0), 0), ...load128(0), ...ret128] });
  emit(`v128.load${laneBits[sh]}_lane/align-too-big`, sh, { ...V, code: [...i32c(0), ...v128c(a16), ...simd(0x54 + k, ...memarg(k + 1, 0), 0), ...ret128] });
}

// v128 through the core instructions: calls (params and results), blocks
// with params and results, branches carrying vectors, select, the
// global, local.tee, and a loop.
const t1 = { types: [[[V128, I32, V128], [V128, V128]]] };
emit('core/call', 'i8x16', { ...V, ...t1,
  funcs: [[1, [], [0x20, 2, 0x20, 0, ...simd(0x6e), 0x20, 0]]],
  code: [...v128c(a16), ...i32c(5), ...v128c(b16), 0x10, 1, ...simd(0x51), ...ret128] });
emit('core/block', 'i8x16', { ...V, types: [[[V128, V128], [V128]]],
  code: [...v128c(a16), ...v128c(b16), 0x02, 1, ...simd(0x4f), 0x0b, ...ret128] });
emit('core/br_if', 'i8x16', { ...V, code: [0x02, V128, ...i32c(1), ...v128c(a16), ...i32c(1), 0x0d, 0, 0x1a, 0x1a, ...v128c(b16), 0x0b, ...ret128] });
emit('core/br_table', 'i8x16', { ...V, code: [0x02, V128, 0x02, V128, ...v128c(a16), ...i32c(1), 0x0e, 1, 0, 1, 0x0b, ...simd(0x4d), 0x0b, ...ret128] });
emit('core/select', 'i8x16', { ...V, code: [...v128c(a16), ...v128c(b16), ...i32c(0), 0x1b, ...v128c(a16), ...v128c(b16), ...i32c(1), 0x1c, 1, V128, ...simd(0x50), ...ret128] });
emit('core/global', 'i8x16', { ...V, code: [0x23, 0, ...v128c(a16), ...simd(0x6e), 0x24, 0, 0x23, 0, ...ret128] });
emit('core/tee', 'i8x16', { ...V, code: [...v128c(a16), 0x22, 1, 0x20, 1, ...simd(0x6e), 0x20, 1, ...simd(0x51), ...ret128] });
emit('core/if', 'i8x16', { ...V, code: [...i32c(0), 0x04, V128, ...v128c(a16), 0x05, ...v128c(b16), 0x0b, ...ret128] });
// Sum of 1..10 in every i32 lane: a loop carrying the vector in a local.
emit('core/loop', 'i32x4', { ...V, locals: [V128, V128, I32], code: [
  ...i32c(10), 0x21, 2, 0x03, 0x40, 0x20, 1, 0x20, 2, ...simd(0x11), ...simd(0xae), 0x21, 1,
  0x20, 2, ...i32c(1), 0x6b, 0x22, 2, 0x0d, 0, 0x0b, 0x20, 1, ...ret128] });
emit('core/return', 'i8x16', { ...V, types: [[[], [V128]]],
  funcs: [[1, [I32, V128], [...v128c(a16), 0x0f]]], code: [0x10, 1, ...ret128] });

// Validation: types, unknown opcodes.
emit('invalid/type', 'i8x16', { ...V, code: [...i32c(0), ...simd(0x4d), ...ret128] });
emit('invalid/opcode', 'i8x16', { ...V, code: [...v128c(a16), ...simd(0x9a), ...ret128] });
emit('invalid/relaxed', 'i8x16', { ...V, code: [...v128c(a16), ...simd(0x100), ...ret128] });
