// Numeric reads and writes: every width and byte order, with the range and
// bounds errors Node reports.
const B = Buffer;
const show = (v) => typeof v === 'bigint' ? v + 'n' : (B.isBuffer(v) ? v : JSON.stringify(v) ?? String(v));
const buf = B.from([1, 2, 3, 4, 5, 6, 7, 8, 0xff, 0xfe]);
const calls = [
  () => buf.readUInt8(0), () => buf.readUInt8(10), () => buf.readUInt8(-1), () => buf.readUInt8(1.5), () => buf.readUInt8('1'),
  () => buf.readInt8(8), () => buf.readUInt16LE(0), () => buf.readUInt16BE(0), () => buf.readInt16LE(8), () => buf.readUInt16LE(9),
  () => buf.readUInt32LE(0), () => buf.readInt32BE(6), () => buf.readUInt32BE(7), () => buf.readUIntLE(0, 6), () => buf.readUIntBE(1, 5),
  () => buf.readIntLE(4, 6), () => buf.readIntBE(8, 2), () => buf.readUIntLE(0, 7), () => buf.readUIntLE(0, 0), () => buf.readUIntLE(0, 1.5), () => buf.readUIntLE(0, '2'),
  () => buf.readUIntLE(), () => buf.readBigUInt64LE(0), () => buf.readBigInt64BE(2), () => buf.readBigUInt64LE(3), () => buf.readFloatLE(0), () => buf.readDoubleBE(0),
  () => buf.readDoubleLE(3), () => B.alloc(2).readUInt32LE(0), () => B.alloc(0).readUInt8(0), () => B.alloc(2).readUInt8(NaN),
  () => B.alloc(2).writeUInt8(255, 0), () => B.alloc(2).writeUInt8(256, 0), () => B.alloc(2).writeUInt8(-1), () => B.alloc(2).writeUInt8(1, 2), () => B.alloc(2).writeUInt8(1, '0'),
  () => B.alloc(2).writeInt8(-129), () => B.alloc(4).writeUInt16LE(65536), () => B.alloc(4).writeInt16BE(-32769), () => B.alloc(4).writeUInt32LE(2 ** 32), () => B.alloc(4).writeInt32LE(-(2 ** 31) - 1),
  () => B.alloc(8).writeUIntLE(2 ** 48, 0, 6), () => B.alloc(8).writeIntLE(-(2 ** 47) - 1, 0, 6), () => B.alloc(8).writeUIntBE(2 ** 40, 0, 5), () => B.alloc(8).writeIntBE(2 ** 39, 0, 5),
  () => B.alloc(8).writeUIntLE(1, 0, 7), () => B.alloc(8).writeBigUInt64LE(2n ** 64n), () => B.alloc(8).writeBigInt64LE(2n ** 63n), () => B.alloc(8).writeBigInt64LE(-(2n ** 63n) - 1n),
  () => B.alloc(8).writeBigUInt64LE(5), () => B.alloc(4).writeUInt32LE(1, 1), () => B.alloc(4).writeUInt32LE(1, 1.5), () => B.alloc(4).writeFloatLE(1.5, 1), () => B.alloc(4).writeUInt16LE(1.5),
  () => B.alloc(4).writeInt16LE(-1.5), () => B.alloc(4).writeUInt16LE(NaN), () => B.alloc(4).writeUInt32LE('7'), () => B.alloc(4).writeUInt16LE(1, -1),
  () => B.alloc(1).writeUInt16LE(1, 0),
];
for (const f of calls) {
  try { console.log(String(f).slice(6), '=>', show(f())); } catch (e) { console.log(String(f).slice(6), '=>', e.code + ' ' + e.name + ': ' + e.message); }
}
const w = B.alloc(8);
for (const [m, v] of [['writeUInt16LE', 0x1234], ['writeUInt16BE', 0x1234], ['writeInt32LE', -2], ['writeInt32BE', -2], ['writeFloatBE', 1.5], ['writeDoubleLE', Math.PI], ['writeDoubleBE', -0], ['writeBigInt64LE', -3n], ['writeBigUInt64BE', 0x0102030405060708n]]) {
  w.fill(0); console.log(m, w[m](v, 0), w);
}
for (const n of [1, 2, 3, 4, 5, 6]) { w.fill(0); console.log(n, w.writeIntLE(-5, 0, n), w, w.readIntLE(0, n), w.writeUIntBE(2 ** (8 * n) - 2, 0, n), w, w.readUIntBE(0, n)); }
const hi = B.from([0x80, 0xff, 0xfe, 0x81, 0x7f, 0x01, 0x00, 0x90, 0x12]);
for (const m of ['readInt8', 'readUInt8', 'readUint8', 'readInt16LE', 'readInt16BE', 'readUInt16LE', 'readUint16BE', 'readInt32LE', 'readInt32BE',
  'readUInt32LE', 'readUint32BE', 'readFloatLE', 'readFloatBE', 'readDoubleLE', 'readDoubleBE', 'readBigInt64LE', 'readBigInt64BE', 'readBigUInt64LE',
  'readBigUint64BE']) {
  console.log(m, [0, 1, 3].map((o) => { try { return show(hi[m](o)); } catch (e) { return e.code; } }).join(' '), /Float|Double/.test(m) ? '' : hi[m].name);
}
for (const [m, v] of [['writeInt8', -128], ['writeInt16LE', -2], ['writeInt16BE', -300], ['writeUint16LE', 513], ['writeInt32LE', -123456], ['writeUint32BE', 0xdeadbeef], ['writeFloatLE', -0.1], ['writeDoubleBE', 1e300], ['writeFloatBE', NaN], ['writeBigUint64LE', 1n]]) {
  const t = B.alloc(9, 0xaa);
  console.log(m, t[m](v, 1), t, /Float|Double/.test(m) ? '' : t[m].name);
}
