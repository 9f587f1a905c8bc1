// Element reads and writes through the interpreter's typed-array path while
// the buffer under the view is detached, resized or grown, for fixed-length
// and length-tracking views of every kind.
function get(ta, i) { return ta[i]; }
function set(ta, i, v) { ta[i] = v; }
function show(label, ta) {
  const out = [];
  for (let i = -1; i <= 4; i++) out.push(String(get(ta, i)));
  out.push(String(get(ta, 1.5)), String(get(ta, -0)));
  console.log(label, ta.length, out.join(' '));
}

const kinds = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array];
for (const K of kinds) {
  const ta = new K(4);
  for (let i = 0; i < 6; i++) set(ta, i, i * 100.7 - 150);
  show(K.name, ta);
}
const big = new BigInt64Array(3);
for (let i = 0; i < 3; i++) set(big, i, BigInt(i) - 1n);
console.log(get(big, 0), get(big, 2), get(big, 3));
try { set(big, 0, 1); } catch (e) { console.log(e.constructor.name, e.message); }

// Detach: reads give undefined, writes are ignored (after converting).
{
  const ta = new Int32Array(4);
  for (let i = 0; i < 4; i++) set(ta, i, i + 1);
  show('before detach', ta);
  structuredClone(ta.buffer, { transfer: [ta.buffer] });
  show('after detach', ta);
  let converted = 0;
  set(ta, 0, { valueOf() { converted++; return 7; } });
  console.log('converted', converted, get(ta, 0));
}

// Resizable buffer: a fixed view goes out of bounds when the buffer shrinks
// below it, and back in when it grows; a tracking view follows the length.
{
  const rab = new ArrayBuffer(16, { maxByteLength: 32 });
  const fixed = new Int32Array(rab, 4, 2);
  const track = new Int32Array(rab, 4);
  for (let i = 0; i < 3; i++) set(track, i, 10 + i);
  show('fixed', fixed); show('track', track);
  rab.resize(8);
  show('fixed shrunk', fixed); show('track shrunk', track);
  set(fixed, 0, 99); set(track, 0, 42);
  rab.resize(2);
  show('fixed gone', fixed); show('track gone', track);
  set(track, 0, 5);
  rab.resize(32);
  show('fixed back', fixed); show('track grown', track);
  for (let i = 0; i < 8; i++) set(track, i, i);
  show('track filled', track);
}

// A value whose conversion resizes the buffer: the write checks the bounds
// after converting.
{
  const rab = new ArrayBuffer(8, { maxByteLength: 8 });
  const ta = new Uint8Array(rab);
  set(ta, 6, { valueOf() { rab.resize(4); return 1; } });
  show('resized by valueOf', ta);
}

// Growable shared buffer.
{
  const sab = new SharedArrayBuffer(4, { maxByteLength: 12 });
  const track = new Uint16Array(sab);
  set(track, 1, 65537);
  sab.grow(12);
  set(track, 5, 7);
  show('shared grown', track);
}
