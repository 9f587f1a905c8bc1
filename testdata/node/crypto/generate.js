// generateKeyPairSync and generateKeyPair: the keys' kinds and details,
// the shapes of each requested encoding, and that the pairs work (keys
// are random, so nothing prints their bytes).
const crypto = require('crypto');

const msg = Buffer.from('message');

function check(label, { publicKey, privateKey }) {
  const pub = publicKey;
  const priv = privateKey;
  let works;
  if (priv.asymmetricKeyType === 'x25519') {
    const other = crypto.generateKeyPairSync('x25519');
    works = crypto.diffieHellman({ privateKey: priv, publicKey: other.publicKey })
      .equals(crypto.diffieHellman({ privateKey: other.privateKey, publicKey: pub }));
  } else {
    const alg = priv.asymmetricKeyType === 'ed25519' ? null : 'sha256';
    works = crypto.verify(alg, msg, pub, crypto.sign(alg, msg, priv));
  }
  console.log(label, priv.type, priv.asymmetricKeyType, priv.asymmetricKeyDetails, pub.type,
    pub.equals(crypto.createPublicKey(priv)), works);
}

check('rsa 512', crypto.generateKeyPairSync('rsa', { modulusLength: 512 }));
check('rsa 1024 e=3', crypto.generateKeyPairSync('rsa', { modulusLength: 1024, publicExponent: 3 }));
check('rsa 2048', crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }));
for (const namedCurve of ['prime256v1', 'P-256', 'secp384r1', 'P-384', 'secp521r1']) {
  check('ec ' + namedCurve, crypto.generateKeyPairSync('ec', { namedCurve }));
}
check('ec named', crypto.generateKeyPairSync('ec', { namedCurve: 'P-256', paramEncoding: 'named' }));
check('ed25519', crypto.generateKeyPairSync('ed25519'));
check('ed25519 options', crypto.generateKeyPairSync('ed25519', {}));
check('x25519', crypto.generateKeyPairSync('x25519'));

const shape = (v) => (typeof v === 'string' ? v.split('\n')[0] : Buffer.isBuffer(v) ? 'Buffer' : v.constructor.name === 'Object' ? Object.keys(v) : v.constructor.name);
const encodings = [
  ['rsa', { modulusLength: 1024 }, { type: 'pkcs1', format: 'pem' }, { type: 'pkcs1', format: 'pem' }],
  ['rsa', { modulusLength: 1024 }, { type: 'spki', format: 'der' }, { type: 'pkcs8', format: 'der' }],
  ['rsa', { modulusLength: 1024 }, { format: 'jwk' }, { format: 'jwk' }],
  ['rsa', { modulusLength: 1024 }, { type: 'spki', format: 'pem' }, { type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' }],
  ['rsa', { modulusLength: 1024 }, undefined, { type: 'pkcs1', format: 'pem', cipher: 'aes-128-cbc', passphrase: 'pw' }],
  ['ec', { namedCurve: 'P-384' }, { type: 'spki', format: 'pem' }, { type: 'sec1', format: 'pem' }],
  ['ec', { namedCurve: 'P-256' }, { format: 'jwk' }, { type: 'sec1', format: 'der' }],
  ['ed25519', {}, { type: 'spki', format: 'pem' }, { type: 'pkcs8', format: 'pem' }],
  ['x25519', {}, { format: 'jwk' }, { format: 'jwk' }],
];
for (const [type, opts, publicKeyEncoding, privateKeyEncoding] of encodings) {
  const pair = crypto.generateKeyPairSync(type, { ...opts, publicKeyEncoding, privateKeyEncoding });
  console.log(type, shape(pair.publicKey), shape(pair.privateKey));
  const pub = pair.publicKey instanceof crypto.KeyObject ? pair.publicKey : crypto.createPublicKey(publicKeyEncoding.format === 'der' ? { key: pair.publicKey, ...publicKeyEncoding }
    : publicKeyEncoding.format === 'jwk' ? { key: pair.publicKey, format: 'jwk' } : pair.publicKey);
  const priv = crypto.createPrivateKey(privateKeyEncoding.format === 'der' ? { key: pair.privateKey, ...privateKeyEncoding }
    : privateKeyEncoding.format === 'jwk' ? { key: pair.privateKey, format: 'jwk' }
      : { key: pair.privateKey, passphrase: privateKeyEncoding.passphrase });
  console.log(' ', pub.asymmetricKeyType, crypto.createPublicKey(priv).equals(pub));
}

// The callback form, one at a time so the order is node's.
crypto.generateKeyPair('ec', { namedCurve: 'P-256' }, (err, publicKey, privateKey) => {
  console.log('async ec', err, publicKey.type, privateKey.type, privateKey.asymmetricKeyDetails);
  crypto.generateKeyPair('ed25519', { publicKeyEncoding: { type: 'spki', format: 'der' } }, function (err2, pub, priv) {
    console.log('async ed25519', err2, pub.length, priv.type, arguments.length);
    crypto.generateKeyPair('rsa', { modulusLength: 1024, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } }, (err3, pub3, priv3) => {
      console.log('async rsa', err3, pub3.asymmetricKeyDetails, priv3.split('\n')[0]);
    });
  });
});
console.log('sync part done');
