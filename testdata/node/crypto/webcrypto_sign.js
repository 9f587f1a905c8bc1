// crypto.subtle sign and verify on fixed keys (_keys/): deterministic
// algorithms (HMAC, RSASSA-PKCS1-v1_5, Ed25519) print their signatures,
// which must be node's bytes; ECDSA and RSA-PSS print whether signatures
// node made verify, and whether fresh ones made here do.
const fs = require('fs');
const path = require('path');
const { createPrivateKey } = require('crypto');
const { subtle } = globalThis.crypto;

const pkcs8 = (name) => createPrivateKey(fs.readFileSync(path.join(__dirname, '_keys', name)))
  .export({ format: 'der', type: 'pkcs8' });
const hex = (b) => Buffer.from(b).toString('hex');
const msg = new TextEncoder().encode('kiln web crypto');
const other = new TextEncoder().encode('kiln web crypt0');

async function pair(file, algorithm) {
  const privateKey = await subtle.importKey('pkcs8', pkcs8(file), algorithm, true, ['sign']);
  const jwk = await subtle.exportKey('jwk', privateKey);
  delete jwk.d;
  for (const k of ['p', 'q', 'dp', 'dq', 'qi']) delete jwk[k];
  jwk.key_ops = ['verify'];
  const publicKey = await subtle.importKey('jwk', jwk, algorithm, true, ['verify']);
  return { privateKey, publicKey };
}

(async () => {
  for (const hash of ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512']) {
    const key = await subtle.importKey('raw', new TextEncoder().encode('key'), { name: 'HMAC', hash }, false,
      ['sign', 'verify']);
    const sig = await subtle.sign('HMAC', key, msg);
    console.log('HMAC', hash, hex(sig));
    console.log('  verify', await subtle.verify('HMAC', key, sig, msg), await subtle.verify('HMAC', key, sig, other),
      await subtle.verify({ name: 'hmac' }, key, sig.slice(1), msg));
  }

  for (const hash of ['SHA-1', 'SHA-256', 'SHA-512']) {
    const { privateKey, publicKey } = await pair('rsa.pem', { name: 'RSASSA-PKCS1-v1_5', hash });
    const sig = await subtle.sign('RSASSA-PKCS1-v1_5', privateKey, msg);
    console.log('RSASSA-PKCS1-v1_5', hash, hex(sig));
    console.log('  verify', await subtle.verify('RSASSA-PKCS1-v1_5', publicKey, sig, msg),
      await subtle.verify('RSASSA-PKCS1-v1_5', publicKey, sig, other));
  }

  const ed = await pair('ed25519.pem', 'Ed25519');
  const edSig = await subtle.sign('Ed25519', ed.privateKey, msg);
  console.log('Ed25519', hex(edSig));
  console.log('  verify', await subtle.verify('Ed25519', ed.publicKey, edSig, msg),
    await subtle.verify('Ed25519', ed.publicKey, edSig, other),
    await subtle.verify('Ed25519', ed.publicKey, edSig.slice(2), msg));

  // Signatures node made with these keys.
  const nodeSigs = [
    ['p256.pem', 'P-256', 'SHA-256', '9553d79e5ff41582d8b69ddd171d654e1b9270c609fab87fd29a59e9de9a7570cb17b8917d3510677b3157c5a84f6d4c66579cb6f0aca1e7875990c8676b6276'],
    ['p384.pem', 'P-384', 'SHA-384', '931dc9b9decf29f43bdf9962e5f154ad2b56bb4219456f46daf5b3eecda5c926bad45290247f30a227a344fac1598f244010295a26d3c3bf28a8a4712b63ed195f3cf8ab6f69cd6788596705ea967b360609db58ce71f0f58015bcd74331a42e'],
    ['p521.pem', 'P-521', 'SHA-512', '0108bf90356a53e3d96d3a7be1670498c8af2497f9c6d14720804688ad4c2024962d3ca5f4d90802abf584844ff61e508032dc7487262995cded9f1c17702efc1f310171c72e15ac375dba4b896fb67b3f72e73b52ff61ab785a9537e609eaa24eda27cf45f7e0b0bdd37c703c4f61f33bfcf197208f9ca107b91b68af465b11d70a6148'],
  ];
  for (const [file, namedCurve, hash, nodeSig] of nodeSigs) {
    const { privateKey, publicKey } = await pair(file, { name: 'ECDSA', namedCurve });
    const sig = await subtle.sign({ name: 'ECDSA', hash }, privateKey, msg);
    console.log('ECDSA', namedCurve, hash, sig.byteLength);
    console.log('  node signature', await subtle.verify({ name: 'ECDSA', hash }, publicKey, Buffer.from(nodeSig, 'hex'), msg));
    console.log('  own signature', await subtle.verify({ name: 'ECDSA', hash }, publicKey, sig, msg),
      await subtle.verify({ name: 'ECDSA', hash }, publicKey, sig, other),
      await subtle.verify({ name: 'ECDSA', hash: 'SHA-1' }, publicKey, sig, msg),
      await subtle.verify({ name: 'ECDSA', hash }, publicKey, new Uint8Array(7), msg));
  }

  const pss = await pair('rsa.pem', { name: 'RSA-PSS', hash: 'SHA-256' });
  const nodePss = '7cea2aa3e886beadd9916c3074c2994db24a23309a9e592838b683c0627b95f435dc836a83b3e7f47ca07b5f7af30dac4e2ca384b116f80edf9e84852435cd5202a6d117ccaef369b04683e35c126a113bd69af041d5bbafeb50e9c4fb318a2e2e8b741d77cfaa1aef7bac740463ee9a041dfdd349d2ee13b11bb5adf3656689';
  console.log('RSA-PSS node signature', await subtle.verify({ name: 'RSA-PSS', saltLength: 32 }, pss.publicKey,
    Buffer.from(nodePss, 'hex'), msg), await subtle.verify({ name: 'RSA-PSS', saltLength: 20 }, pss.publicKey,
    Buffer.from(nodePss, 'hex'), msg));
  for (const saltLength of [0, 20, 32]) {
    const sig = await subtle.sign({ name: 'RSA-PSS', saltLength }, pss.privateKey, msg);
    console.log('RSA-PSS', saltLength, sig.byteLength, await subtle.verify({ name: 'RSA-PSS', saltLength }, pss.publicKey,
      sig, msg), await subtle.verify({ name: 'RSA-PSS', saltLength }, pss.publicKey, sig, other));
  }
})();
