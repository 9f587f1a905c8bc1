// Generates numeric.golden, the expected results of every numeric
// instruction on a few operands, by running them on node:
//
//	node numeric.js > numeric.golden
//
// Each line is: opcode (0xfcNN for prefixed ones), the operands' bits in
// hex, and the result's bits in hex or "trap:" and the trap's message.
// A function returns the result as an integer (floats reinterpreted), so
// NaN payloads and -0 are compared exactly.
'use strict';

const { uleb, sleb } = require('./leb');

const I32 = 0x7f, I64 = 0x7e, F32 = 0x7d, F64 = 0x7c;

function sig(op) {
  const un = (a, r) => [[a], r], bin = (a, r) => [[a, a], r];
  if (op === 0x45) return un(I32, I32);
  if (op >= 0x46 && op <= 0x4f) return bin(I32, I32);
  if (op === 0x50) return un(I64, I32);
  if (op >= 0x51 && op <= 0x5a) return bin(I64, I32);
  if (op >= 0x5b && op <= 0x60) return bin(F32, I32);
  if (op >= 0x61 && op <= 0x66) return bin(F64, I32);
  if (op >= 0x67 && op <= 0x69) return un(I32, I32);
  if (op >= 0x6a && op <= 0x78) return bin(I32, I32);
  if (op >= 0x79 && op <= 0x7b) return un(I64, I64);
  if (op >= 0x7c && op <= 0x8a) return bin(I64, I64);
  if (op >= 0x8b && op <= 0x91) return un(F32, F32);
  if (op >= 0x92 && op <= 0x98) return bin(F32, F32);
  if (op >= 0x99 && op <= 0x9f) return un(F64, F64);
  if (op >= 0xa0 && op <= 0xa6) return bin(F64, F64);
  const conv = {
    0xa7: [I64, I32], 0xa8: [F32, I32], 0xa9: [F32, I32], 0xaa: [F64, I32], 0xab: [F64, I32],
    0xac: [I32, I64], 0xad: [I32, I64], 0xae: [F32, I64], 0xaf: [F32, I64], 0xb0: [F64, I64], 0xb1: [F64, I64],
    0xb2: [I32, F32], 0xb3: [I32, F32], 0xb4: [I64, F32], 0xb5: [I64, F32], 0xb6: [F64, F32],
    0xb7: [I32, F64], 0xb8: [I32, F64], 0xb9: [I64, F64], 0xba: [I64, F64], 0xbb: [F32, F64],
    0xbc: [F32, I32], 0xbd: [F64, I64], 0xbe: [I32, F32], 0xbf: [I64, F64],
    0xc0: [I32, I32], 0xc1: [I32, I32], 0xc2: [I64, I64], 0xc3: [I64, I64], 0xc4: [I64, I64],
    0xfc00: [F32, I32], 0xfc01: [F32, I32], 0xfc02: [F64, I32], 0xfc03: [F64, I32],
    0xfc04: [F32, I64], 0xfc05: [F32, I64], 0xfc06: [F64, I64], 0xfc07: [F64, I64],
  };
  const c = conv[op];
  return c && un(c[0], c[1]);
}

// Operand bits per type: pairs for binary operators, first of each for
// unary ones.
const f32bits = x => { const b = new DataView(new ArrayBuffer(4)); b.setFloat32(0, x, true); return BigInt(b.getUint32(0, true)); };
const f64bits = x => { const b = new DataView(new ArrayBuffer(8)); b.setFloat64(0, x, true); return b.getBigUint64(0, true); };
const operands = {
  [I32]: [[7n, 3n], [0xfffffff9n, 2n], [0x80000000n, 0xffffffffn], [5n, 0n], [0xf0f0f0f0n, 35n], [0xffn, 0x8000n]],
  [I64]: [[7n, 3n], [0xfffffffffffffff9n, 2n], [1n << 63n, (1n << 64n) - 1n], [5n, 0n], [0x0f0f0f0f0f0f0f0fn, 67n], [0x80ffn, 0x80000000n]],
  [F32]: [[1.5, -2.25], [NaN, 1], [-0, 0], [2.5, 0.5], [1e10, 3], [-3.5, Infinity], [4294967040, -0.75]].map(p => p.map(f32bits)),
  [F64]: [[1.5, -2.25], [NaN, 1], [-0, 0], [2.5, 0.5], [1e10, 3], [-3.5, Infinity], [-9223372036854775808, 18446744073709549568]].map(p => p.map(f64bits)),
};

const le = (x, n) => Array.from({ length: n }, (_, i) => Number((x >> BigInt(8 * i)) & 0xffn));
function konst(t, bits) {
  switch (t) {
    case I32: return [0x41, ...sleb(BigInt.asIntN(32, bits))];
    case I64: return [0x42, ...sleb(BigInt.asIntN(64, bits))];
    case F32: return [0x43, ...le(bits, 4)];
    case F64: return [0x44, ...le(bits, 8)];
  }
}

function module(code, result) {
  const body = [0, ...code, 0x0b];
  const sec = (id, c) => [id, ...uleb(c.length), ...c];
  return new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
    ...sec(1, [1, 0x60, 0, 1, result]), ...sec(3, [1, 0]), ...sec(7, [1, 1, 0x66, 0, 0]),
    ...sec(10, [1, ...uleb(body.length), ...body])]);
}

const ops = [];
for (let op = 0x45; op <= 0xc4; op++) ops.push(op);
for (let op = 0xfc00; op <= 0xfc07; op++) ops.push(op);
const hex = x => '0x' + x.toString(16);
for (const op of ops) {
  const [params, result] = sig(op);
  for (const pair of operands[params[0]]) {
    const args = params.length === 2 ? pair : [pair[0]];
    const opBytes = op > 0xff ? [0xfc, op & 0xff] : [op];
    // Floats come back reinterpreted as integers.
    const reinterp = result === F32 ? [0xbc] : result === F64 ? [0xbd] : [];
    const ret = result === F32 ? I32 : result === F64 ? I64 : result;
    const code = [...args.flatMap(a => konst(params[0], a)), ...opBytes, ...reinterp];
    const f = new WebAssembly.Instance(new WebAssembly.Module(module(code, ret))).exports.f;
    let out;
    try {
      const r = f();
      out = hex(ret === I32 ? BigInt(r >>> 0) : BigInt.asUintN(64, r));
    } catch (e) {
      out = 'trap:' + e.message;
    }
    console.log([hex(op), ...args.map(hex), out].join(' '));
  }
}
