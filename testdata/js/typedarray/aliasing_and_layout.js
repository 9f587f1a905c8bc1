// Several views on one buffer: byte order (little-endian), float bit patterns, and integer reinterpretation.
const buf = new ArrayBuffer(8);
const u8 = new Uint8Array(buf);
const u16 = new Uint16Array(buf);
const u32 = new Uint32Array(buf);
const i32 = new Int32Array(buf);
const f32 = new Float32Array(buf);
const f64 = new Float64Array(buf);
u32[0] = 0x01020304;
console.log('little-endian bytes:', u8.slice(0, 4).join(), 'u16:', u16[0].toString(16), u16[1].toString(16));
u32[1] = 0xffffffff;
console.log(i32[1], u32[1], u16[3], u8[7]);
const bits = (x) => { f64[0] = x; return Array.from(u32).reverse().map((w) => w.toString(16).padStart(8, '0')).join(''); };
for (const x of [1, -1, 0, -0, 0.1, Infinity, -Infinity, Number.MAX_VALUE, Number.MIN_VALUE, 2 ** -1022]) console.log(String(x).padEnd(24), bits(x));
console.log('NaN is a NaN bit pattern:', (() => { f64[0] = NaN; return (u32[1] & 0x7ff00000) === 0x7ff00000 && (u32[1] & 0xfffff || u32[0]) !== 0; })());
f32[0] = 1;
console.log('float32 1.0:', u32[0].toString(16));
f32[0] = -0;
console.log('float32 -0:', u32[0].toString(16), Object.is(f32[0], -0));
// Writing bytes produces a float.
u32[0] = 0;
u32[1] = 0x40490fdb;
console.log(f32[1]);
// A view of length zero at the end of the buffer.
console.log(new Uint8Array(buf, 8).length, new Uint8Array(buf, 8).byteOffset);
// Uint8 views of a Float64Array via its buffer.
const fa = new Float64Array([1.5]);
console.log(Array.from(new Uint8Array(fa.buffer)).join(','));
