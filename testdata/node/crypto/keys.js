// KeyObjects from fixed keys node made (_keys/): their properties, every
// export format (compared byte for byte with node's), and import from
// each format back, including passphrase-protected keys.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const pem = (name) => fs.readFileSync(path.join(__dirname, '_keys', name), 'utf8');
const sha = (b) => crypto.createHash('sha256').update(b).digest('hex').slice(0, 16);

function show(label, key) {
  console.log(label, key.type, key.asymmetricKeyType, key.asymmetricKeyDetails, key.symmetricKeySize);
}

for (const name of ['rsa.pem', 'rsa2048.pem', 'p256.pem', 'p384.pem', 'p521.pem', 'ed25519.pem', 'x25519.pem']) {
  const text = pem(name);
  const priv = crypto.createPrivateKey(text);
  show(name, priv);
  const pub = crypto.createPublicKey(text);
  show(name + ' public', pub);
  console.log(' pkcs8 pem matches', priv.export({ type: 'pkcs8', format: 'pem' }) === text);
  const pkcs8 = priv.export({ type: 'pkcs8', format: 'der' });
  console.log(' pkcs8 der', pkcs8.length, sha(pkcs8), Buffer.isBuffer(pkcs8));
  const spki = pub.export({ type: 'spki', format: 'der' });
  console.log(' spki der', spki.length, sha(spki));
  console.log(pub.export({ type: 'spki', format: 'pem' }));
  const jwk = priv.export({ format: 'jwk' });
  console.log(' jwk', Object.keys(jwk), sha(JSON.stringify(jwk)));
  console.log(' public jwk', pub.export({ format: 'jwk' }));
  if (priv.asymmetricKeyType === 'rsa') {
    console.log(' pkcs1', sha(priv.export({ type: 'pkcs1', format: 'pem' })), sha(pub.export({ type: 'pkcs1', format: 'der' })));
    console.log(' pkcs1 pem matches', priv.export({ type: 'pkcs1', format: 'pem' }) === text);
  }
  if (priv.asymmetricKeyType === 'ec') {
    console.log(' sec1', sha(priv.export({ type: 'sec1', format: 'der' })));
    console.log(' sec1 pem matches', priv.export({ type: 'sec1', format: 'pem' }) === text);
  }

  // Each export imports back to an equal key.
  const back = [
    crypto.createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' }),
    crypto.createPrivateKey({ key: jwk, format: 'jwk' }),
    crypto.createPrivateKey({ key: pkcs8.toString('base64'), format: 'der', type: 'pkcs8', encoding: 'base64' }),
  ];
  console.log(' private round trips', back.map((k) => k.equals(priv)));
  const pubBack = [
    crypto.createPublicKey({ key: spki, format: 'der', type: 'spki' }),
    crypto.createPublicKey({ key: jwk, format: 'jwk' }),
    crypto.createPublicKey(pub.export({ type: 'spki', format: 'pem' })),
    crypto.createPublicKey(priv),
    crypto.createPublicKey({ key: priv }),
    crypto.createPublicKey({ key: pkcs8, format: 'der', type: 'pkcs8' }),
  ];
  console.log(' public round trips', pubBack.map((k) => [k.type, k.equals(pub)].join(' ')));
  console.log(' equals', priv.equals(pub), pub.equals(priv), pub.equals(pub));
}

const rsa = crypto.createPrivateKey(pem('rsa2048.pem'));
const pkcs1Pub = rsa.export({ type: 'pkcs1', format: 'pem' }).replace('PRIVATE', 'PUBLIC');
console.log('pkcs1 public pem', crypto.createPublicKey(crypto.createPublicKey(rsa).export({ type: 'pkcs1', format: 'pem' })).asymmetricKeyType);
console.log('pkcs1 der of public', crypto.createPublicKey({
  key: crypto.createPublicKey(rsa).export({ type: 'pkcs1', format: 'der' }), format: 'der', type: 'pkcs1',
}).asymmetricKeyDetails, pkcs1Pub.length > 0);

// Passphrase-protected keys node wrote (PBES2 PKCS#8, legacy SEC1).
for (const [name, plain] of [['rsa-enc.pem', 'rsa.pem'], ['p256-enc.pem', 'p256.pem']]) {
  const k = crypto.createPrivateKey({ key: pem(name), passphrase: 'kiln' });
  console.log(name, k.equals(crypto.createPrivateKey(pem(plain))));
  console.log(name, 'buffer passphrase', crypto.createPrivateKey({ key: pem(name), passphrase: Buffer.from('kiln') }).type);
}
// And ones Kiln writes read back (the bytes are random).
for (const [type, cipher] of [['pkcs8', 'aes-256-cbc'], ['pkcs8', 'aes-128-cbc'], ['pkcs8', 'des-ede3-cbc'],
  ['pkcs1', 'aes-192-cbc']]) {
  const text = rsa.export({ type, format: 'pem', cipher, passphrase: 'secret' });
  console.log(type, cipher, text.split('\n')[0], crypto.createPrivateKey({ key: text, passphrase: 'secret' }).equals(rsa));
}
const encDer = rsa.export({ type: 'pkcs8', format: 'der', cipher: 'aes-256-cbc', passphrase: 'pw' });
console.log('encrypted der', crypto.createPrivateKey({ key: encDer, format: 'der', type: 'pkcs8', passphrase: 'pw' }).equals(rsa));

// Secret keys.
const secret = crypto.createSecretKey(Buffer.from('kiln secret'));
show('secret', secret);
console.log(secret, secret.export(), secret.export({ format: 'buffer' }), secret.export({ format: 'jwk' }));
console.log(crypto.createSecretKey('6b696c6e', 'hex').export().toString());
console.log(crypto.createSecretKey(new Uint16Array([0x6968])).export());
console.log(crypto.createSecretKey(new ArrayBuffer(4)).symmetricKeySize);
console.log(secret.equals(crypto.createSecretKey('kiln secret')), secret.equals(crypto.createSecretKey('kiln')));
console.log(secret.equals(rsa));

// Shape: classes, inspection, tags.
const pub = crypto.createPublicKey(rsa);
console.log(rsa, pub);
console.log(Object.prototype.toString.call(rsa), rsa instanceof crypto.KeyObject, typeof crypto.KeyObject);
console.log(Object.getOwnPropertyNames(crypto.KeyObject.prototype));
console.log(Object.getPrototypeOf(pub).constructor.name, Object.getPrototypeOf(secret).constructor.name);
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(pub)), Object.getOwnPropertyNames(Object.getPrototypeOf(rsa)));
console.log(pub.asymmetricKeyDetails === pub.asymmetricKeyDetails);

// Hmac takes a secret KeyObject as its key, and no other kind.
console.log(crypto.createHmac('sha256', secret).update('x').digest('hex') ===
  crypto.createHmac('sha256', 'kiln secret').update('x').digest('hex'));
try {
  crypto.createHmac('sha256', pub);
} catch (e) {
  console.log(e.code, e.message);
}

// A certificate's public key (_keys/cert.pem is tls/client.pem's).
const fromCert = crypto.createPublicKey(pem('cert.pem'));
console.log('certificate', fromCert.type, fromCert.asymmetricKeyType, fromCert.asymmetricKeyDetails);
try {
  crypto.createPrivateKey(pem('cert.pem'));
} catch (e) {
  console.log('certificate as private key', e.code);
}

const { isKeyObject } = require('util').types;
console.log('isKeyObject', isKeyObject(secret), isKeyObject(pub), isKeyObject({}), isKeyObject(Object.create(crypto.KeyObject.prototype)),
  isKeyObject({ [Symbol.toStringTag]: 'KeyObject' }), isKeyObject(null));
