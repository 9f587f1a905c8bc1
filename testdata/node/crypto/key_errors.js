// Argument checking of keys, key generation and signatures: each call's
// result or its error's class, code, message, stack header and OpenSSL
// properties.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const pem = (name) => fs.readFileSync(path.join(__dirname, '_keys', name), 'utf8');
const rsa = crypto.createPrivateKey(pem('rsa.pem'));
const rsaPub = crypto.createPublicKey(rsa);
const ec = crypto.createPrivateKey(pem('p256.pem'));
const ed = crypto.createPrivateKey(pem('ed25519.pem'));
const x = crypto.createPrivateKey(pem('x25519.pem'));
const secret = crypto.createSecretKey(Buffer.alloc(4));
const data = Buffer.from('data');
const enc = (o) => crypto.generateKeyPairSync('ed25519', o);

const cases = [
  // Creating keys.
  ['private from garbage', () => crypto.createPrivateKey('hello')],
  ['public from garbage', () => crypto.createPublicKey('hello')],
  ['private from number', () => crypto.createPrivateKey(5)],
  ['public from number', () => crypto.createPublicKey(5)],
  ['private from empty object', () => crypto.createPrivateKey({})],
  ['private from KeyObject', () => crypto.createPrivateKey(rsa)],
  ['private from public pem', () => crypto.createPrivateKey(rsaPub.export({ type: 'spki', format: 'pem' }))],
  ['public from public object', () => crypto.createPublicKey(rsaPub)],
  ['public from secret', () => crypto.createPublicKey(secret)],
  ['der without type', () => crypto.createPrivateKey({ key: Buffer.alloc(3), format: 'der' })],
  ['der bad type', () => crypto.createPublicKey({ key: Buffer.alloc(3), format: 'der', type: 'foo' })],
  ['der spki for private', () => crypto.createPrivateKey({ key: Buffer.alloc(3), format: 'der', type: 'spki' })],
  ['der sec1 for public', () => crypto.createPublicKey({ key: Buffer.alloc(3), format: 'der', type: 'sec1' })],
  ['bad format', () => crypto.createPublicKey({ key: 'x', format: 'foo' })],
  ['encrypted without passphrase', () => crypto.createPrivateKey(pem('rsa-enc.pem'))],
  ['encrypted wrong passphrase', () => crypto.createPrivateKey({ key: pem('rsa-enc.pem'), passphrase: 'nope' })],
  ['legacy wrong passphrase', () => crypto.createPrivateKey({ key: pem('p256-enc.pem'), passphrase: 'nope' })],
  ['passphrase number', () => crypto.createPrivateKey({ key: pem('rsa-enc.pem'), passphrase: 5 })],
  ['secret from number', () => crypto.createSecretKey(5)],
  ['secret from KeyObject', () => crypto.createSecretKey(secret)],
  ['new KeyObject', () => new crypto.KeyObject('secret', {})],
  ['new KeyObject bad type', () => new crypto.KeyObject('foo', {})],

  // JWK.
  ['jwk bad kty', () => crypto.createPrivateKey({ key: { kty: 'foo' }, format: 'jwk' })],
  ['jwk oct', () => crypto.createPublicKey({ key: { kty: 'oct', k: 'AA' }, format: 'jwk' })],
  ['jwk not object', () => crypto.createPublicKey({ key: 'x', format: 'jwk' })],
  ['jwk rsa missing e', () => crypto.createPublicKey({ key: { kty: 'RSA', n: 'AQAB' }, format: 'jwk' })],
  ['jwk rsa private missing d', () => crypto.createPrivateKey({ key: { kty: 'RSA', n: 'AQAB', e: 'AQAB' }, format: 'jwk' })],
  ['jwk ec bad crv', () => crypto.createPublicKey({ key: { kty: 'EC', crv: 'P-999', x: 'AA', y: 'AA' }, format: 'jwk' })],
  ['jwk ec number crv', () => crypto.createPublicKey({ key: { kty: 'EC', crv: 1, x: 'AA', y: 'AA' }, format: 'jwk' })],
  ['jwk ec bad point', () => crypto.createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: 'AA', y: 'AA' }, format: 'jwk' })],
  ['jwk okp bad crv', () => crypto.createPublicKey({ key: { kty: 'OKP', crv: 'foo', x: 'AA' }, format: 'jwk' })],
  ['jwk okp short', () => crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: 'AA' }, format: 'jwk' })],
  ['jwk okp no x', () => crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519' }, format: 'jwk' })],
  ['jwk public of private', () => crypto.createPublicKey({ key: ed.export({ format: 'jwk' }), format: 'jwk' }).asymmetricKeyType],

  // Export.
  ['export no options', () => rsa.export()],
  ['export pem no type', () => rsa.export({ format: 'pem' })],
  ['export bad format', () => rsa.export({ format: 'foo', type: 'pkcs8' })],
  ['export pkcs1 of ec', () => ec.export({ format: 'pem', type: 'pkcs1' })],
  ['export sec1 of rsa', () => rsa.export({ format: 'pem', type: 'sec1' })],
  ['export spki of private', () => rsa.export({ format: 'pem', type: 'spki' })],
  ['export pkcs8 of public', () => rsaPub.export({ format: 'pem', type: 'pkcs8' })],
  ['export passphrase without cipher', () => rsa.export({ format: 'pem', type: 'pkcs8', passphrase: 'a' })],
  ['export cipher without passphrase', () => rsa.export({ format: 'pem', type: 'pkcs8', cipher: 'aes-128-cbc' })],
  ['export unknown cipher', () => rsa.export({ format: 'pem', type: 'pkcs8', cipher: 'nope', passphrase: 'a' })],
  ['export encrypted sec1 der', () => ec.export({ format: 'der', type: 'sec1', cipher: 'aes-128-cbc', passphrase: 'a' })],
  ['export jwk with passphrase', () => ec.export({ format: 'jwk', passphrase: 'a' })],
  ['secret export pem', () => secret.export({ format: 'pem' })],
  ['equals number', () => rsa.equals(5)],

  // Generation.
  ['generate bad type', () => crypto.generateKeyPairSync('foo', {})],
  ['generate number type', () => crypto.generateKeyPairSync(5)],
  ['generate rsa without options', () => crypto.generateKeyPairSync('rsa')],
  ['generate rsa without length', () => crypto.generateKeyPairSync('rsa', {})],
  ['generate rsa string length', () => crypto.generateKeyPairSync('rsa', { modulusLength: 'x' })],
  ['generate rsa negative length', () => crypto.generateKeyPairSync('rsa', { modulusLength: -1 })],
  ['generate rsa fraction length', () => crypto.generateKeyPairSync('rsa', { modulusLength: 1.5 })],
  ['generate rsa bad exponent', () => crypto.generateKeyPairSync('rsa', { modulusLength: 512, publicExponent: 'x' })],
  ['generate ec without curve', () => crypto.generateKeyPairSync('ec', {})],
  ['generate ec unknown curve', () => crypto.generateKeyPairSync('ec', { namedCurve: 'foo' })],
  ['generate ec bad paramEncoding', () => crypto.generateKeyPairSync('ec', { namedCurve: 'P-256', paramEncoding: 'x' })],
  ['generate bad public encoding', () => enc({ publicKeyEncoding: 'x' })],
  ['generate public encoding type', () => enc({ publicKeyEncoding: { type: 'foo', format: 'pem' } })],
  ['generate public encoding no type', () => enc({ publicKeyEncoding: { format: 'pem' } })],
  ['generate private encoding no cipher', () => enc({ privateKeyEncoding: { type: 'pkcs8', format: 'pem', passphrase: 'a' } })],
  ['generate private pkcs1 of ed25519', () => enc({ privateKeyEncoding: { type: 'pkcs1', format: 'pem' } })],
  ['generate callback number', () => crypto.generateKeyPair('ed25519', {}, 5)],
  ['generate no callback', () => crypto.generateKeyPair('ed25519', {})],

  // Signatures.
  ['sign no key', () => crypto.sign('sha256', data)],
  ['sign number key', () => crypto.sign('sha256', data, 5)],
  ['sign number data', () => crypto.sign('sha256', 5, rsa)],
  ['sign public key', () => crypto.sign('sha256', data, rsaPub)],
  ['sign secret key', () => crypto.sign('sha256', data, secret)],
  ['sign unknown digest', () => crypto.sign('foo', data, rsa)],
  ['sign number digest', () => crypto.sign(5, data, rsa)],
  ['sign bad callback', () => crypto.sign('sha256', data, rsa, 5)],
  ['sign ed25519 with digest', () => crypto.sign('sha256', data, ed)],
  ['sign x25519', () => crypto.sign(null, data, x)],
  ['sign rsa shake', () => crypto.sign('shake256', data, rsa)],
  ['sign bad padding', () => crypto.sign('sha256', data, { key: rsa, padding: 99 })],
  ['sign no padding', () => crypto.sign('sha256', data, { key: rsa, padding: 3 })],
  ['sign string padding', () => crypto.sign('sha256', data, { key: rsa, padding: '6' })],
  ['sign string salt', () => crypto.sign('sha256', data, { key: rsa, padding: 6, saltLength: 'x' })],
  ['sign salt too long', () => crypto.sign('sha256', data, { key: rsa, padding: 6, saltLength: 1000 })],
  ['sign bad salt', () => crypto.sign('sha256', data, { key: rsa, padding: 6, saltLength: -5 })],
  ['sign bad dsaEncoding', () => crypto.sign('sha256', data, { key: ec, dsaEncoding: 'x' })],
  ['verify string signature', () => crypto.verify('sha256', data, rsaPub, 'xx')],
  ['verify secret key', () => crypto.verify('sha256', data, secret, Buffer.alloc(2))],
  ['verify short signature', () => crypto.verify('sha256', data, rsaPub, Buffer.from('xx'))],
  ['verify ec short signature', () => crypto.verify('sha256', data, ec, Buffer.from('xx'))],
  ['verify p1363 wrong length', () => crypto.verify('sha256', data, { key: ec, dsaEncoding: 'ieee-p1363' }, Buffer.alloc(63))],
  ['verify ed25519 with digest', () => crypto.verify('sha256', data, ed, Buffer.alloc(64))],
  ['verify bad padding', () => crypto.verify('sha256', data, { key: rsaPub, padding: 4 }, Buffer.alloc(128))],
  ['createSign unknown', () => crypto.createSign('foo')],
  ['createSign number', () => crypto.createSign(5)],
  ['Sign without key', () => crypto.createSign('sha256').sign()],
  ['Sign update number', () => crypto.createSign('sha256').update(5)],
  ['Sign ed25519', () => crypto.createSign('sha256').update('a').sign(ed)],
  ['Verify update after verify', () => {
    const v = crypto.createVerify('sha256');
    v.verify(rsaPub, Buffer.alloc(128));
    return v.update('a');
  }],
];

for (const [name, fn] of cases) {
  try {
    const r = fn();
    console.log(name, 'ok', r);
  } catch (e) {
    // opensslErrorStack (OpenSSL's inner errors) is not made by Kiln.
    const props = Object.keys(e).filter((k) => k !== 'code' && k !== 'opensslErrorStack').map((k) => `${k}=${e[k]}`).join(' ');
    console.log(`${name}: ${e.name} ${e.code} ${e.message} | ${e.stack.split('\n')[0]} | ${props}`);
  }
}
