// sign and verify with fixed node-made keys (_keys/). PKCS#1 v1.5 and
// Ed25519 signatures are deterministic and print in full; ECDSA and PSS
// are randomized, so they are verified instead, both ways: signatures node
// made (below) verify here, and signatures made here verify.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const pem = (name) => fs.readFileSync(path.join(__dirname, '_keys', name), 'utf8');
const rsa = crypto.createPrivateKey(pem('rsa.pem'));
const rsa2048 = pem('rsa2048.pem');
const p256 = crypto.createPrivateKey(pem('p256.pem'));
const ed = crypto.createPrivateKey(pem('ed25519.pem'));
const msg = Buffer.from('signed by node');

// Made by node from the keys above over msg.
const nodeSigs = {
  p256: '3045022100e43cea9446f839bb0400bde265b7bee1b239635b8a7ba7bafb919db2ed5bb37102200b7bef646562121fdc74f92931f3c68c' +
    '426125a5a729121447ca200955b53361',
  p256p1363: '044d7253e7be527af74ca3e5be9101124c3da66ba8808a6c1a8b380652078d1f55880331996c2e225d4f5c97bab59c4c11377c3f14' +
    'babf7cbae2ce34fb34491a',
  p384: '3065023100dd805b8139dc0a4c1f8c52a7f3b16e09b292118524382c25a111070a24973ee9bdd1dd7e8ef0a94ca74cbe41829b0d2b0230' +
    '384440cf5e9f0f61821bd2f673cf39b954ea0d872c0d66383fb95eed3cdcacec7df5941e8ad238287e2771d2246eb56b',
  p521: '308187024112036495633d4a039d3d3fc3359ebf24f74a01806553eb8439a9736ba69d12eefbcf43f03f1aa1fdabf4195af5e50f3059c5' +
    '128c97b30214ef92291063ed5afdd00242015026672e38dfbade8b6e2bf79983e658765c5b766342d7c80524a679abc2f759adfda9d1ac' +
    '1767abee7cc0b25fbce0a7946b8ced4f19bc5e88b3827fcbe73eb270',
  pss: '9bea46c177d2d98f6d2eb909d5126559efed686d2981874080ba65e79eed8a21e1b93416a5e98dcf4f5c6a972c3b26624dcf82ec9d79af' +
    'b42587bb5747e87545d9f3c43c622a6177a050bd23618b6d58ad137975f7d5597186d13c12466b2968b7fd6bab03b8e089e131545bd03c' +
    '150e106b5c1780bf15d8417db7ab3ea071796632b87726781d0c5cb8fb8143719872ae4509e83a548127490d77f7741dba99421ac6f93b' +
    'f542be5f269057be308254954e675d885c78852d3b7d49480400f3f320b99017d5d34280f27a7990d434f819402103f6ed7356404dab6d' +
    '50e43e62abf7a3a4c9681cd056378c3a16dded0f48d6a2dc37582b214115f8ed0d4656d1',
  pssMax: '5d5a394f1d25e717ee037fb3b19c5151abe1105603b627311aa6831af93df2c8ce774b52adf3fe9c246ec2a05c7aebdd763f32ebb940f' +
    '5526270362dddf3f49825a502ea6d4281a19351dd42da845eb1b2c07aeec58243dc0d9c86b03d0a8e88b0d74e6c91135a62b7944f8a98b9' +
    'd7107217fb454783ecaa4b29f5720d893c0d',
};
const sig = (name) => Buffer.from(nodeSigs[name], 'hex');
const tampered = (b) => { const c = Buffer.from(b); c[c.length - 1] ^= 1; return c; };

// Deterministic signatures, compared with node's bytes.
for (const alg of ['sha1', 'sha256', 'SHA384', 'RSA-SHA512', 'sha512-256', 'sha3-256', 'md5', null]) {
  console.log('pkcs1', alg, crypto.sign(alg, msg, rsa).toString('base64'));
}
console.log('pkcs1 2048 pem', crypto.sign('sha256', msg, rsa2048).toString('hex'));
console.log('pkcs1 string data', crypto.sign('sha256', 'signed by node', rsa).equals(crypto.sign('sha256', msg, rsa)));
console.log('pkcs1 view data', crypto.sign('sha256', new Uint8Array(msg), rsa).equals(crypto.sign('sha256', msg, rsa)));
console.log('ed25519', crypto.sign(null, msg, ed).toString('hex'));
console.log('ed25519 undefined alg', crypto.sign(undefined, msg, pem('ed25519.pem')).toString('hex'));
console.log('ed25519 verify', crypto.verify(null, msg, ed, crypto.sign(null, msg, ed)),
  crypto.verify(null, msg, crypto.createPublicKey(ed), tampered(crypto.sign(null, msg, ed))));

// Randomized signatures: node's verify here.
const pub = (name) => crypto.createPublicKey(pem(name));
console.log('node p256', crypto.verify('sha256', msg, pub('p256.pem'), sig('p256')),
  crypto.verify('sha256', msg, pub('p256.pem'), tampered(sig('p256'))));
console.log('node p256 p1363', crypto.verify('sha256', msg, { key: pub('p256.pem'), dsaEncoding: 'ieee-p1363' }, sig('p256p1363')),
  crypto.verify('sha256', msg, pub('p256.pem'), sig('p256p1363')));
console.log('node p384', crypto.verify('sha384', msg, pub('p384.pem'), sig('p384')),
  crypto.verify('sha256', msg, pub('p384.pem'), sig('p384')));
console.log('node p521', crypto.verify('sha512', msg, pem('p521.pem'), sig('p521')));
console.log('node pss', crypto.verify('sha256', msg, { key: rsa2048, padding: crypto.constants.RSA_PKCS1_PSS_PADDING }, sig('pss')),
  crypto.verify('sha256', msg, { key: rsa2048, padding: 6, saltLength: 32 }, sig('pss')),
  crypto.verify('sha256', msg, { key: rsa2048, padding: 6, saltLength: 20 }, sig('pss')),
  crypto.verify('sha256', msg, rsa2048, sig('pss')));
console.log('node pss max', crypto.verify('sha256', msg, { key: rsa, padding: 6 }, sig('pssMax')),
  crypto.verify('sha256', msg, { key: rsa, padding: 6, saltLength: crypto.constants.RSA_PSS_SALTLEN_AUTO }, sig('pssMax')),
  crypto.verify('sha256', msg, { key: rsa, padding: 6, saltLength: crypto.constants.RSA_PSS_SALTLEN_DIGEST }, sig('pssMax')));

// Randomized signatures made here verify, with the key in each form.
for (const name of ['p256.pem', 'p384.pem', 'p521.pem']) {
  const key = crypto.createPrivateKey(pem(name));
  const der = crypto.sign('sha256', msg, key);
  const p1363 = crypto.sign('sha256', msg, { key: pem(name), dsaEncoding: 'ieee-p1363' });
  console.log(name, der[0], p1363.length, crypto.verify('sha256', msg, key, der),
    crypto.verify('sha256', msg, { key: crypto.createPublicKey(key), dsaEncoding: 'ieee-p1363' }, p1363),
    crypto.verify('sha256', msg, { key, dsaEncoding: 'der' }, p1363),
    crypto.verify('sha256', Buffer.from('other'), key, der));
}
for (const saltLength of [undefined, 0, 20, -1, -2, -3]) {
  const s = crypto.sign('sha256', msg, { key: rsa, padding: 6, saltLength });
  console.log('pss salt', saltLength, s.length, crypto.verify('sha256', msg, { key: rsa, padding: 6, saltLength }, s),
    crypto.verify('sha256', msg, { key: rsa, padding: 6 }, s), crypto.verify('sha256', msg, rsa, s));
}

// Sign and Verify streams.
const signer = crypto.createSign('RSA-SHA256');
signer.update('signed ');
signer.update(Buffer.from('by '));
signer.update('6e6f6465', 'hex');
console.log('Sign', signer.sign(rsa, 'base64') === crypto.sign('sha256', msg, rsa).toString('base64'));
try {
  signer.sign(rsa);
} catch (e) {
  console.log('sign twice', e.code, e.message);
}
const verifier = crypto.createVerify('sha256');
verifier.write('signed by ');
verifier.end('node');
console.log('Verify', verifier.verify(crypto.createPublicKey(rsa), crypto.sign('sha256', msg, rsa).toString('hex'), 'hex'));
const ecSigner = crypto.createSign('sha384').update(msg);
const ecSig = ecSigner.sign({ key: p256, dsaEncoding: 'ieee-p1363' });
console.log('ec Sign', ecSig.length, crypto.createVerify('sha384').update(msg).verify({ key: p256, dsaEncoding: 'ieee-p1363' }, ecSig));
console.log(crypto.Sign('sha1') instanceof crypto.Sign, new crypto.Verify('sha1') instanceof require('stream').Writable);
console.log(Object.getOwnPropertyNames(crypto.Sign.prototype), Object.getOwnPropertyNames(crypto.Verify.prototype));
console.log(signer.writable, typeof signer.pipe);

// Callbacks run later, from the worker pool.
crypto.sign('sha256', msg, rsa, (err, s) => {
  console.log('sign callback', err, s.equals(crypto.sign('sha256', msg, rsa)));
  crypto.verify('sha256', msg, rsa, s, (err2, ok) => console.log('verify callback', err2, ok));
});
console.log('after sign with callback');
