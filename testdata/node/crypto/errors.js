// Argument checking across the crypto module: each call's result or its
// error code, name and message.
const crypto = require('crypto');

const finalized = crypto.createHash('sha256');
finalized.digest();

const cases = [
  ['createHash unknown', () => crypto.createHash('nope')],
  ['createHash no algorithm', () => crypto.createHash()],
  ['createHash outputLength', () => crypto.createHash('sha256', { outputLength: 5 })],
  ['createHash same outputLength', () => crypto.createHash('sha256', { outputLength: 32 }).digest('hex')],
  ['createHash bad outputLength', () => crypto.createHash('sha256', { outputLength: 'x' })],
  ['update after digest', () => finalized.update('a')],
  ['digest after digest', () => finalized.digest()],
  ['copy after digest', () => finalized.copy()],
  ['update number', () => crypto.createHash('sha256').update(123)],
  ['update ArrayBuffer', () => crypto.createHash('sha256').update(new ArrayBuffer(2))],
  ['update unknown encoding', () => crypto.createHash('sha256').update('a', 'foo').digest('hex')],
  ['createHmac unknown', () => crypto.createHmac('nope', 'k')],
  ['createHmac no key', () => crypto.createHmac('sha256')],
  ['createHmac number key', () => crypto.createHmac('sha256', 5)],
  ['createHmac number digest', () => crypto.createHmac(5, 'k')],
  ['hmac update number', () => crypto.createHmac('sha256', 'k').update(5)],
  ['hash number input', () => crypto.hash('sha1', 5)],
  ['hash unknown', () => crypto.hash('nope', 'a')],
  ['hash bad encoding', () => crypto.hash('sha1', 'a', 'foo')],
  ['timingSafeEqual equal', () => crypto.timingSafeEqual(Buffer.from('ab'), Buffer.from('ab'))],
  ['timingSafeEqual unequal', () => crypto.timingSafeEqual(Buffer.from('ab'), Buffer.from('ac'))],
  ['timingSafeEqual views', () => crypto.timingSafeEqual(new Uint16Array([1]), new Uint8Array([1, 0]))],
  ['timingSafeEqual lengths', () => crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab'))],
  ['timingSafeEqual string', () => crypto.timingSafeEqual('a', Buffer.from('ab'))],
  ['timingSafeEqual second string', () => crypto.timingSafeEqual(Buffer.from('ab'), 'a')],
  ['randomBytes length', () => crypto.randomBytes(7).length],
  ['randomBytes negative', () => crypto.randomBytes(-1)],
  ['randomBytes string', () => crypto.randomBytes('a')],
  ['randomBytes too big', () => crypto.randomBytes(2 ** 31)],
  ['randomBytes bad callback', () => crypto.randomBytes(3, 5)],
  ['randomInt range', () => { const n = crypto.randomInt(3, 5); return n === 3 || n === 4; }],
  ['randomInt max only', () => { const n = crypto.randomInt(2); return n === 0 || n === 1; }],
  ['randomInt reversed', () => crypto.randomInt(10, 5)],
  ['randomInt fraction', () => crypto.randomInt(1.5)],
  ['randomInt huge max', () => crypto.randomInt(2 ** 48)],
  ['randomInt huge range', () => crypto.randomInt(1, 2 ** 48 + 1)],
  ['randomInt unsafe min', () => crypto.randomInt(-(2 ** 53), 0)],
  ['randomInt string', () => crypto.randomInt('a')],
  ['randomInt bad callback', () => crypto.randomInt(1, 2, 3)],
  ['randomUUID shape', () => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(crypto.randomUUID())],
  ['randomUUID bad options', () => crypto.randomUUID(5)],
  ['randomUUID bad cache option', () => crypto.randomUUID({ disableEntropyCache: 1 })],
  ['getRandomValues float', () => crypto.getRandomValues(new Float32Array(2))],
  ['getRandomValues too long', () => crypto.getRandomValues(new Uint8Array(65537))],
  ['getRandomValues nothing', () => crypto.webcrypto.getRandomValues()],
  ['getRandomValues number', () => crypto.getRandomValues(5)],
  ['getRandomValues DataView', () => crypto.getRandomValues(new DataView(new ArrayBuffer(2)))],
  ['getRandomValues BigInt64Array', () => crypto.getRandomValues(new BigInt64Array(2)).length],
  ['getRandomValues wrong this', () => crypto.webcrypto.getRandomValues.call({}, new Uint8Array(2))],
  ['randomFillSync', () => crypto.randomFillSync(new Uint32Array(4), 1, 2).length],
  ['randomFillSync offset', () => crypto.randomFillSync(new Uint8Array(4), 5)],
  ['randomFillSync size', () => crypto.randomFillSync(new Uint8Array(4), 1, 5)],
  ['randomFillSync number', () => crypto.randomFillSync(5)],
  ['randomFillSync string offset', () => crypto.randomFillSync(Buffer.alloc(4), 'a')],
  ['randomFillSync negative offset', () => crypto.randomFillSync(Buffer.alloc(4), -1)],
  ['randomFillSync ArrayBuffer', () => crypto.randomFillSync(new ArrayBuffer(4)).byteLength],
  ['randomFill no callback', () => crypto.randomFill(Buffer.alloc(4))],
  ['pbkdf2Sync zero iterations', () => crypto.pbkdf2Sync('p', 's', 0, 32, 'sha256')],
  ['pbkdf2Sync unknown digest', () => crypto.pbkdf2Sync('p', 's', 1, 32, 'nope')],
  ['pbkdf2Sync no digest', () => crypto.pbkdf2Sync('p', 's', 1, 32)],
  ['pbkdf2Sync negative keylen', () => crypto.pbkdf2Sync('p', 's', 1, -1, 'sha1')],
  ['pbkdf2Sync number password', () => crypto.pbkdf2Sync(5, 's', 1, 32, 'sha1')],
  ['pbkdf2Sync string iterations', () => crypto.pbkdf2Sync('p', 's', '1', 32, 'sha1')],
  ['pbkdf2 no callback', () => crypto.pbkdf2('p', 's', 1, 32, 'sha1')],
];

for (const [label, f] of cases) {
  try {
    const r = f();
    console.log(`${label}:`, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (err) {
    console.log(`${label}: ${err.code} ${err.name}: ${err.message}`);
  }
}
