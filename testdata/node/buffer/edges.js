// Corner cases: UTF-16 searches, shared memory, encodings, typed-array methods.
const B = Buffer;
const show = (v) => typeof v === 'bigint' ? v + 'n' : (B.isBuffer(v) || Array.isArray(v) ? v : JSON.stringify(v) ?? String(v));
const u = B.from('abcabc', 'ucs2');
const odd = B.from([0x00, 0x61, 0x00, 0x62, 0x00, 0x61, 0x00]);
const calls = [
  () => u.indexOf('b', 'ucs2'), () => u.lastIndexOf('a', 'ucs2'), () => odd.indexOf('a', 'ucs2'), () => odd.indexOf('ab', 0, 'utf16le'), () => odd.lastIndexOf('a', 'ucs2'), () => u.indexOf('c', 3, 'ucs2'),
  () => u.indexOf(B.from('b\0'), 0, 'ucs2'), () => u.indexOf('a', 1, 'ucs2'),
  () => B.from('€uro').toString('utf8', 1), () => B.from('ab').toString('utf8', '1'), () => B.from('abc').toString('hex', 1, '2'),
  () => B.from('hi').toString(undefined), () => B.from([0xd8, 0x3d, 0xde, 0x00]).toString('utf16le'), () => B.from([0x3d, 0xd8, 0x00, 0xde]).toString('utf16le'),
  () => B.from('\u00ff\u0100', 'latin1'), () => B.from('\u00ff\u0100', 'ascii'), () => B.from('zz', 'hex'), () => B.from('Zm9v', 'BASE64').toString(), () => B.from('foo').toString('Base64URL'),
  () => B.from(new Uint8Array([1, 2, 3]).buffer, 1), () => { const ab = new ArrayBuffer(4); const b = B.from(ab); b[0] = 9; return new Uint8Array(ab)[0]; },
  () => { const b = B.from('abc'); const c = B.from(b); c[0] = 0; return b.toString(); }, () => { const b = B.from('abc'); const s = b.slice(1); s[0] = 0x7a; return b.toString(); },
  () => B.from('aé').toJSON(), () => B.concat([new Uint8Array([1]), B.from([2])]).length,
  () => B.byteLength('\ud800'), () => B.byteLength('abc', 'ucs2'), () => B.byteLength('ab', 'hex'), () => B.byteLength('€', 'latin1'), () => B.byteLength('YQ', 'base64url'),
  () => B.alloc(4).fill('\u0222'), () => B.alloc(3).fill('a', 'utf16le'), () => B.alloc(4).fill('abc', 'ucs2'), () => B.alloc(2).fill(null), () => B.alloc(2).fill(undefined), () => B.alloc(2).fill({}),
  () => B.alloc(5, 'abc').fill('x', 1, 1), () => B.alloc(5).fill(''), () => B.alloc(2).fill('x', NaN),
  () => B.from('hello').write('xy', 'latin1'), () => B.from('abc').compare(B.from('abd'), 0, 3, 0, 3),
  () => B.from('abc').copy(B.alloc(3), 1.7), () => B.from('abcdef').copy(B.alloc(3), 0, 4), () => B.from('abcdef').copy(B.alloc(10), 0, 2, 100),
  () => new B.prototype.constructor(1), () => B.from('abc').entries().next().value, () => [...B.from('ab').keys()], () => B.from('ab').at(-1),
  () => B.from('abc').reverse(), () => B.from([3, 1, 2]).sort(), () => B.from('abc').join('-'), () => B.from('ab').every((x) => x > 90),
  () => Object.prototype.toString.call(B.from('a')), () => ArrayBuffer.isView(B.from('a')), () => B.from('xyz').BYTES_PER_ELEMENT,
];
for (const f of calls) {
  try { console.log(String(f).slice(6), '=>', show(f())); } catch (e) { console.log(String(f).slice(6), '=>', e.code + ' ' + e.name + ': ' + e.message); }
}
