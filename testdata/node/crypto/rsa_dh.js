// publicEncrypt/privateDecrypt/privateEncrypt/publicDecrypt and
// diffieHellman with fixed node-made keys (_keys/). OAEP and PKCS#1 v1.5
// encryption are randomized: what is encrypted here decrypts, and
// ciphertext node made decrypts here. privateEncrypt and key agreement are
// deterministic and print in full.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const pem = (name) => fs.readFileSync(path.join(__dirname, '_keys', name), 'utf8');
const rsa = crypto.createPrivateKey(pem('rsa.pem'));
const rsaPub = crypto.createPublicKey(rsa);
const msg = Buffer.from('encrypted by node');

// Made by node: publicEncrypt(rsaPub, msg) (OAEP, SHA-1) and with
// oaepHash sha256 and a label.
const nodeOAEP = Buffer.from(
  '591cf4efbbad1f9c8d3ba674805dc8106235f3ae0978d8a5eb4935414f733436ba91407ee83ac5e6bdd70985e60338e30629' +
  'bf07b1292812c134e4509b3e797c61e254dd197e953b5c5e037472fd9bd0e6a7da80eb8ee1e3df11e7762ae576c0d5217703' +
  'b76fd6afdc53e85e8bee1ef037b472d2729e4b488210d27f72883f53', 'hex');
const nodeOAEP256 = Buffer.from(
  '4ad07c152ee0ac58a98488853d1923543804806b4ff54c49bc25d03b7e71a7870163a0fab1b85719f462951ce5a1dbcd29b3' +
  '9c86264836a4e18a0cdce65d13f82b3c88fdd4525b6865a6656a1e4ad4cdb3c5493e4f32daa6923abc56789f406bc25cad11' +
  '257503e0aa1c0a36007068b74c66f3984dac652f590ea7d8e55c20d6', 'hex');
console.log('node oaep', crypto.privateDecrypt(rsa, nodeOAEP).toString());
console.log('node oaep sha256', crypto.privateDecrypt({ key: rsa, oaepHash: 'sha256', oaepLabel: Buffer.from('label') }, nodeOAEP256).toString());

for (const opts of [{}, { oaepHash: 'sha256' }, { oaepHash: 'sha384', oaepLabel: new Uint8Array([1, 2]) }]) {
  const ct = crypto.publicEncrypt({ key: rsaPub, ...opts }, msg);
  console.log('oaep', JSON.stringify(opts), ct.length, crypto.privateDecrypt({ key: pem('rsa.pem'), ...opts }, ct).toString());
}
const pkcs1 = crypto.publicEncrypt({ key: rsaPub, padding: crypto.constants.RSA_PKCS1_PADDING }, msg);
console.log('pkcs1 encrypt', pkcs1.length);
console.log('from private key', crypto.privateDecrypt(rsa, crypto.publicEncrypt(rsa, 'text')).toString());
console.log('from pem', crypto.privateDecrypt(rsa, crypto.publicEncrypt(rsaPub.export({ type: 'spki', format: 'pem' }), msg)).toString());

const signed = crypto.privateEncrypt(rsa, msg);
console.log('privateEncrypt', signed.toString('hex'));
console.log('publicDecrypt', crypto.publicDecrypt(rsaPub, signed).toString(), crypto.publicDecrypt(rsa, signed).toString());
const raw = Buffer.alloc(128, 7);
const rawCt = crypto.publicEncrypt({ key: rsaPub, padding: crypto.constants.RSA_NO_PADDING }, raw);
console.log('no padding', rawCt.toString('hex').slice(0, 32), crypto.privateDecrypt({ key: rsa, padding: 3 }, rawCt).equals(raw));

const cases = [
  ['decrypt garbage', () => crypto.privateDecrypt(rsa, Buffer.alloc(128, 1))],
  ['pkcs1 private decrypt', () => crypto.privateDecrypt({ key: rsa, padding: 1 }, pkcs1)],
  ['too long', () => crypto.publicEncrypt(rsaPub, Buffer.alloc(100))],
  ['pkcs1 too long', () => crypto.publicEncrypt({ key: rsaPub, padding: 1 }, Buffer.alloc(120))],
  ['no padding short', () => crypto.publicEncrypt({ key: rsaPub, padding: 3 }, Buffer.alloc(10))],
  ['no padding too large', () => crypto.publicEncrypt({ key: rsaPub, padding: 3 }, Buffer.alloc(128, 255))],
  ['publicDecrypt garbage', () => crypto.publicDecrypt(rsaPub, Buffer.alloc(128, 1))],
  ['bad oaepHash', () => crypto.publicEncrypt({ key: rsaPub, oaepHash: 'nope' }, msg)],
  ['number oaepHash', () => crypto.publicEncrypt({ key: rsaPub, oaepHash: 1 }, msg)],
  ['number buffer', () => crypto.publicEncrypt(rsaPub, 1)],
  ['ec key', () => crypto.publicEncrypt(crypto.createPublicKey(pem('p256.pem')), msg)],
  ['public key decrypt', () => crypto.privateDecrypt(rsaPub, msg)],
  ['no key', () => crypto.publicEncrypt(undefined, msg)],
];

// Key agreement.
const x1 = crypto.createPrivateKey(pem('x25519.pem'));
const x2 = crypto.createPrivateKey(pem('x25519b.pem'));
const s1 = crypto.diffieHellman({ privateKey: x1, publicKey: crypto.createPublicKey(x2) });
const s2 = crypto.diffieHellman({ privateKey: x2, publicKey: x1 });
console.log('x25519', s1.toString('hex'), s1.equals(s2));
const p256 = crypto.createPrivateKey(pem('p256.pem'));
const other = crypto.generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const e1 = crypto.diffieHellman({ privateKey: p256, publicKey: other.publicKey });
const e2 = crypto.diffieHellman({ privateKey: other.privateKey, publicKey: crypto.createPublicKey(p256) });
console.log('ec', e1.length, e1.equals(e2));
console.log('ec self', crypto.diffieHellman({ privateKey: p256, publicKey: p256 }).toString('hex'));
cases.push(
  ['dh no options', () => crypto.diffieHellman()],
  ['dh bad private', () => crypto.diffieHellman({ privateKey: 'x', publicKey: x1 })],
  ['dh bad public', () => crypto.diffieHellman({ privateKey: x1 })],
  ['dh public as private', () => crypto.diffieHellman({ privateKey: crypto.createPublicKey(x1), publicKey: x1 })],
  ['dh secret', () => crypto.diffieHellman({ privateKey: x1, publicKey: crypto.createSecretKey(Buffer.alloc(1)) })],
  ['dh mixed', () => crypto.diffieHellman({ privateKey: x1, publicKey: p256 })],
  ['dh rsa', () => crypto.diffieHellman({ privateKey: rsa, publicKey: rsa })],
  ['dh curves', () => crypto.diffieHellman({ privateKey: p256, publicKey: crypto.createPrivateKey(pem('p384.pem')) })],
);

for (const [name, fn] of cases) {
  try {
    const r = fn();
    console.log(name, 'ok', r);
  } catch (e) {
    console.log(name, e.name, e.code, e.message, e.stack.split('\n')[0]);
  }
}
