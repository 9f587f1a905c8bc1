// CryptoKey meets node's crypto: KeyObject.from gives a CryptoKey's
// KeyObject (the same one each time), node's functions take a CryptoKey
// where they take a key, and util.types tells the two apart; what one
// side signs or encrypts, the other verifies or decrypts.
const crypto = require('crypto');
const util = require('util');
const { subtle } = globalThis.crypto;

const hex = (b) => Buffer.from(b).toString('hex');
const msg = Buffer.from('between the two APIs');

(async () => {
  const hmac = await subtle.importKey('raw', Buffer.from('k'.repeat(32)), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
  const ko = crypto.KeyObject.from(hmac);
  console.log(ko.type, ko.symmetricKeySize, ko === crypto.KeyObject.from(hmac), ko instanceof crypto.KeyObject);
  console.log(util.types.isCryptoKey(hmac), util.types.isCryptoKey(ko), util.types.isKeyObject(ko),
    util.types.isKeyObject(hmac), util.types.isCryptoKey({}));
  console.log(crypto.createHmac('sha256', hmac).update(msg).digest('hex') === hex(await subtle.sign('HMAC', hmac, msg)));
  for (const bad of [{}, ko, 'key', undefined]) {
    try {
      crypto.KeyObject.from(bad);
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
  }

  const ed = await subtle.generateKey('Ed25519', true, ['sign', 'verify']);
  const nodeSig = crypto.sign(null, msg, ed.privateKey);
  console.log('node signs with a CryptoKey', await subtle.verify('Ed25519', ed.publicKey, nodeSig, msg));
  console.log('node verifies subtle', crypto.verify(null, msg, ed.publicKey, Buffer.from(await subtle.sign('Ed25519',
    ed.privateKey, msg))));
  console.log(crypto.createPublicKey(ed.privateKey).equals(crypto.KeyObject.from(ed.publicKey)));

  const ec = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-384' }, true, ['sign', 'verify']);
  const der = crypto.sign('sha384', msg, crypto.KeyObject.from(ec.privateKey));
  const p1363 = crypto.sign('sha384', msg, { key: ec.privateKey, dsaEncoding: 'ieee-p1363' });
  console.log('ECDSA', await subtle.verify({ name: 'ECDSA', hash: 'SHA-384' }, ec.publicKey, p1363, msg),
    crypto.verify('sha384', msg, ec.publicKey, der));

  const aes = await subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
  const iv = Buffer.alloc(12, 1);
  const cipher = crypto.createCipheriv('aes-256-gcm', aes, iv);
  const ct = Buffer.concat([cipher.update(msg), cipher.final(), cipher.getAuthTag()]);
  console.log('AES-GCM', Buffer.from(await subtle.decrypt({ name: 'AES-GCM', iv }, aes, ct)).toString());
})();
