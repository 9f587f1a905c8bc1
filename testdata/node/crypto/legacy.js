// The smaller crypto exports: createCipher/createDecipher (EVP_BytesToKey
// with MD5) and the Cipher/Decipher classes, Hash and Hmac as streams,
// getCipherInfo with its option checks, pseudoRandomBytes/prng/rng, and
// the FIPS, engine and secure-heap answers of a build that has none.
const crypto = require('crypto');
const { Transform } = require('stream');

function tryIt(label, f) {
  try {
    console.log(label, '->', f());
  } catch (e) {
    console.log(label, '->', `${e.name} [${e.code}]: ${e.message}`);
  }
}

const c = crypto.createCipher('aes-128-cbc', 'secret');
const enc = Buffer.concat([c.update('hello world, this is a test'), c.final()]).toString('hex');
console.log('aes-128-cbc', enc);
const d = crypto.createDecipher('aes-128-cbc', 'secret');
console.log('round trip', d.update(enc, 'hex', 'utf8') + d.final('utf8'));
console.log('classes', c instanceof crypto.Cipher, d instanceof crypto.Decipher, c instanceof crypto.Cipheriv,
  c instanceof Transform, Object.keys(crypto.Cipher.prototype), Object.keys(crypto.Decipher.prototype));
const e2 = crypto.Cipher('des-ede3-cbc', Buffer.from('pw'));
console.log('des-ede3-cbc without new', e2.update('x', 'utf8', 'hex') + e2.final('hex'));
const e3 = crypto.createCipher('aes-256-ecb', 'k');
console.log('aes-256-ecb', e3.update('abc', 'utf8', 'base64') + e3.final('base64'));
const e4 = crypto.createCipher('aes-192-ctr', 'k');
console.log('aes-192-ctr', e4.update('abc', 'utf8', 'hex') + e4.final('hex'));
const e5 = crypto.createCipher('aes-128-gcm', 'k');
console.log('aes-128-gcm', e5.update('abc', 'utf8', 'hex') + e5.final('hex'), e5.getAuthTag().toString('hex'));
const e6 = crypto.createCipher('chacha20-poly1305', new Uint8Array([1, 2, 3]), { authTagLength: 16 });
console.log('chacha20-poly1305', e6.update('abc', 'utf8', 'hex') + e6.final('hex'));
tryIt('unknown cipher', () => crypto.createCipher('nope', 'k'));
tryIt('password 5', () => crypto.createCipher('aes-128-cbc', 5));
tryIt('cipher 5', () => crypto.createDecipher(5, 'k'));
const bad = crypto.createDecipher('aes-128-cbc', 'other');
tryIt('wrong password', () => bad.update(enc, 'hex', 'hex') + bad.final('hex'));

const s = crypto.createCipher('aes-128-cbc', 'secret');
const parts = [];
s.on('data', (chunk) => parts.push(chunk.toString('hex')));
s.on('end', () => console.log('cipher stream', parts.join(' ')));
s.end('hello world, this is a test');

const h = crypto.createHash('sha256');
h.on('data', (dg) => console.log('hash stream', dg.toString('hex')));
h.write('ab');
h.end('c');
const m = crypto.createHmac('sha256', 'k');
m.setEncoding('hex');
m.on('data', (dg) => console.log('hmac stream', dg));
m.end('abc');
console.log('hash protos', crypto.Hmac.prototype._flush === crypto.Hash.prototype._flush,
  Object.keys(crypto.Hash.prototype), Object.keys(crypto.Hmac.prototype),
  crypto.createHash('md5') instanceof Transform, Object.keys(crypto.createHash('md5')));

for (const name of ['aes-128-cbc', 'AES-256-GCM', 'aes128', 'des3', 'des-ede3-ecb', 'aes-192-ecb', 'chacha20',
  'chacha20-poly1305', 'id-aes128-GCM', 'aes-256-cfb8', 419, 901, -1, 'bogus']) {
  console.log('info', name, JSON.stringify(crypto.getCipherInfo(name)));
}
const info = (n, o) => JSON.stringify(crypto.getCipherInfo(n, o));
for (const iv of [0, 1, 12, 16, 128, 129]) {
  console.log('ivLength', iv, info('aes-128-gcm', { ivLength: iv }), info('aes-128-cbc', { ivLength: iv }),
    info('aes-128-ecb', { ivLength: iv }), info('chacha20-poly1305', { ivLength: iv }));
}
for (const k of [15, 16, 32]) console.log('keyLength', k, info('aes-128-cbc', { keyLength: k }), info('chacha20', { keyLength: k }));
tryIt('info {}', () => crypto.getCipherInfo({}));
tryIt('info 1.5', () => crypto.getCipherInfo(1.5));
tryIt('info options 5', () => crypto.getCipherInfo('aes-128-cbc', 5));
tryIt('info options null', () => crypto.getCipherInfo('aes-128-cbc', null));
tryIt('info keyLength 1.5', () => crypto.getCipherInfo('aes-128-cbc', { keyLength: 1.5 }));
tryIt('info ivLength "x"', () => crypto.getCipherInfo('aes-128-cbc', { ivLength: 'x' }));
tryIt('info ivLength 2**31', () => crypto.getCipherInfo('aes-128-cbc', { ivLength: 2 ** 31 }));

console.log('random aliases', crypto.prng === crypto.randomBytes, crypto.pseudoRandomBytes === crypto.randomBytes,
  crypto.rng === crypto.randomBytes, crypto.pseudoRandomBytes(5).length);
tryIt('getFips', () => crypto.getFips());
tryIt('fips', () => crypto.fips);
tryIt('setFips(false)', () => crypto.setFips(false));
tryIt('secureHeapUsed', () => crypto.secureHeapUsed());
tryIt('setEngine("x")', () => crypto.setEngine('x'));
tryIt('setEngine(1)', () => crypto.setEngine(1));
tryIt('setEngine("x", "a")', () => crypto.setEngine('x', 'a'));
console.log('lengths', crypto.setEngine.length, crypto.setFips.length, crypto.getCipherInfo.length,
  crypto.secureHeapUsed.length, crypto.getFips.length);
