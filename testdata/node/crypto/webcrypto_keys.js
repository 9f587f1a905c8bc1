// CryptoKey and crypto.subtle importKey, exportKey and generateKey: the
// class and its properties, every format each algorithm allows on fixed
// keys (_keys/), exported bytes and JWKs as node gives them, and the
// shape of generated keys.
const fs = require('fs');
const path = require('path');
const util = require('util');
const { createPrivateKey } = require('crypto');
const { subtle } = globalThis.crypto;

const hex = (b) => Buffer.from(b).toString('hex');
const pkcs8 = (name) => createPrivateKey(fs.readFileSync(path.join(__dirname, '_keys', name)))
  .export({ format: 'der', type: 'pkcs8' });
const show = (label, p) => p.then((v) => console.log(label, v), (e) => console.log(label, e.name, e.code, e.message));

(async () => {
  console.log(typeof CryptoKey, CryptoKey.name, CryptoKey.length, typeof Crypto, typeof SubtleCrypto);
  console.log(Object.getOwnPropertyNames(CryptoKey.prototype), Object.prototype.toString.call(CryptoKey.prototype));
  console.log(Object.keys(SubtleCrypto.prototype), subtle instanceof SubtleCrypto, crypto instanceof Crypto);
  console.log(Object.entries(SubtleCrypto.prototype).map(([k, f]) => `${k}/${f.length}`).join(' '));
  try {
    new CryptoKey();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  try {
    Object.getOwnPropertyDescriptor(CryptoKey.prototype, 'type').get.call({});
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  console.log(require('crypto').webcrypto === crypto, require('crypto').subtle === subtle);

  const hmac = await subtle.importKey('raw', new TextEncoder().encode('a secret'), { name: 'HMAC', hash: 'SHA-512' },
    true, ['verify', 'sign']);
  console.log(hmac, hmac instanceof CryptoKey, Object.keys(hmac), hmac.usages === hmac.usages,
    hmac.algorithm === hmac.algorithm);
  console.log(util.inspect([[hmac]], { depth: 1 }), util.inspect({ k: hmac }, { depth: 1 }));
  console.log(await subtle.exportKey('jwk', hmac), hex(await subtle.exportKey('raw', hmac)));
  const hmacBack = await subtle.importKey('jwk', await subtle.exportKey('jwk', hmac), { name: 'HMAC', hash: 'SHA-512' },
    false, ['sign']);
  console.log(hmacBack);

  for (const name of ['AES-GCM', 'AES-CBC', 'AES-CTR', 'AES-KW']) {
    const usages = name === 'AES-KW' ? ['wrapKey', 'unwrapKey'] : ['encrypt', 'decrypt'];
    for (const len of [16, 24, 32]) {
      const key = await subtle.importKey('raw', new Uint8Array(len).fill(len), name, true, usages);
      const jwk = await subtle.exportKey('jwk', key);
      console.log(name, key.algorithm, jwk.alg, jwk.k);
      const back = await subtle.importKey('jwk', jwk, { name }, true, usages);
      console.log('  back', hex(await subtle.exportKey('raw', back)));
    }
  }

  const asymmetric = [
    ['rsa.pem', { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, ['sign'], ['verify']],
    ['rsa.pem', { name: 'RSA-PSS', hash: 'SHA-384' }, ['sign'], ['verify']],
    ['rsa.pem', { name: 'RSA-OAEP', hash: 'SHA-1' }, ['decrypt', 'unwrapKey'], ['encrypt', 'wrapKey']],
    ['p256.pem', { name: 'ECDSA', namedCurve: 'P-256' }, ['sign'], ['verify']],
    ['p384.pem', { name: 'ECDSA', namedCurve: 'P-384' }, ['sign'], ['verify']],
    ['p521.pem', { name: 'ECDH', namedCurve: 'P-521' }, ['deriveBits'], []],
    ['ed25519.pem', { name: 'Ed25519' }, ['sign'], ['verify']],
    ['x25519.pem', { name: 'X25519' }, ['deriveKey', 'deriveBits'], []],
  ];
  for (const [file, algorithm, privateUsages, publicUsages] of asymmetric) {
    const der = pkcs8(file);
    const priv = await subtle.importKey('pkcs8', der, algorithm, true, privateUsages);
    console.log(algorithm.name, priv);
    console.log('  pkcs8 round trip', hex(await subtle.exportKey('pkcs8', priv)) === hex(der));
    const jwk = await subtle.exportKey('jwk', priv);
    console.log('  jwk', Object.keys(jwk).join(), jwk.alg, jwk.key_ops, jwk.crv);
    const fromJwk = await subtle.importKey('jwk', jwk, algorithm, false, privateUsages);
    console.log('  from jwk', fromJwk.type, fromJwk.extractable);
    const { d, p, q, dp, dq, qi, ...pubJwk } = jwk;
    pubJwk.key_ops = publicUsages;
    const pub = await subtle.importKey('jwk', pubJwk, algorithm, true, publicUsages);
    const spki = await subtle.exportKey('spki', pub);
    console.log('  spki', hex(spki));
    console.log('  public jwk', await subtle.exportKey('jwk', pub));
    if (!algorithm.name.startsWith('RSA')) {
      const raw = await subtle.exportKey('raw', pub);
      console.log('  raw', hex(raw));
      const fromRaw = await subtle.importKey('raw', raw, algorithm, true, publicUsages);
      console.log('  from raw', hex(await subtle.exportKey('spki', fromRaw)) === hex(spki));
    }
    const fromSpki = await subtle.importKey('spki', spki, algorithm, false, publicUsages);
    console.log('  from spki', fromSpki.type, fromSpki.usages, fromSpki.algorithm.name);
  }

  const rsa = await subtle.importKey('pkcs8', pkcs8('rsa.pem'), { name: 'RSA-PSS', hash: 'SHA-256' }, false, ['sign']);
  console.log(rsa.algorithm, hex(rsa.algorithm.publicExponent));

  const shapes = [
    [{ name: 'HMAC', hash: 'SHA-256' }, ['sign', 'verify']],
    [{ name: 'HMAC', hash: 'SHA-512', length: 136 }, ['sign']],
    [{ name: 'AES-GCM', length: 192 }, ['encrypt', 'decrypt']],
    [{ name: 'AES-KW', length: 128 }, ['wrapKey']],
    [{ name: 'ECDSA', namedCurve: 'P-384' }, ['sign', 'verify']],
    [{ name: 'ECDH', namedCurve: 'P-256' }, ['deriveBits', 'deriveKey']],
    [{ name: 'Ed25519' }, ['verify', 'sign']],
    [{ name: 'X25519' }, ['deriveBits']],
    [{ name: 'RSASSA-PKCS1-v1_5', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-1' },
      ['sign', 'verify']],
    [{ name: 'RSA-OAEP', modulusLength: 1024, publicExponent: new Uint8Array([3]), hash: 'SHA-256' },
      ['encrypt', 'decrypt', 'unwrapKey']],
  ];
  for (const [algorithm, usages] of shapes) {
    const key = await subtle.generateKey(algorithm, false, usages);
    if (key instanceof CryptoKey) {
      console.log('generated', key, (await show('  export', subtle.exportKey('raw', key))));
      continue;
    }
    console.log('generated', Object.getPrototypeOf(key), Object.keys(key), key.publicKey, key.privateKey);
    if (key.publicKey.algorithm.modulusLength) {
      const jwk = await subtle.exportKey('jwk', key.publicKey);
      console.log('  n bytes', Buffer.from(jwk.n, 'base64url').length, jwk.e);
    }
  }
})();
