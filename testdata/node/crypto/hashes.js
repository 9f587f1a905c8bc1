// Digests, HMACs and PBKDF2 keys of every supported algorithm, in every
// output encoding, with multi-part updates and copies.
const crypto = require('crypto');

const algorithms = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256',
  'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'SHA256', 'RSA-SHA1', 'sha256WithRSAEncryption'];
const inputs = ['', 'abc', 'héllo wörld \u{1F600}', 'x'.repeat(1000)];

for (const alg of algorithms) {
  for (const input of inputs) {
    console.log(alg, input.length, crypto.createHash(alg).update(input).digest('hex'));
  }
  const h = crypto.createHash(alg).update('part one, ');
  const copy = h.copy();
  h.update(Buffer.from('part two'));
  copy.update('other');
  console.log(alg, 'parts', h.digest('base64'), copy.digest('base64url'));
  const key = alg.startsWith('sha3') ? 'k' : 'k'.repeat(200);
  console.log(alg, 'hmac', crypto.createHmac(alg, 'key').update('data').digest('hex'),
    crypto.createHmac(alg, key).update('da').update('ta').digest('base64'));
}

for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'binary', 'utf16le', 'buffer', 'foo', undefined]) {
  const out = crypto.createHash('sha1').update('abc').digest(enc);
  console.log(enc, typeof out === 'string' ? JSON.stringify(out) : out);
}

console.log(crypto.createHash('shake128').update('abc').digest('hex'));
console.log(crypto.createHash('shake256').update('abc').digest('hex'));
console.log(crypto.createHash('shake256', { outputLength: 5 }).update('abc').digest('hex'));
console.log(crypto.createHash('shake128').update('x').copy({ outputLength: 4 }).digest('hex'));
console.log(crypto.createHash('sha256').update('ff00', 'hex').update('YQ==', 'base64').digest('hex'));
console.log(crypto.createHash('sha256').update('é', 'latin1').digest('hex'));
console.log(crypto.createHash('sha256').update('\ud800').digest('hex'));
console.log(crypto.createHash('sha1').update(new Uint16Array([1, 2])).digest('hex'));
console.log(crypto.createHash('sha1').update(new DataView(new ArrayBuffer(3))).digest('hex'));
console.log(crypto.Hash('sha1').digest('hex'), crypto.createHash('md5') instanceof crypto.Hash);
console.log(crypto.createHmac('sha256', new ArrayBuffer(3)).update('a').digest('hex'));
console.log(crypto.createHmac('sha256', Buffer.alloc(200, 1)).update('a').digest('hex'));
console.log(crypto.createHmac('sha512', '').digest('base64'));
const hmac = crypto.createHmac('sha256', 'k');
hmac.digest();
console.log(hmac.digest(), JSON.stringify(hmac.digest('hex')));
console.log(crypto.hash('sha1', 'abc'), crypto.hash('sha1', 'abc', 'base64'), crypto.hash('md5', Buffer.from('abc'), 'buffer'));

console.log(crypto.pbkdf2Sync('password', 'salt', 1, 32, 'sha256').toString('hex'));
console.log(crypto.pbkdf2Sync('password', 'salt', 4096, 20, 'sha1').toString('hex'));
console.log(crypto.pbkdf2Sync(Buffer.from('pw'), new Uint8Array([1, 2]), 10, 64, 'sha512').toString('base64'));
console.log(crypto.pbkdf2Sync('p', 's', 1, 0, 'md5'));
crypto.pbkdf2('password', 'salt', 2, 16, 'sha256', (err, key) => console.log('pbkdf2 async', err, key.toString('hex')));
