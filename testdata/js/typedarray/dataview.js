// DataView getters and setters for every type, both endiannesses, offsets, and range errors.
const buf = new ArrayBuffer(16);
const dv = new DataView(buf);
dv.setUint8(0, 0x12);
dv.setInt8(1, -2);
dv.setUint16(2, 0xabcd);
dv.setUint16(4, 0xabcd, true);
dv.setInt32(6, -123456789);
dv.setFloat32(10, 1.5, true);
console.log(Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join(' '));
console.log(dv.getUint8(0), dv.getInt8(1), dv.getUint8(1), dv.getUint16(2).toString(16), dv.getUint16(2, true).toString(16), dv.getUint16(4, true).toString(16));
console.log(dv.getInt32(6), dv.getInt32(6, true), dv.getUint32(6), dv.getFloat32(10, true), dv.getFloat32(10));
dv.setFloat64(0, Math.PI);
console.log(dv.getFloat64(0), dv.getFloat64(0, true), dv.getUint32(0).toString(16), dv.getUint32(4).toString(16));
dv.setBigInt64(8, -2n);
console.log(dv.getBigInt64(8), dv.getBigUint64(8), dv.getBigInt64(8, true));
dv.setBigUint64(0, 2n ** 64n - 1n, true);
console.log(dv.getBigUint64(0, true), dv.getInt8(7));
// Offsets and views over part of a buffer.
const part = new DataView(buf, 4, 8);
console.log(part.byteOffset, part.byteLength, part.buffer === buf);
part.setUint8(0, 0xee);
console.log(new Uint8Array(buf)[4].toString(16));
// Value conversion.
dv.setUint8(0, 257);
dv.setInt16(2, 40000);
dv.setFloat32(4, 0.1);
console.log(dv.getUint8(0), dv.getInt16(2), dv.getFloat32(4));
// Errors.
for (const [label, fn] of [
  ['get beyond end', () => dv.getUint32(13)],
  ['negative offset', () => dv.getUint8(-1)],
  ['set beyond end', () => dv.setFloat64(9, 1)],
  ['view beyond buffer', () => new DataView(buf, 10, 7)],
  ['offset beyond buffer', () => new DataView(buf, 17)],
  ['not a buffer', () => new DataView([])],
  ['bigint setter with number', () => dv.setBigInt64(0, 1)],
  ['without new', () => DataView(buf)],
]) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.constructor.name, e.message);
  }
}
console.log(dv.getUint8(), dv.getUint8('1'), dv.getUint8(1.9));
console.log(Object.getOwnPropertyNames(DataView.prototype).sort().join());
