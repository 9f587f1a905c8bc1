// Globals, atob/btoa, Blob, isUtf8/isAscii and how Buffers print.
const buffer = require('buffer');
const show = (v) => typeof v === 'string' ? JSON.stringify(v) : v;
console.log(globalThis.Buffer === buffer.Buffer, atob === buffer.atob, btoa === buffer.btoa, Blob === buffer.Blob, require('node:buffer') === buffer);
console.log(Object.keys(buffer).filter((k) => k !== 'resolveObjectURL').sort());
console.log(buffer.kMaxLength, buffer.constants, buffer.INSPECT_MAX_BYTES, typeof buffer.SlowBuffer);
const calls = [
  () => btoa('hello'), () => btoa(''), () => btoa('\xff\xfe'), () => btoa('€'), () => btoa(), () => btoa(123), () => btoa(null),
  () => atob('aGVsbG8='), () => atob('aGVsbG8'), () => atob(' aG Vs\nbG8= '), () => atob('aGVsbG8=='), () => atob('a'), () => atob('ab=c'), () => atob('a$bc'),
  () => atob('//79'), () => atob(''), () => atob('YQ==='), () => atob(), () => atob(undefined), () => atob(null), () => atob('YQ'),
  () => buffer.isUtf8(Buffer.from('héllo')), () => buffer.isUtf8(Buffer.from([0xff])), () => buffer.isUtf8(new ArrayBuffer(2)), () => buffer.isUtf8('x'),
  () => buffer.isAscii(Buffer.from('abc')), () => buffer.isAscii(Buffer.from('é')), () => buffer.isAscii(5),
  () => new Blob(['ab', new Uint8Array([99]), new Blob(['d'])], { type: 'Text/Plain' }).size, () => new Blob([], { type: 'é' }).type,
  () => new Blob(['a\nb\r\n'], { endings: 'native' }).size, () => new Blob([1, {}]).size, () => new Blob(new Set(['xy'])).size, () => new Blob().size,
  () => new Blob(5), () => new Blob('ab'), () => new Blob([], 5), () => new Blob([], { endings: 'x' }), () => Blob.prototype.size, () => Blob.prototype.slice.call({}),
  () => Object.prototype.toString.call(new Blob()), () => Blob.name, () => Blob.length, () => new Blob(['abcdef']).slice(1, 3, 'X/Y').type, () => new Blob(['abcdef']).slice(-2).size,
  () => new Blob(['abcdef']).slice(4, 2).size, () => new Blob(['abcdef']).slice(2, 100).size,
];
for (const f of calls) {
  try { console.log(String(f).slice(6), '=>', show(f())); } catch (e) { console.log(String(f).slice(6), '=>', e.code + ' ' + e.name + ': ' + e.message); }
}
console.log(new Blob(['abc'], { type: 'a/b' }), [new Blob()]);
console.log(Buffer.from('hello'), Buffer.alloc(0), Buffer.alloc(51), Buffer.alloc(52), [Buffer.from('x')], { b: Buffer.from('ab') });
const x = Buffer.from('hi');
x.foo = 1;
x.bar = 'two';
console.log(x, Buffer.alloc(0));
buffer.INSPECT_MAX_BYTES = 2;
console.log(Buffer.from('hello'));
buffer.INSPECT_MAX_BYTES = 50;
console.log(Buffer.from('hi').inspect(), typeof Buffer.prototype[Symbol.for('nodejs.util.inspect.custom')]);
console.log(Object.getPrototypeOf(Buffer) === Uint8Array, Buffer.prototype.constructor === Buffer, Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype);
console.log(Buffer.from('ab') instanceof Uint8Array, Buffer.from('ab').constructor.name, Object.keys(Buffer), Buffer.length, Buffer.name);
const names = Object.getOwnPropertyNames(Buffer.prototype);
console.log(names.length, names.sort().join());
Promise.all([new Blob(['hé']).text(), new Blob(['ab']).arrayBuffer(), new Blob(['x']).bytes()]).then(([t, ab, u]) => {
  console.log(t, ab.byteLength, new Uint8Array(ab), u);
});
const e = Buffer.alloc(0);
e.x = 1;
const c = Buffer.from('a');
c.o = { a: { b: { c: {} } } };
c['a-b'] = 2;
c[Symbol('s')] = 3;
console.log(e, c);
