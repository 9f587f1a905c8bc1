// createECDH with fixed private keys (deterministic), the three point
// forms, ECDH.convertKey, and generated keys agreeing.
const crypto = require('crypto');

const cases = [];
const t = (name, fn) => cases.push([name, fn]);

const a = crypto.createECDH('prime256v1');
t('public before keys', () => a.getPublicKey());
t('private before keys', () => a.getPrivateKey());
t('secret before keys', () => a.computeSecret(Buffer.alloc(65, 4)));
t('unknown curve', () => crypto.createECDH('foo'));
t('x25519 curve', () => crypto.createECDH('x25519'));
t('NIST name', () => crypto.createECDH('P-256'));
t('number curve', () => crypto.createECDH(5));
t('zero private key', () => a.setPrivateKey(Buffer.alloc(32)));
t('private key past the order', () => a.setPrivateKey(Buffer.alloc(32, 255)));
t('long private key', () => a.setPrivateKey(Buffer.alloc(40, 1)));
t('private key 1', () => a.setPrivateKey(Buffer.from([1])).getPublicKey('hex'));
t('private key back', () => a.getPrivateKey('hex'));
t('compressed', () => a.getPublicKey('hex', 'compressed'));
t('hybrid', () => a.getPublicKey('base64', 'hybrid'));
t('bad format', () => a.getPublicKey('hex', 'foo'));
t('secret with no point', () => a.computeSecret(Buffer.alloc(65, 1)));
t('secret with itself', () => a.computeSecret(a.getPublicKey()).toString('hex'));
t('secret with compressed', () => a.computeSecret(a.getPublicKey(null, 'compressed')).toString('hex'));
t('secret with hybrid', () => a.computeSecret(a.getPublicKey(null, 'hybrid')).toString('hex'));
t('secret encodings', () => a.computeSecret(a.getPublicKey('hex'), 'hex', 'base64'));
t('secret number', () => a.computeSecret(5));
t('convertKey', () => crypto.ECDH.convertKey(a.getPublicKey(), 'prime256v1', null, 'hex', 'compressed'));
t('convertKey back', () => crypto.ECDH.convertKey(a.getPublicKey('hex', 'compressed'), 'prime256v1', 'hex', 'hex'));
t('convertKey no point', () => crypto.ECDH.convertKey(Buffer.alloc(3), 'prime256v1'));
t('convertKey bad curve', () => crypto.ECDH.convertKey(Buffer.alloc(3), 'foo'));
t('prototype', () => Object.getOwnPropertyNames(crypto.ECDH.prototype));
t('own keys', () => Object.keys(a));
t('curves', () => ['prime256v1', 'secp384r1', 'secp521r1'].map((c) => crypto.getCurves().includes(c)));

for (const curve of ['prime256v1', 'secp384r1', 'secp521r1']) {
  const x = crypto.createECDH(curve);
  x.setPrivateKey(Buffer.alloc(32, 2));
  const y = crypto.createECDH(curve);
  y.setPrivateKey('03'.repeat(32), 'hex');
  t(curve + ' fixed', () => [x.computeSecret(y.getPublicKey()).toString('hex'), x.computeSecret(y.getPublicKey()).equals(y.computeSecret(x.getPublicKey()))]);
  t(curve + ' public', () => x.getPublicKey('hex', 'compressed'));
  const g = crypto.createECDH(curve);
  const gp = g.generateKeys();
  t(curve + ' generated', () => [gp.length, g.getPublicKey().equals(gp), g.computeSecret(x.getPublicKey()).equals(x.computeSecret(gp)),
    typeof g.generateKeys('hex', 'compressed')]);
  // The same scalar as a KeyObject agrees with diffieHellman.
  t(curve + ' matches diffieHellman', () => {
    const jwkOf = (e) => {
      const pub = e.getPublicKey();
      const size = (pub.length - 1) / 2;
      const crv = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' }[curve];
      const d = Buffer.alloc(size);
      const s = e.getPrivateKey();
      s.copy(d, size - s.length);
      return { kty: 'EC', crv, x: pub.subarray(1, 1 + size).toString('base64url'), y: pub.subarray(1 + size).toString('base64url'), d: d.toString('base64url') };
    };
    const kx = crypto.createPrivateKey({ key: jwkOf(x), format: 'jwk' });
    const ky = crypto.createPublicKey({ key: jwkOf(y), format: 'jwk' });
    return crypto.diffieHellman({ privateKey: kx, publicKey: ky }).equals(x.computeSecret(y.getPublicKey()));
  });
}

for (const [name, fn] of cases) {
  try {
    console.log(name, fn());
  } catch (e) {
    console.log(`${name}: ${e.name} ${e.code} ${e.message} | ${e.stack.split('\n')[0]}`);
  }
}
