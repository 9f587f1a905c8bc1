// Every supported cipher: known ciphertexts (and tags) for several lengths,
// fed whole and in uneven pieces, and the round trip back.
const crypto = require('crypto');

const names = [
  'aes-128-cbc', 'aes-128-cfb', 'aes-128-cfb8', 'aes-128-ctr', 'aes-128-ecb', 'aes-128-gcm', 'aes-128-ofb',
  'aes-192-cbc', 'aes-192-cfb', 'aes-192-cfb8', 'aes-192-ctr', 'aes-192-ecb', 'aes-192-gcm', 'aes-192-ofb',
  'aes-256-cbc', 'aes-256-cfb', 'aes-256-cfb8', 'aes-256-ctr', 'aes-256-ecb', 'aes-256-gcm', 'aes-256-ofb',
  'aes128', 'aes192', 'aes256', 'chacha20', 'chacha20-poly1305',
  'des-ede', 'des-ede-cbc', 'des-ede-cfb', 'des-ede-ecb', 'des-ede-ofb',
  'des-ede3', 'des-ede3-cbc', 'des-ede3-cfb', 'des-ede3-cfb8', 'des-ede3-ecb', 'des-ede3-ofb', 'des3',
  'id-aes128-GCM', 'id-aes192-GCM', 'id-aes256-GCM', 'AES-256-CBC',
];

function bytes(n, seed) {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = (i * 31 + seed * 7) & 0xff;
  return b;
}

const keyLengths = { 128: 16, 192: 24, 256: 32 };
function keyLength(name) {
  const n = name.toLowerCase();
  if (n.startsWith('chacha20')) return 32;
  if (n.startsWith('des-ede3') || n === 'des3') return 24;
  if (n.startsWith('des-ede')) return 16;
  return keyLengths[n.match(/(128|192|256)/)[1]];
}
function ivLength(name) {
  const n = name.toLowerCase();
  if (n.endsWith('ecb') || n === 'des-ede' || n === 'des-ede3') return 0;
  if (n.includes('gcm') || n === 'chacha20-poly1305') return 12;
  if (n.startsWith('des')) return 8;
  return 16;
}
const isAEAD = (name) => /gcm|poly1305/i.test(name);

function run(cipher, data, cuts) {
  const parts = [];
  let at = 0;
  for (const cut of cuts) {
    if (cut > data.length) break;
    parts.push(cipher.update(data.subarray(at, cut)));
    at = cut;
  }
  parts.push(cipher.update(data.subarray(at)));
  parts.push(cipher.final());
  return Buffer.concat(parts);
}

for (const name of names) {
  const key = bytes(keyLength(name), 1);
  const iv = ivLength(name) ? bytes(ivLength(name), 2) : null;
  for (const len of [0, 1, 7, 8, 15, 16, 17, 33, 64, 100]) {
    const plain = bytes(len, 3);
    const enc = crypto.createCipheriv(name, key, iv);
    const whole = run(enc, plain, []);
    const tag = isAEAD(name) ? ' tag ' + enc.getAuthTag().toString('hex') : '';
    const pieces = run(crypto.createCipheriv(name, key, iv), plain, [1, 3, 9, 20, 50]);
    const dec = crypto.createDecipheriv(name, key, iv);
    if (isAEAD(name)) dec.setAuthTag(enc.getAuthTag());
    const back = run(dec, whole, [5, 16, 17, 40]);
    console.log(name, len, whole.toString('hex') + tag,
      pieces.equals(whole) ? 'pieces-same' : 'pieces-differ', back.equals(plain) ? 'round-trip' : 'LOST');
  }
}

// Without padding, block modes take whole blocks only and add nothing.
for (const name of ['aes-128-cbc', 'aes-256-ecb', 'des-ede3-cbc']) {
  const key = bytes(keyLength(name), 4);
  const iv = ivLength(name) ? bytes(ivLength(name), 5) : null;
  const plain = bytes(32, 6);
  const enc = crypto.createCipheriv(name, key, iv).setAutoPadding(false);
  const out = Buffer.concat([enc.update(plain), enc.final()]);
  const dec = crypto.createDecipheriv(name, key, iv);
  dec.setAutoPadding(false);
  const back = Buffer.concat([dec.update(out.subarray(0, 5)), dec.update(out.subarray(5)), dec.final()]);
  console.log(name, 'nopad', out.toString('hex'), back.equals(plain));
}

// Decrypting with padding holds back the last whole block until final.
{
  const key = bytes(16, 7), iv = bytes(16, 8);
  const enc = crypto.createCipheriv('aes-128-cbc', key, iv);
  const ct = Buffer.concat([enc.update(bytes(40, 9)), enc.final()]);
  const dec = crypto.createDecipheriv('aes-128-cbc', key, iv);
  console.log('held back', dec.update(ct.subarray(0, 16)).length, dec.update(ct.subarray(16, 32)).length,
    dec.update(ct.subarray(32)).length, dec.final().length);
}

// The chacha20 IV starts with the block counter (little-endian).
{
  const key = bytes(32, 10);
  const iv = Buffer.concat([Buffer.from([1, 0, 0, 0]), bytes(12, 11)]);
  const c = crypto.createCipheriv('chacha20', key, iv);
  console.log('chacha20 counter 1', c.update(Buffer.alloc(70)).toString('hex'), c.final().length);
}
