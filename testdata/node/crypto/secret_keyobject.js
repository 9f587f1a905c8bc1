// A secret KeyObject works wherever a symmetric key does: ciphers,
// HMAC, HKDF; an asymmetric one is refused with node's error.
const crypto = require('crypto');
const k = crypto.createSecretKey(Buffer.alloc(16, 1));
const c = crypto.createCipheriv('aes-128-cbc', k, Buffer.alloc(16));
const ct = c.update('hello', 'utf8', 'hex') + c.final('hex');
console.log(ct);
const d = crypto.createDecipheriv('aes-128-cbc', k, Buffer.alloc(16));
console.log(d.update(ct, 'hex', 'utf8') + d.final('utf8'));
const g = crypto.createCipheriv('aes-128-gcm', k, Buffer.alloc(12));
console.log(g.update('hello', 'utf8', 'hex') + g.final('hex'), g.getAuthTag().toString('hex'));
console.log(Buffer.from(crypto.hkdfSync('sha256', k, 'salt', 'info', 16)).toString('hex'));
console.log(crypto.createHmac('sha256', k).update('x').digest('hex'));
const { publicKey } = crypto.generateKeyPairSync('ed25519');
try {
  crypto.createCipheriv('aes-128-cbc', publicKey, Buffer.alloc(16));
} catch (e) {
  console.log(e.name, e.code, e.message);
}
