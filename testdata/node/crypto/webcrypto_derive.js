// crypto.subtle deriveBits and deriveKey: PBKDF2 and HKDF with RFC 6070
// and RFC 5869 inputs, ECDH on fixed P-256 keys node made, X25519 on RFC
// 7748's keys (§6.1), and keys derived from them; every result is bytes
// node prints too.
const { subtle } = globalThis.crypto;

const hex = (b) => Buffer.from(b).toString('hex');
const bytes = (h) => Buffer.from(h, 'hex');
const show = (label, p) => p.then((v) => console.log(label, v), (e) => console.log(label, e.name, e.message));

(async () => {
  const password = await subtle.importKey('raw', new TextEncoder().encode('password'), 'PBKDF2', false,
    ['deriveBits', 'deriveKey']);
  for (const [hash, iterations, length] of [['SHA-1', 1, 160], ['SHA-1', 2, 160], ['SHA-1', 4096, 160],
    ['SHA-256', 1000, 256], ['SHA-512', 10, 512], ['SHA-384', 3, 0]]) {
    const bits = await subtle.deriveBits({ name: 'PBKDF2', hash, salt: new TextEncoder().encode('salt'), iterations },
      password, length);
    console.log('PBKDF2', hash, iterations, hex(bits));
  }

  // RFC 5869 A.1, A.3.
  const ikm = await subtle.importKey('raw', bytes('0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b'), 'HKDF', false,
    ['deriveBits', 'deriveKey']);
  console.log('HKDF A.1', hex(await subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: bytes('000102030405060708090a0b0c'),
    info: bytes('f0f1f2f3f4f5f6f7f8f9') }, ikm, 42 * 8)));
  console.log('HKDF A.3', hex(await subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0),
    info: new Uint8Array(0) }, ikm, 42 * 8)));
  console.log('HKDF SHA-1', hex(await subtle.deriveBits({ name: 'hkdf', hash: 'sha-1', salt: new Uint8Array(0),
    info: new Uint8Array(0) }, ikm, 16 * 8)));
  await show('HKDF too long', subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0),
    info: new Uint8Array(0) }, ikm, 255 * 32 * 8 + 8));

  const jwkA = { kty: 'EC', crv: 'P-256', x: 'ly0by6oz8ZBHjjVvUpSlR0cUFZPyI9BR9kWohYEUxfE',
    y: 'O-hxNOHt_O7eQ2nDB6fXFlM0N7cHpDhk4CDRm_7KFIE', d: '_4gC-paZDb5amn-6JjBDFQ_qvFXJzW1nKQrt10on7LU' };
  const jwkB = { kty: 'EC', crv: 'P-256', x: 'uT4HwrFqjB0-7cxcdkQvKmNxTeefenwtjb9NzBWBlx0',
    y: 'H-5euZ8KZ7KxE4wISHTTfK0taFFVYYETvTrI1tGBQsk', d: 'vXOYERD3k0YXyi1WPgUJkWli_YPr1SxPQcoSnHRRQMo' };
  const ecdh = { name: 'ECDH', namedCurve: 'P-256' };
  const privA = await subtle.importKey('jwk', jwkA, ecdh, true, ['deriveBits', 'deriveKey']);
  const privB = await subtle.importKey('jwk', jwkB, ecdh, false, ['deriveBits']);
  const pubA = await subtle.importKey('raw', await subtle.exportKey('raw', privA).catch(() =>
    subtle.exportKey('jwk', privA).then((j) => Buffer.concat([Buffer.from([4]), Buffer.from(j.x, 'base64url'),
      Buffer.from(j.y, 'base64url')]))), ecdh, true, []);
  const { d, ...pubJwkB } = jwkB;
  const pubB = await subtle.importKey('jwk', pubJwkB, ecdh, true, []);
  console.log('ECDH A-B', hex(await subtle.deriveBits({ name: 'ECDH', public: pubB }, privA, 256)));
  console.log('ECDH B-A', hex(await subtle.deriveBits({ name: 'ECDH', public: pubA }, privB, null)));
  console.log('ECDH 128 bits', hex(await subtle.deriveBits({ name: 'ECDH', public: pubA }, privB, 128)));
  const compressed = Buffer.from(await subtle.exportKey('raw', pubA));
  const c = Buffer.concat([Buffer.from([2 + (compressed[64] & 1)]), compressed.subarray(1, 33)]);
  const pubC = await subtle.importKey('raw', c, ecdh, true, []);
  console.log('ECDH compressed point', hex(await subtle.exportKey('raw', pubC)) === hex(compressed));

  const aes = await subtle.deriveKey({ name: 'ECDH', public: pubB }, privA, { name: 'AES-GCM', length: 128 }, true,
    ['encrypt']);
  console.log('ECDH deriveKey', aes, hex(await subtle.exportKey('raw', aes)));

  // RFC 7748 §6.1.
  const pkcs8Prefix = '302e020100300506032b656e04220420';
  const alice = await subtle.importKey('pkcs8',
    bytes(pkcs8Prefix + '77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a'), 'X25519', true,
    ['deriveBits']);
  const bobPub = await subtle.importKey('raw', bytes('de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f'),
    'X25519', true, []);
  console.log('X25519', hex(await subtle.deriveBits({ name: 'X25519', public: bobPub }, alice, 256)));
  console.log('X25519 alice public', hex(await subtle.exportKey('raw', await subtle.importKey('jwk',
    { kty: 'OKP', crv: 'X25519', x: (await subtle.exportKey('jwk', alice)).x }, 'X25519', true, []))));

  const fromPassword = await subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(8), iterations: 5 },
    password, { name: 'HMAC', hash: 'SHA-384' }, true, ['sign']);
  console.log('PBKDF2 deriveKey', fromPassword, (await subtle.exportKey('raw', fromPassword)).byteLength);
  const fromHkdf = await subtle.deriveKey({ name: 'HKDF', hash: 'SHA-512', salt: new Uint8Array(8), info: new Uint8Array(1) },
    ikm, { name: 'AES-CBC', length: 256 }, true, ['decrypt']);
  console.log('HKDF deriveKey', hex(await subtle.exportKey('raw', fromHkdf)));
})();
