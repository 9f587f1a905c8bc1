// scrypt and hkdf: RFC known answers, option aliases, argument errors and
// the callback forms.
const crypto = require('crypto');

const show = (label, fn) => {
  try {
    const r = fn();
    console.log(label, r instanceof ArrayBuffer ? 'ArrayBuffer ' + Buffer.from(r).toString('hex')
      : Buffer.isBuffer(r) ? r.toString('hex') : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, JSON.stringify(e.message));
  }
};

// RFC 7914 §12 (the first three vectors).
show('rfc7914 1', () => crypto.scryptSync('', '', 64, { N: 16, r: 1, p: 1 }));
show('rfc7914 2', () => crypto.scryptSync('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }));
show('rfc7914 3', () => crypto.scryptSync('pleaseletmein', 'SodiumChloride', 64, { N: 16384, r: 8, p: 1 }));
show('defaults', () => crypto.scryptSync('password', 'salt', 16));
show('aliases', () => crypto.scryptSync('password', 'salt', 16, { cost: 32, blockSize: 2, parallelization: 3 }));
show('zeros mean defaults', () => crypto.scryptSync('pw', 'salt', 16, { N: 0, r: 0, p: 0, maxmem: 0 }));
show('null options', () => crypto.scryptSync('pw', 'salt', 16, null));
show('binary inputs', () => crypto.scryptSync(new Uint16Array([1, 2]), new ArrayBuffer(3), 10, { N: 8 }));
show('keylen 0', () => crypto.scryptSync('pw', 'salt', 0).length);
show('N 3', () => crypto.scryptSync('pw', 'salt', 16, { N: 3 }));
show('N 1', () => crypto.scryptSync('pw', 'salt', 16, { N: 1 }));
// Before any memory error: node's message for these would carry
// OpenSSL's last queued error.
show('scrypt bad params', () => crypto.scrypt('pw', 'salt', 16, { N: 3 }, () => {}));
show('N 2', () => crypto.scryptSync('pw', 'salt', 16, { N: 2 }));
show('N over memory', () => crypto.scryptSync('pw', 'salt', 16, { N: 2 ** 20 }));
show('r over memory', () => crypto.scryptSync('pw', 'salt', 16, { N: 2 ** 14, r: 16 }));
show('N of 2^(16r)', () => crypto.scryptSync('pw', 'salt', 16, { N: 2 ** 16, r: 1, maxmem: 2 ** 30 }));
show('maxmem small', () => crypto.scryptSync('pw', 'salt', 16, { N: 1024, maxmem: 1000 }));
show('p huge', () => crypto.scryptSync('pw', 'salt', 16, { N: 16, r: 1, p: 2 ** 30 }));
show('N and cost', () => crypto.scryptSync('pw', 'salt', 16, { N: 16, cost: 16 }));
show('r and blockSize', () => crypto.scryptSync('pw', 'salt', 16, { r: 1, blockSize: 1 }));
show('p and parallelization', () => crypto.scryptSync('pw', 'salt', 16, { p: 1, parallelization: 1 }));
show('N string', () => crypto.scryptSync('pw', 'salt', 16, { N: '16' }));
show('N negative', () => crypto.scryptSync('pw', 'salt', 16, { N: -1 }));
show('cost fraction', () => crypto.scryptSync('pw', 'salt', 16, { cost: 1.5 }));
show('maxmem negative', () => crypto.scryptSync('pw', 'salt', 16, { maxmem: -1 }));
show('maxmem string', () => crypto.scryptSync('pw', 'salt', 16, { maxmem: 'a' }));
show('maxmem huge', () => crypto.scryptSync('pw', 'salt', 16, { maxmem: 2 ** 60 }));
show('keylen negative', () => crypto.scryptSync('pw', 'salt', -1));
show('keylen string', () => crypto.scryptSync('pw', 'salt', '1'));
show('keylen huge', () => crypto.scryptSync('pw', 'salt', 2 ** 31));
show('password number', () => crypto.scryptSync(5, 'salt', 16));
show('salt number', () => crypto.scryptSync('pw', 5, 16));
show('scrypt no callback', () => crypto.scrypt('pw', 'salt', 16));
show('scrypt bad callback', () => crypto.scrypt('pw', 'salt', 16, {}, 5));

// RFC 5869 appendix A, cases 1 and 3.
show('rfc5869 1', () => crypto.hkdfSync('sha256', Buffer.alloc(22, 0x0b), Buffer.from('000102030405060708090a0b0c', 'hex'),
  Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex'), 42));
show('rfc5869 3', () => crypto.hkdfSync('sha256', Buffer.alloc(22, 0x0b), '', '', 42));
show('sha1', () => crypto.hkdfSync('sha1', 'key', 'salt', 'info', 30));
show('SHA512 upper case', () => crypto.hkdfSync('SHA512', 'key', 'salt', 'info', 20));
show('binary inputs', () => crypto.hkdfSync('sha384', new ArrayBuffer(3), new Uint8Array([1, 2]), new DataView(new ArrayBuffer(4)), 10));
show('empty key', () => crypto.hkdfSync('sha256', '', 'salt', 'info', 16));
show('length 0', () => crypto.hkdfSync('sha256', 'k', 's', 'i', 0));
show('longest', () => crypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32).byteLength);
show('too long', () => crypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32 + 1));
show('unknown digest', () => crypto.hkdfSync('nope', 'k', 's', 'i', 16));
show('shake digest', () => crypto.hkdfSync('shake256', 'k', 's', 'i', 16));
show('digest number', () => crypto.hkdfSync(5, 'k', 's', 'i', 16));
show('ikm number', () => crypto.hkdfSync('sha256', 5, 's', 'i', 16));
show('salt number', () => crypto.hkdfSync('sha256', 'k', 5, 'i', 16));
show('info number', () => crypto.hkdfSync('sha256', 'k', 's', 5, 16));
show('info too long', () => crypto.hkdfSync('sha256', 'k', 's', Buffer.alloc(1025), 16));
show('length string', () => crypto.hkdfSync('sha256', 'k', 's', 'i', '16'));
show('length negative', () => crypto.hkdfSync('sha256', 'k', 's', 'i', -1));
show('length fraction', () => crypto.hkdfSync('sha256', 'k', 's', 'i', 1.5));
show('length huge', () => crypto.hkdfSync('sha256', 'k', 's', 'i', 2 ** 31));
show('hkdf no callback', () => crypto.hkdf('sha256', 'k', 's', 'i', 8));
show('hkdf too long', () => crypto.hkdf('sha256', 'k', 's', 'i', 255 * 32 + 1, () => {}));

// Callbacks come from the worker pool after synchronous code; each job
// starts in the previous one's callback, so the order is fixed.
crypto.scrypt('password', 'salt', 16, (err, key) => {
  console.log('scrypt callback', err, key.toString('hex'));
  crypto.scrypt('password', 'salt', 8, { N: 1024 }, (err, key) => {
    console.log('scrypt options callback', err, key.toString('hex'));
    crypto.hkdf('sha256', 'key', 'salt', 'info', 16, (err, bits) => {
      console.log('hkdf callback', err, bits instanceof ArrayBuffer, Buffer.from(bits).toString('hex'));
      crypto.hkdf('shake128', 'key', 'salt', 'info', 16, (err, bits) => console.log('hkdf shake callback', err.message, bits));
    });
  });
});
console.log('synchronous code done');
