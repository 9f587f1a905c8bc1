// crypto.subtle encrypt and decrypt, wrapKey and unwrapKey: AES-GCM,
// AES-CBC and AES-CTR with fixed keys and IVs print node's bytes; AES-KW
// gives RFC 3394's test vectors; RSA-OAEP decrypts a ciphertext node made
// with _keys/rsa.pem and round-trips its own.
const fs = require('fs');
const path = require('path');
const { createPrivateKey } = require('crypto');
const { subtle } = globalThis.crypto;

const hex = (b) => Buffer.from(b).toString('hex');
const bytes = (h) => Buffer.from(h, 'hex');
const text = new TextEncoder().encode('the quick brown fox jumps over the lazy dog');
const show = (label, p) => p.then((v) => console.log(label, v), (e) => console.log(label, e.name, e.message));

(async () => {
  const keyBytes = bytes('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f');
  for (const len of [16, 24, 32]) {
    const gcm = await subtle.importKey('raw', keyBytes.subarray(0, len), 'AES-GCM', true, ['encrypt', 'decrypt']);
    const iv = new Uint8Array(12).fill(len);
    const c = await subtle.encrypt({ name: 'AES-GCM', iv }, gcm, text);
    console.log('AES-GCM', len * 8, hex(c));
    console.log('  back', new TextDecoder().decode(await subtle.decrypt({ name: 'AES-GCM', iv }, gcm, c)));
    const aad = new TextEncoder().encode('header');
    for (const tagLength of [32, 96, 128]) {
      const c2 = await subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(16).fill(3), additionalData: aad, tagLength }, gcm, text);
      console.log('  aad, 16-byte iv, tag', tagLength, hex(c2).slice(-tagLength / 4));
      await show('  tampered', subtle.decrypt({ name: 'AES-GCM', iv: new Uint8Array(16).fill(3), tagLength }, gcm, c2));
    }

    const cbc = await subtle.importKey('raw', keyBytes.subarray(0, len), { name: 'aes-cbc' }, true, ['encrypt', 'decrypt']);
    const cbcIv = new Uint8Array(16).fill(7);
    const cc = await subtle.encrypt({ name: 'AES-CBC', iv: cbcIv }, cbc, text);
    console.log('AES-CBC', len * 8, hex(cc));
    console.log('  back', new TextDecoder().decode(await subtle.decrypt({ name: 'AES-CBC', iv: cbcIv }, cbc, cc)));
    console.log('  empty', hex(await subtle.encrypt({ name: 'AES-CBC', iv: cbcIv }, cbc, new Uint8Array(0))));

    const ctr = await subtle.importKey('raw', keyBytes.subarray(0, len), 'AES-CTR', true, ['encrypt', 'decrypt']);
    const counter = bytes('00112233445566778899aabbccddeeff');
    const ct = await subtle.encrypt({ name: 'AES-CTR', counter, length: 64 }, ctr, text);
    console.log('AES-CTR', len * 8, hex(ct));
    console.log('  back', new TextDecoder().decode(await subtle.decrypt({ name: 'AES-CTR', counter, length: 64 }, ctr, ct)));
  }

  // The counter's low bits wrap to zero without carrying into the rest.
  const ctr = await subtle.importKey('raw', new Uint8Array(16), 'AES-CTR', false, ['encrypt']);
  const ones = new Uint8Array(16).fill(255);
  for (const length of [1, 2, 4, 8, 64, 127, 128]) {
    await show(`AES-CTR wrap ${length}`, subtle.encrypt({ name: 'AES-CTR', counter: ones, length }, ctr, new Uint8Array(48))
      .then(hex));
  }

  // RFC 3394 §4.1 and §4.6.
  const vectors = [
    ['000102030405060708090a0b0c0d0e0f', '00112233445566778899aabbccddeeff'],
    ['000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f',
      '00112233445566778899aabbccddeeff000102030405060708090a0b0c0d0e0f'],
  ];
  for (const [kek, key] of vectors) {
    const wrapping = await subtle.importKey('raw', bytes(kek), 'AES-KW', false, ['wrapKey', 'unwrapKey']);
    const inner = await subtle.importKey('raw', bytes(key), 'AES-GCM', true, ['encrypt']);
    const wrapped = await subtle.wrapKey('raw', inner, wrapping, 'AES-KW');
    console.log('AES-KW', kek.length * 4, hex(wrapped));
    const back = await subtle.unwrapKey('raw', wrapped, wrapping, 'AES-KW', 'AES-GCM', true, ['encrypt']);
    console.log('  unwrapped', back.algorithm, hex(await subtle.exportKey('raw', back)));
    const bad = Buffer.from(wrapped);
    bad[3] ^= 1;
    await show('  tampered', subtle.unwrapKey('raw', bad, wrapping, 'AES-KW', 'AES-GCM', true, ['encrypt']));
  }

  // Wrapping a JWK: with AES-KW the JSON is padded to whole blocks.
  const kw = await subtle.importKey('raw', bytes(vectors[0][0]), 'AES-KW', false, ['wrapKey', 'unwrapKey']);
  const hmac = await subtle.importKey('raw', new TextEncoder().encode('secret'), { name: 'HMAC', hash: 'SHA-256' }, true,
    ['sign']);
  const wrappedJwk = await subtle.wrapKey('jwk', hmac, kw, { name: 'AES-KW' });
  console.log('AES-KW jwk', hex(wrappedJwk));
  const unwrappedJwk = await subtle.unwrapKey('jwk', wrappedJwk, kw, 'AES-KW', { name: 'HMAC', hash: 'SHA-256' }, false,
    ['sign']);
  console.log('  unwrapped', unwrappedJwk, hex(await subtle.sign('HMAC', unwrappedJwk, text)));
  const gcmWrap = await subtle.importKey('raw', new Uint8Array(16), 'AES-GCM', false, ['wrapKey', 'unwrapKey']);
  const wrappedGcm = await subtle.wrapKey('jwk', hmac, gcmWrap, { name: 'AES-GCM', iv: new Uint8Array(12) });
  console.log('AES-GCM wrapped jwk', hex(wrappedGcm));

  const pem = fs.readFileSync(path.join(__dirname, '_keys', 'rsa.pem'));
  const der = createPrivateKey(pem).export({ format: 'der', type: 'pkcs8' });
  const oaepPriv = await subtle.importKey('pkcs8', der, { name: 'RSA-OAEP', hash: 'SHA-256' }, false,
    ['decrypt', 'unwrapKey']);
  const nodeCipher = '2ddcee75827031fdd7e191a7a5d8525869934edf3feb0c4092de51f60e0efc3f0506589d9a716516b0715355499a5dc78aae468c4c7c90816b0e2c80aa39381c5e56c41642032ff76140a34dd1d6feb38e4844abc7c4448b4143545baee6577141a2442e420369633a33932c430e0aa24b24e6578f77797b8b1d6e1e67702a9d';
  console.log('RSA-OAEP node ciphertext', new TextDecoder().decode(await subtle.decrypt(
    { name: 'RSA-OAEP', label: new Uint8Array([1, 2, 3]) }, oaepPriv, bytes(nodeCipher))));
  await show('  wrong label', subtle.decrypt({ name: 'RSA-OAEP' }, oaepPriv, bytes(nodeCipher)));
  const spki = await subtle.exportKey('spki', await subtle.importKey('pkcs8', der, { name: 'RSA-OAEP', hash: 'SHA-256' },
    true, ['decrypt']).then((k) => subtle.exportKey('jwk', k)).then((jwk) => subtle.importKey('jwk',
    { kty: jwk.kty, n: jwk.n, e: jwk.e }, { name: 'RSA-OAEP', hash: 'SHA-256' }, true, ['encrypt', 'wrapKey'])));
  const oaepPub = await subtle.importKey('spki', spki, { name: 'RSA-OAEP', hash: 'SHA-256' }, false, ['encrypt', 'wrapKey']);
  const own = await subtle.encrypt({ name: 'RSA-OAEP' }, oaepPub, text);
  console.log('RSA-OAEP own', own.byteLength, new TextDecoder().decode(await subtle.decrypt('RSA-OAEP', oaepPriv, own)));
  const wrappedAes = await subtle.wrapKey('raw', await subtle.importKey('raw', keyBytes, 'AES-CBC', true, ['decrypt']),
    oaepPub, 'RSA-OAEP');
  const unwrappedAes = await subtle.unwrapKey('raw', wrappedAes, oaepPriv, 'RSA-OAEP', 'AES-CBC', true, ['decrypt']);
  console.log('RSA-OAEP wrap', hex(await subtle.exportKey('raw', unwrappedAes)));
  await show('RSA-OAEP too long', subtle.encrypt('RSA-OAEP', oaepPub, new Uint8Array(100)));
})();
