// safe-buffer: the Buffer API wrapper (it re-exports node's Buffer when modern).
const { Buffer: SafeBuffer } = require('safe-buffer');
const sb = require('safe-buffer');

console.log('same as global', SafeBuffer === Buffer, sb.SlowBuffer === require('buffer').SlowBuffer);
console.log('from string', SafeBuffer.from('héllo').toString('hex'));
console.log('from hex', SafeBuffer.from('68656c6c6f', 'hex').toString());
console.log('from base64', SafeBuffer.from('aGVsbG8=', 'base64').toString('utf8'));
console.log('from array', SafeBuffer.from([1, 2, 300]).toJSON());
console.log('alloc', SafeBuffer.alloc(4).toString('hex'), SafeBuffer.alloc(3, 'ab').toString());
console.log('allocUnsafe length', SafeBuffer.allocUnsafe(10).length, SafeBuffer.allocUnsafeSlow(5).length);
const b = SafeBuffer.alloc(8);
b.writeUInt32BE(0xdeadbeef, 0);
b.writeInt16LE(-2, 4);
console.log('write/read', b.toString('hex'), b.readUInt32BE(0).toString(16), b.readInt16LE(4));
console.log('concat', SafeBuffer.concat([SafeBuffer.from('ab'), SafeBuffer.from('cd')]).toString());
console.log('byteLength', SafeBuffer.byteLength('héllo'), SafeBuffer.isBuffer(b), SafeBuffer.isBuffer('x'));
console.log('slice/equals', b.slice(0, 2).toString('hex'), SafeBuffer.from('a').equals(SafeBuffer.from('a')));
for (const bad of [() => SafeBuffer.from(5), () => SafeBuffer.alloc('x'), () => SafeBuffer.allocUnsafe(-1)]) {
  try {
    bad();
    console.log('no error');
  } catch (e) {
    console.log('error', e.name, e.code || e.message);
  }
}
