// Typed arrays, ArrayBuffer, DataView, and SharedArrayBuffer as console.log prints them.
console.log(new Uint8Array([1, 2, 3]));
console.log(new Int16Array(0));
console.log(new Float64Array([1.5, -0, NaN, Infinity]));
console.log(new BigInt64Array([1n, -1n]));
console.log(new Uint8ClampedArray([300, -5]));
console.log(new Uint8Array(120));
console.log(new ArrayBuffer(4));
console.log(new Uint8Array([255, 16, 1]).buffer);
console.log(new ArrayBuffer(0));
console.log(new ArrayBuffer(60));
console.log(new DataView(new ArrayBuffer(3), 1));
console.log({ view: new Float32Array([0.1, 0.5]) });
const withProp = new Uint8Array(2);
withProp.extra = 'x';
console.log(withProp);
console.log(new Uint8Array(new ArrayBuffer(8), 2, 3));
console.log([new Int8Array([-1]), new Uint32Array([4294967295])]);
console.log(new SharedArrayBuffer(2));
