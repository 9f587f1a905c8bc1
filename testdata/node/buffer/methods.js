// A table of Buffer calls, errors included: each line prints the call and
// its result, or the error's code, name and message.
const B = Buffer;
const show = (v) => typeof v === 'bigint' ? v + 'n' : (B.isBuffer(v) || Array.isArray(v) ? v : JSON.stringify(v) ?? String(v));
const buf = B.from('hello world, hello');
const calls = [
  () => B.from([1, 2, 256, -1, 1.7, 'x']), () => B.from({ length: 2, 0: 5, 1: 6 }), () => B.from({ length: '2' }), () => B.from(new Uint16Array([1, 258])),
  () => B.from({ type: 'Buffer', data: [1, 2] }), () => B.from(new String('abc')), () => B.from({ valueOf() { return 'xy'; } }),
  () => B.from({ [Symbol.toPrimitive]() { return 'zz'; } }), () => B.from({}), () => B.from(true), () => B.from('abc', 5), () => B.from('', 'bogus'), () => B.from('a', 'bogus'),
  () => B.from(new ArrayBuffer(4), '1'), () => B.from(new ArrayBuffer(4), 1, -2), () => B.from(new ArrayBuffer(4), NaN, 2), () => B.from(new SharedArrayBuffer(2)),
  () => B.alloc(3, 'abcd'), () => B.alloc(4, 'aGk=', 'base64'), () => B.alloc(3, 257), () => B.alloc(3, B.from([1, 2])), () => B.alloc(3, ''), () => B.alloc(3, 'zz', 'hex'), () => B.alloc(2, 'a', 'nope'), () => B.alloc(1.5), () => B.alloc(NaN),
  () => B.allocUnsafe(-1), () => B.allocUnsafeSlow('1'), () => B.byteLength('héllo'), () => B.byteLength('aGVsbG8=', 'base64'), () => B.byteLength('abc', 'nope'), () => B.byteLength(new Uint16Array(3)), () => B.byteLength(5), () => B.byteLength(new ArrayBuffer(7)),
  () => B.compare(B.from('a'), B.from('b')), () => B.compare(B.from('b'), B.from('a')), () => B.compare(B.from('a'), B.from('a')), () => B.compare('a', B.from('a')), () => B.compare(B.from('a'), 1),
  () => B.concat([B.from('a'), B.from('bc')], 5), () => B.concat([B.from('a'), B.from('bc')], 2), () => B.concat([]), () => B.concat('x'), () => B.concat(['x']), () => B.concat([B.from('a')], -1), () => B.concat([B.from('a')], 1.5),
  () => B.isEncoding('UTF-8'), () => B.isEncoding('binary'), () => B.isEncoding(''), () => B.isEncoding('utf7'), () => B.isEncoding(5), () => B.isBuffer(new Uint8Array(1)), () => B.of(1, 2, 300),
  () => buf.toString('utf8', 6, 11), () => buf.toString('hex', -5, 2), () => buf.toString(undefined, 1, 3), () => buf.toString('ascii', 2.7, 4.2), () => buf.toString('latin1', 3, 100), () => buf.toString('bad'), () => buf.toString(null),
  () => buf.indexOf('hello'), () => buf.indexOf('hello', 1), () => buf.indexOf('hello', -5), () => buf.lastIndexOf('hello'), () => buf.lastIndexOf('hello', 5), () => buf.indexOf(111), () => buf.indexOf(111 + 256), () => buf.lastIndexOf(111),
  () => buf.indexOf(B.from('wor')), () => buf.indexOf(''), () => buf.indexOf('', 4), () => buf.indexOf('', 100), () => buf.lastIndexOf(''), () => buf.indexOf('68656c', 'hex'), () => buf.indexOf('aGVs', 0, 'base64'),
  () => buf.indexOf({}), () => buf.indexOf('a', 0, 'bad'), () => buf.includes('world'), () => buf.includes('xyz'), () => buf.indexOf('o', 'latin1'), () => buf.lastIndexOf('o', -3), () => buf.indexOf('o', NaN), () => buf.lastIndexOf('o', NaN), () => buf.lastIndexOf('h', -100),
  () => buf.equals(B.from('hello world, hello')), () => buf.equals(B.from('x')), () => buf.equals('x'), () => buf.compare(B.from('hello')), () => buf.compare(B.from('hello'), 0, 5, 0, 5), () => buf.compare(B.from('abc'), 1, 2, 1), () => buf.compare(B.from('abc'), 5), () => buf.compare(B.from('abc'), 0, 5),
  () => buf.compare(B.from('abc'), 0, 1.5), () => buf.compare(B.from('abc'), '1'), () => buf.compare(B.from('abc'), 2, 1), () => buf.compare(B.from('abc'), 0, 1, 3, 2),
  () => { const t = B.alloc(6, '.'); return [buf.copy(t, 1, 2, 5), t]; }, () => { const t = B.alloc(4, '.'); return [buf.copy(t), t]; }, () => { const t = B.alloc(4, '.'); return [buf.copy(t, 2, 0), t]; },
  () => buf.copy(B.alloc(2), -1), () => buf.copy(B.alloc(2), 0, 100), () => buf.copy(B.alloc(2), 0, 0, -1), () => buf.copy('x'), () => buf.copy(B.alloc(2), 5), () => buf.copy(B.alloc(2), '1', '1.5', 'x'),
  () => B.alloc(5).fill('ab', 1), () => B.alloc(5).fill('ab', 1, 3), () => B.alloc(5).fill('6162', 'hex'), () => B.alloc(5).fill('6162', 1, 'hex'), () => B.alloc(5).fill(0x41, 1, 2), () => B.alloc(5).fill(-1), () => B.alloc(5).fill(true), () => B.alloc(5).fill(B.from([1, 2])),
  () => B.alloc(5).fill('a', 6), () => B.alloc(5).fill('a', 0, 6), () => B.alloc(5).fill('a', 3, 1), () => B.alloc(5).fill('a', 'bad'), () => B.alloc(5).fill('x', 0, 5, 5), () => B.alloc(5).fill('é', 'latin1'), () => B.alloc(5).fill('€'),
  () => { const b = B.alloc(6); return [b.write('héllo'), b]; }, () => { const b = B.alloc(6); return [b.write('abc', 4), b]; }, () => { const b = B.alloc(6); return [b.write('abcdef', 1, 2), b]; }, () => { const b = B.alloc(6); return [b.write('6162', 'hex'), b]; },
  () => { const b = B.alloc(6); return [b.write('6162', 2, 'hex'), b]; }, () => { const b = B.alloc(6); return [b.write('ab', 1, 4, 'utf16le'), b]; }, () => { const b = B.alloc(5); return [b.write('abc', 0, 'ucs2'), b]; }, () => B.alloc(2).write(5), () => B.alloc(2).write('a', 3), () => B.alloc(2).write('a', 0, 3),
  () => B.alloc(2).write('a', 0, 1, 'bad'), () => B.alloc(2).write('a', -1), () => { const b = B.alloc(3); return [b.write('€€'), b]; }, () => { const b = B.alloc(3); return [b.write('aGVsbG8=', 'base64'), b]; },
  () => buf.slice(1, 3), () => buf.slice(-3), () => buf.slice(5, 2), () => buf.subarray(-100, 2), () => buf.slice(1.9, 3.9), () => buf.slice('2', '4'), () => buf.slice(NaN, Infinity),
  () => B.from('abcd').swap16(), () => B.from('abcdefgh').swap32(), () => B.from('abcdefgh').swap64(), () => B.from('abc').swap16(), () => B.from('abc').swap32(), () => B.from('abc').swap64(),
  () => B.from('ab').toJSON(), () => JSON.stringify({ b: B.from([1, 2]) }), () => B.alloc(0).toJSON(), () => B.from('hi').toLocaleString(), () => B.from('hi').parent.byteLength >= 2, () => B.from('hi').offset >= 0,
  () => B.from('hi').latin1Slice(0, 1), () => B.from('hi').hexSlice(), () => { const b = B.alloc(3); return [b.utf8Write('xyz', 1), b]; },
  () => B(3), () => new B('ab'), () => B(3, 'utf8'), () => B.from('ab').map(x => x + 1), () => B.from('ab').filter(() => true).constructor.name,
  () => typeof SlowBuffer, () => require('buffer').SlowBuffer(2), () => B.poolSize, () => B.length, () => B.name, () => Object.keys(B), () => require('buffer').kMaxLength, () => require('buffer').constants,
];
for (const f of calls) {
  try { console.log(String(f).slice(6), '=>', show(f())); } catch (e) { console.log(String(f).slice(6), '=>', e.code + ' ' + e.name + ': ' + e.message); }
}
