// All typed array kinds: element size, value conversion on store (wrapping, clamping, rounding), and BigInt kinds.
const kinds = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array];
const inputs = [0, -0, 1.5, -1.5, 2.5, 127, 128, 255, 256, -129, 65535, 65536, 2 ** 31, 2 ** 32 + 3, -1, NaN, Infinity, -Infinity, 0.1, '7', true, null, undefined];
const fmt = (v) => (Object.is(v, -0) ? '-0' : String(v));
for (const K of kinds) {
  const ta = new K(inputs.length);
  inputs.forEach((v, i) => { ta[i] = v; });
  console.log(K.name.padEnd(17), K.BYTES_PER_ELEMENT, Array.from(ta, fmt).join(' '));
}
const b64 = new BigInt64Array(4);
b64[0] = 2n ** 63n;
b64[1] = -1n;
b64[2] = 2n ** 64n + 5n;
b64[3] = -(2n ** 63n) - 1n;
const bu64 = new BigUint64Array(3);
bu64[0] = -1n;
bu64[1] = 2n ** 64n;
bu64[2] = 123n;
console.log('BigInt64Array    ', BigInt64Array.BYTES_PER_ELEMENT, b64.join(' '));
console.log('BigUint64Array   ', BigUint64Array.BYTES_PER_ELEMENT, bu64.join(' '));
for (const [label, fn] of [
  ['number into BigInt64Array', () => { b64[0] = 1; }],
  ['bigint into Int32Array', () => { new Int32Array(1)[0] = 1n; }],
  ['BigInt64Array from numbers', () => new BigInt64Array([1, 2])],
  ['symbol into Uint8Array', () => { new Uint8Array(1)[0] = Symbol(); }],
]) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.constructor.name, e.message);
  }
}
// Float32 rounding.
const f32 = new Float32Array([0.1, 16777217, 3.4e38, 3.5e38, 1e-46, 1.401298464324817e-45]);
console.log(Array.from(f32).join(' '));
// Clamped rounds half to even.
console.log(Array.from(new Uint8ClampedArray([0.5, 1.5, 2.5, 3.5, 254.5, 255.5, -0.5])).join(' '));
