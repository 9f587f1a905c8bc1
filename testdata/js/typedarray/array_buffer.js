// ArrayBuffer: construction, byteLength, slice with negative/out-of-range arguments, isView, and errors.
const buf = new ArrayBuffer(8);
console.log(buf.byteLength, Object.prototype.toString.call(buf), ArrayBuffer.isView(buf), ArrayBuffer.isView(new Uint8Array(buf)), ArrayBuffer.isView(new DataView(buf)));
new Uint8Array(buf).set([0, 1, 2, 3, 4, 5, 6, 7]);
const show = (b) => `[${new Uint8Array(b).join(',')}] (${b.byteLength})`;
console.log(show(buf.slice(2)), show(buf.slice(-3)), show(buf.slice(2, -2)), show(buf.slice(6, 2)), show(buf.slice(100)), show(buf.slice()));
const copy = buf.slice(0, 2);
new Uint8Array(copy)[0] = 99;
console.log('slice copies:', new Uint8Array(buf)[0]);
console.log(new ArrayBuffer().byteLength, new ArrayBuffer(1.9).byteLength, new ArrayBuffer('3').byteLength, new ArrayBuffer(undefined).byteLength);
for (const bad of [-1, 2 ** 53]) {
  try {
    new ArrayBuffer(bad);
  } catch (e) {
    console.log(bad, e.constructor.name, e.message);
  }
}
try {
  ArrayBuffer(4);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get.call(new SharedArrayBuffer(1));
} catch (e) {
  console.log(e.constructor.name, e.message);
}
// Resizable buffers (ES2024, present in node 20).
const rb = new ArrayBuffer(2, { maxByteLength: 8 });
const tracking = new Uint8Array(rb);
console.log(rb.resizable, rb.maxByteLength, tracking.length, buf.resizable, buf.maxByteLength);
rb.resize(6);
console.log(rb.byteLength, tracking.length);
rb.resize(1);
console.log(rb.byteLength, tracking.length);
try {
  rb.resize(9);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(Object.getOwnPropertyNames(ArrayBuffer.prototype).sort().join());
console.log(ArrayBuffer[Symbol.species] === ArrayBuffer, ArrayBuffer.length);
