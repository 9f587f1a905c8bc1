// Classic Diffie-Hellman (the RFC 2409/3526 groups and primes of one's own,
// with fixed private keys so the public keys and secrets are known
// answers), generatePrime/checkPrime and generateKey, with node's argument
// errors. Random outputs are shown only through properties that hold for
// every draw.
const crypto = require('crypto');

function tryIt(label, f) {
  try {
    console.log(label, '->', f());
  } catch (e) {
    console.log(label, '->', `${e.name} [${e.code}]: ${e.message}`);
  }
}

const keyBits = { modp1: 768, modp2: 1024, modp5: 200, modp14: 225, modp15: 275, modp16: 325, modp17: 375, modp18: 400 };
for (const name of Object.keys(keyBits)) {
  const d = crypto.getDiffieHellman(name);
  const pub = d.generateKeys();
  console.log(name, d.getPrime().length, d.getGenerator('hex'), d.getPrivateKey().length <= Math.ceil(keyBits[name] / 8),
    pub.length <= d.getPrime().length, pub.equals(d.getPublicKey()), d.verifyError, Object.keys(d),
    d.getPrime('hex').slice(0, 24), d.getPrime('hex').slice(-24));
}
const a = crypto.getDiffieHellman('modp14');
const b = crypto.createDiffieHellmanGroup('modp14');
a.generateKeys();
b.generateKeys();
console.log('agree', a.computeSecret(b.getPublicKey()).equals(b.computeSecret(a.getPublicKey())),
  a.computeSecret(b.getPublicKey()).length);

const p = crypto.getDiffieHellman('modp2').getPrime();
const alice = crypto.createDiffieHellman(p, 2);
alice.setPrivateKey(Buffer.from('0123456789abcdef0123456789abcdef', 'hex'));
console.log('alice public', alice.generateKeys('hex'));
const bob = crypto.createDiffieHellman(p.toString('base64'), 'base64', Buffer.from([2]));
bob.setPrivateKey('fedcba9876543210', 'hex');
console.log('bob public', bob.generateKeys().toString('base64'));
console.log('secret', alice.computeSecret(bob.getPublicKey('hex'), 'hex', 'hex'));
console.log('secret agrees', bob.computeSecret(alice.getPublicKey()).toString('hex') === alice.computeSecret(bob.getPublicKey(), null, 'hex'));
console.log('small secret padded', alice.computeSecret(Buffer.from([2])).length);
const pub = crypto.createDiffieHellman(p, 5);
pub.setPublicKey('0203', 'hex');
console.log('set public', pub.getPublicKey('hex'), pub.getGenerator('hex'), pub.verifyError);
console.log('generator string', crypto.createDiffieHellman(p, '05', 'hex').getGenerator('hex'));

tryIt('secret 1', () => a.computeSecret(Buffer.from([1])));
tryIt('secret 0', () => a.computeSecret(Buffer.from([0])));
tryIt('secret p-1', () => { const q = a.getPrime(); q[q.length - 1]--; return a.computeSecret(q); });
tryIt('secret p', () => a.computeSecret(a.getPrime()));
tryIt('secret 5', () => a.computeSecret(5));
tryIt('unknown group', () => crypto.getDiffieHellman('modp3'));
tryIt('group 1', () => crypto.getDiffieHellman(1));
tryIt('DiffieHellmanGroup()', () => crypto.DiffieHellmanGroup('modp2') instanceof crypto.DiffieHellmanGroup);
tryIt('DiffieHellman()', () => crypto.DiffieHellman(p, 2) instanceof crypto.DiffieHellman);
tryIt('no public key', () => crypto.createDiffieHellman(p, 2).getPublicKey());
tryIt('no private key', () => crypto.createDiffieHellman(p, 2).getPrivateKey());
tryIt('23 small', () => crypto.createDiffieHellman(Buffer.from([23]), 5).generateKeys());
tryIt('verify 24/2', () => crypto.createDiffieHellman(Buffer.from([24]), 2).verifyError);
tryIt('verify 23/2', () => crypto.createDiffieHellman(Buffer.from([23]), 2).verifyError);
tryIt('verify 29/2', () => crypto.createDiffieHellman(Buffer.from([29]), 2).verifyError);
tryIt('verify 23/0', () => crypto.createDiffieHellman(Buffer.from([23]), 0).verifyError);
tryIt('generator 1', () => crypto.createDiffieHellman(Buffer.from([23]), 1));
tryIt('size 64', () => crypto.createDiffieHellman(64));
tryIt('size 1.5', () => crypto.createDiffieHellman(1.5));
tryIt('size {}', () => crypto.createDiffieHellman({}));
tryIt('generator {}', () => crypto.createDiffieHellman(p, {}));
tryIt('empty prime', () => crypto.createDiffieHellman(Buffer.alloc(0)));
console.log('group methods', Object.getOwnPropertyNames(crypto.DiffieHellmanGroup.prototype));
console.log('dh methods', Object.getOwnPropertyNames(crypto.DiffieHellman.prototype));

tryIt('checkPrimeSync 7n', () => crypto.checkPrimeSync(7n));
tryIt('checkPrimeSync buffer 11', () => crypto.checkPrimeSync(Buffer.from([11])));
tryIt('checkPrimeSync 0n 1n 2n', () => [0n, 1n, 2n].map((n) => crypto.checkPrimeSync(n)));
tryIt('checkPrimeSync M127', () => crypto.checkPrimeSync(2n ** 127n - 1n, { checks: 10 }));
tryIt('checkPrimeSync 2^128+1', () => crypto.checkPrimeSync(2n ** 128n + 1n));
tryIt('checkPrimeSync modp18', () => crypto.checkPrimeSync(crypto.getDiffieHellman('modp18').getPrime()));
tryIt('checkPrimeSync -3n', () => crypto.checkPrimeSync(-3n));
tryIt('checkPrimeSync 5', () => crypto.checkPrimeSync(5));
tryIt('checkPrimeSync checks -1', () => crypto.checkPrimeSync(7n, { checks: -1 }));
tryIt('checkPrimeSync checks "x"', () => crypto.checkPrimeSync(7n, { checks: 'x' }));
tryIt('checkPrimeSync options 5', () => crypto.checkPrimeSync(7n, 5));
tryIt('checkPrimeSync ArrayBuffer', () => crypto.checkPrimeSync(new Uint8Array([7]).buffer));
tryIt('checkPrime no callback', () => crypto.checkPrime(7n));

tryIt('generatePrimeSync 16 bigint', () => {
  const q = crypto.generatePrimeSync(16, { bigint: true });
  return [typeof q, q < 65536n && q >= 49152n, crypto.checkPrimeSync(q)];
});
tryIt('generatePrimeSync 64', () => {
  const q = crypto.generatePrimeSync(64);
  return [Object.prototype.toString.call(q), q.byteLength, crypto.checkPrimeSync(q)];
});
tryIt('generatePrimeSync 64 safe', () => {
  const q = crypto.generatePrimeSync(64, { safe: true, bigint: true });
  return [crypto.checkPrimeSync(q), crypto.checkPrimeSync((q - 1n) / 2n)];
});
tryIt('generatePrimeSync add/rem', () => crypto.generatePrimeSync(32, { add: 12n, rem: 11n, bigint: true }) % 12n);
tryIt('generatePrimeSync add/rem buffers',
  () => crypto.generatePrimeSync(32, { add: Buffer.from([12]), rem: Buffer.from([5]), bigint: true }) % 12n);
tryIt('generatePrimeSync 2 and 3', () => [crypto.generatePrimeSync(2, { bigint: true }), crypto.generatePrimeSync(3, { bigint: true })]);
tryIt('generatePrimeSync safe of 3 to 8 bits', () => [3, 4, 5, 6, 7, 8].map((b) => {
  try {
    const q = crypto.generatePrimeSync(b, { safe: true, bigint: true });
    return q.toString(2).length === b && crypto.checkPrimeSync(q) && crypto.checkPrimeSync(q / 2n);
  } catch (e) {
    return e.message;
  }
}));
tryIt('generatePrimeSync add too big', () => crypto.generatePrimeSync(8, { add: 1000n }));
tryIt('generatePrimeSync rem >= add', () => crypto.generatePrimeSync(32, { add: 12n, rem: 13n }));
tryIt('generatePrimeSync 0', () => crypto.generatePrimeSync(0));
tryIt('generatePrimeSync "x"', () => crypto.generatePrimeSync('x'));
tryIt('generatePrimeSync bigint 1', () => crypto.generatePrimeSync(16, { bigint: 1 }));
tryIt('generatePrimeSync safe 1', () => crypto.generatePrimeSync(16, { safe: 1 }));
tryIt('generatePrimeSync add "x"', () => crypto.generatePrimeSync(16, { add: 'x' }));
tryIt('generatePrimeSync options 5', () => crypto.generatePrimeSync(16, 5));
tryIt('generatePrime no callback', () => crypto.generatePrime(16));

tryIt('hmac 64', () => { const k = crypto.generateKeySync('hmac', { length: 64 }); return [k.type, k.symmetricKeySize]; });
tryIt('hmac 13', () => crypto.generateKeySync('hmac', { length: 13 }).symmetricKeySize);
tryIt('hmac 7', () => crypto.generateKeySync('hmac', { length: 7 }));
tryIt('hmac 8.5', () => crypto.generateKeySync('hmac', { length: 8.5 }));
tryIt('hmac without length', () => crypto.generateKeySync('hmac', {}));
tryIt('aes 192', () => crypto.generateKeySync('aes', { length: 192 }).symmetricKeySize);
tryIt('aes 100', () => crypto.generateKeySync('aes', { length: 100 }));
tryIt('rsa', () => crypto.generateKeySync('rsa', { length: 128 }));
tryIt('type 1', () => crypto.generateKeySync(1, { length: 128 }));
tryIt('options 1', () => crypto.generateKeySync('aes', 1));
tryIt('generateKey no callback', () => crypto.generateKey('aes', { length: 128 }));
tryIt('generateKey bad length', () => crypto.generateKey('aes', { length: 1 }, () => {}));
console.log('lengths', crypto.generateKey.length, crypto.generateKeySync.length, crypto.generatePrime.length,
  crypto.generatePrimeSync.length, crypto.checkPrime.length, crypto.checkPrimeSync.length,
  crypto.createDiffieHellman.length, crypto.getDiffieHellman.length);

crypto.generateKey('hmac', { length: 256 }, (err, k) => {
  console.log('generateKey', err, k.type, k.symmetricKeySize);
  crypto.checkPrime(97n, (err2, r) => {
    console.log('checkPrime', err2, r);
    crypto.checkPrime(98n, { checks: 10 }, (err3, r3) => {
      console.log('checkPrime', err3, r3);
      crypto.generatePrime(24, { bigint: true }, (err4, q) => {
        console.log('generatePrime', err4, typeof q, crypto.checkPrimeSync(q));
        crypto.generatePrime(24, (err5, q5) => console.log('generatePrime', err5, Object.prototype.toString.call(q5)));
      });
    });
  });
});
