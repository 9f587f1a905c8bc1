// Buffer.copyBytesFrom over typed arrays, errors included.
const show = (v) => Buffer.isBuffer(v) ? v : JSON.stringify(v);
const u16 = new Uint16Array([1, 0x0203, 0xffff]);
for (const f of [() => Buffer.copyBytesFrom(u16), () => Buffer.copyBytesFrom(u16, 1), () => Buffer.copyBytesFrom(u16, 1, 1), () => Buffer.copyBytesFrom(u16, 5), () => Buffer.copyBytesFrom(u16, 0, 10),
  () => Buffer.copyBytesFrom(u16, -1), () => Buffer.copyBytesFrom(u16, '1'), () => Buffer.copyBytesFrom([1]), () => Buffer.copyBytesFrom(new DataView(new ArrayBuffer(2))), () => Buffer.copyBytesFrom(new Uint8Array(0)),
  () => Buffer.copyBytesFrom(new Float32Array([1]), 0, 1.5), () => Buffer.copyBytesFrom(u16, 1.5)]) {
  try { console.log(show(f())); } catch (e) { console.log(e.code + ' ' + e.name + ': ' + e.message); }
}
