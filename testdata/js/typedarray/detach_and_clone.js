// structuredClone of binary data: copies by default, transfer detaches the source buffer and its views.
const src = new Uint8Array([1, 2, 3]);
const cloned = structuredClone(src);
cloned[0] = 9;
console.log(src[0], cloned[0], cloned instanceof Uint8Array, cloned.buffer !== src.buffer);
const viewPair = { a: src, b: src.subarray(1) };
const pairClone = structuredClone(viewPair);
pairClone.a[1] = 42;
console.log('views keep sharing inside a clone:', pairClone.b[0], pairClone.a.buffer === pairClone.b.buffer);
const buf = new ArrayBuffer(4);
const view = new Uint32Array(buf);
view[0] = 0xdeadbeef;
const moved = structuredClone(buf, { transfer: [buf] });
console.log(buf.byteLength, view.length, view.byteLength, view.byteOffset, moved.byteLength, new Uint32Array(moved)[0].toString(16));
console.log(view[0], 0 in view);
for (const [label, fn] of [
  ['slice detached', () => buf.slice(0)],
  ['new view on detached', () => new Uint8Array(buf)],
  ['DataView on detached', () => new DataView(buf)],
  ['fill detached view', () => view.fill(1)],
]) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.constructor.name, e.message);
  }
}
const dv = new DataView(new ArrayBuffer(2));
console.log(structuredClone(dv) instanceof DataView, structuredClone(new BigInt64Array([5n]))[0], structuredClone(new Float32Array([0.5])).join());
