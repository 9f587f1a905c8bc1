// TypedArray constructors: from length, array-like, iterable, another typed array, and buffer/offset/length with checks.
console.log(new Uint8Array(3).join(), new Uint8Array([1, 2, 3]).join(), new Uint8Array({ length: 2, 0: 7 }).join(), new Uint8Array(new Set([4, 5])).join());
console.log(new Int16Array(new Float64Array([1.9, -1.9, 70000])).join(), new Float32Array(new Int8Array([-1, 2])).join());
console.log(new Uint8Array().length, new Uint8Array(null).length, new Uint8Array(undefined).length, new Uint8Array('2').length, new Uint8Array(true).length);
const buf = new ArrayBuffer(16);
const full = new Uint32Array(buf);
const tail = new Uint32Array(buf, 8);
const mid = new Uint16Array(buf, 2, 3);
console.log(full.length, tail.length, tail.byteOffset, mid.length, mid.byteOffset, mid.byteLength, mid.buffer === buf);
for (const [label, fn] of [
  ['misaligned offset', () => new Uint32Array(buf, 3)],
  ['buffer length not multiple', () => new Uint32Array(new ArrayBuffer(6))],
  ['offset beyond buffer', () => new Uint8Array(buf, 17)],
  ['length beyond buffer', () => new Uint8Array(buf, 8, 9)],
  ['negative length', () => new Uint8Array(-1)],
  ['huge length', () => new Uint8Array(2 ** 53)],
  ['without new', () => Uint8Array(2)],
  ['abstract TypedArray', () => new (Object.getPrototypeOf(Uint8Array))()],
  ['non-iterable object with bad length', () => new Uint8Array({ length: -1 }).length],
]) {
  try {
    const r = fn();
    console.log(label, 'ok', r);
  } catch (e) {
    console.log(label, e.constructor.name, e.message);
  }
}
// The new array copies; views over the same buffer share.
const src = new Uint8Array([1, 2]);
const copied = new Uint8Array(src);
const shared = new Uint8Array(src.buffer);
src[0] = 9;
console.log(copied[0], shared[0]);
// from/of.
console.log(Uint8Array.from('123').join(), Int8Array.from([1, 2], (x) => -x).join(), Float64Array.of(1, 2.5).join(), Uint8Array.from({ length: 3 }, (_, i) => i * 2).join());
console.log(Object.getPrototypeOf(Int8Array).name, Object.getPrototypeOf(Int8Array.prototype) === Object.getPrototypeOf(Uint8Array.prototype));
