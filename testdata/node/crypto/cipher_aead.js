// AES-GCM and ChaCha20-Poly1305: known tags with AAD, tag lengths, IV
// lengths, and the failures when the tag or the data is wrong.
const crypto = require('crypto');

const show = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
};

const key16 = Buffer.alloc(16, 0x11), key32 = Buffer.alloc(32, 0x22);

function seal(name, key, iv, plain, aad, options) {
  const c = crypto.createCipheriv(name, key, iv, options);
  for (const piece of aad) c.setAAD(piece);
  const ct = Buffer.concat([c.update(plain), c.final()]);
  return { ct, tag: c.getAuthTag() };
}

function open(name, key, iv, ct, tag, aad, options) {
  const d = crypto.createDecipheriv(name, key, iv, options);
  d.setAuthTag(tag);
  for (const piece of aad) d.setAAD(piece);
  return Buffer.concat([d.update(ct), d.final()]).toString();
}

// RFC 8439 §2.8.2.
{
  const key = Buffer.from([...Array(32).keys()].map((i) => 0x80 + i));
  const nonce = Buffer.from('070000004041424344454647', 'hex');
  const aad = Buffer.from('50515253c0c1c2c3c4c5c6c7', 'hex');
  const text = "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.";
  const { ct, tag } = seal('chacha20-poly1305', key, nonce, Buffer.from(text), [aad]);
  console.log('rfc8439', ct.toString('hex'), tag.toString('hex'));
  console.log('rfc8439 open', open('chacha20-poly1305', key, nonce, ct, tag, [aad]) === text);
}

for (const name of ['aes-128-gcm', 'aes-256-gcm', 'chacha20-poly1305']) {
  const key = name.startsWith('aes-128') ? key16 : key32;
  const iv = Buffer.alloc(12, 0x33);
  const plain = Buffer.from('attack at dawn, and bring snacks for everyone');
  for (const aad of [[], [Buffer.from('header')], [Buffer.from('hea'), Buffer.from('der')], [Buffer.alloc(40, 1)]]) {
    const { ct, tag } = seal(name, key, iv, plain, aad);
    console.log(name, 'aad', aad.map(String).join('|').slice(0, 12), ct.toString('hex'), tag.toString('hex'),
      open(name, key, iv, ct, tag, aad));
  }
  const { ct, tag } = seal(name, key, iv, plain, [Buffer.from('aad')]);
  const flipped = Buffer.from(ct);
  flipped[3] ^= 1;
  const badTag = Buffer.from(tag);
  badTag[0] ^= 1;
  show(name + ' flipped byte', () => open(name, key, iv, flipped, tag, [Buffer.from('aad')]));
  show(name + ' wrong tag', () => open(name, key, iv, ct, badTag, [Buffer.from('aad')]));
  show(name + ' wrong aad', () => open(name, key, iv, ct, tag, [Buffer.from('aaD')]));
  show(name + ' no aad', () => open(name, key, iv, ct, tag, []));
  show(name + ' no tag', () => {
    const d = crypto.createDecipheriv(name, key, iv);
    d.update(ct);
    return d.final();
  });
  show(name + ' plaintext before final', () => {
    const d = crypto.createDecipheriv(name, key, iv);
    d.setAuthTag(badTag);
    d.setAAD(Buffer.from('aad'));
    return d.update(ct).toString();
  });
}

// GCM IVs of other lengths than 12 are hashed into the counter block.
for (const n of [1, 8, 13, 16, 64]) {
  const iv = Buffer.alloc(n, 0x44);
  const { ct, tag } = seal('aes-128-gcm', key16, iv, Buffer.from('iv length test'), []);
  console.log('gcm iv', n, ct.toString('hex'), tag.toString('hex'), open('aes-128-gcm', key16, iv, ct, tag, []));
}

// Tag lengths.
for (const n of [4, 8, 12, 13, 16]) {
  const { ct, tag } = seal('aes-192-gcm', Buffer.alloc(24, 5), Buffer.alloc(12, 6), Buffer.from('short tags'), [],
    { authTagLength: n });
  console.log('gcm authTagLength', n, tag.toString('hex'));
  // A decipher takes any valid length when it was not told one.
  show('  open truncated to ' + n, () => open('aes-192-gcm', Buffer.alloc(24, 5), Buffer.alloc(12, 6), ct,
    tag, []));
  show('  open with option', () => open('aes-192-gcm', Buffer.alloc(24, 5), Buffer.alloc(12, 6), ct, tag, [],
    { authTagLength: n }));
}
for (const n of [1, 7, 16]) {
  const { tag } = seal('chacha20-poly1305', key32, Buffer.alloc(12), Buffer.from('x'), [], { authTagLength: n });
  console.log('chacha authTagLength', n, tag.toString('hex'));
}
for (const n of [0, 3, 5, 11, 17]) {
  show('gcm authTagLength ' + n, () => crypto.createCipheriv('aes-128-gcm', key16, Buffer.alloc(12), { authTagLength: n }));
  show('gcm setAuthTag length ' + n, () => crypto.createDecipheriv('aes-128-gcm', key16, Buffer.alloc(12)).setAuthTag(Buffer.alloc(n)));
}
show('chacha authTagLength 0', () => crypto.createCipheriv('chacha20-poly1305', key32, Buffer.alloc(12), { authTagLength: 0 }));
show('chacha authTagLength 17', () => crypto.createCipheriv('chacha20-poly1305', key32, Buffer.alloc(12), { authTagLength: 17 }));
show('chacha setAuthTag 8', () => crypto.createDecipheriv('chacha20-poly1305', key32, Buffer.alloc(12)).setAuthTag(Buffer.alloc(8)));
show('chacha setAuthTag 8 with option', () => crypto.createDecipheriv('chacha20-poly1305', key32, Buffer.alloc(12), { authTagLength: 8 }).setAuthTag(Buffer.alloc(8)) !== null);
show('gcm setAuthTag mismatched option', () => crypto.createDecipheriv('aes-128-gcm', key16, Buffer.alloc(12), { authTagLength: 16 }).setAuthTag(Buffer.alloc(12)));
show('gcm setAuthTag hex', () => crypto.createDecipheriv('aes-128-gcm', key16, Buffer.alloc(12)).setAuthTag('00'.repeat(16), 'hex') !== null);

// State errors.
const gcm = () => crypto.createCipheriv('aes-128-gcm', key16, Buffer.alloc(12));
const ungcm = () => crypto.createDecipheriv('aes-128-gcm', key16, Buffer.alloc(12));
show('getAuthTag before final', () => gcm().getAuthTag());
show('getAuthTag twice', () => { const c = gcm(); c.final(); c.getAuthTag(); return c.getAuthTag().length; });
show('setAAD after update', () => { const c = gcm(); c.update('a'); return c.setAAD(Buffer.from('x')); });
show('setAAD after final', () => { const c = gcm(); c.final(); return c.setAAD(Buffer.from('x')); });
show('setAAD string', () => { const c = gcm(); c.setAAD('text'); c.final(); return c.getAuthTag().toString('hex'); });
show('setAAD hex', () => { const c = gcm(); c.setAAD('abcd', { encoding: 'hex' }); c.final(); return c.getAuthTag().toString('hex'); });
show('setAAD number', () => gcm().setAAD(5));
show('setAAD bad plaintextLength', () => gcm().setAAD(Buffer.alloc(1), { plaintextLength: -1 }));
show('setAuthTag twice', () => { const d = ungcm(); d.setAuthTag(Buffer.alloc(16)); return d.setAuthTag(Buffer.alloc(16)); });
show('setAuthTag after update', () => { const d = ungcm(); d.update('ab'); return d.setAuthTag(Buffer.alloc(16)) !== null; });
show('setAuthTag after final', () => { const d = ungcm(); try { d.final(); } catch {} return d.setAuthTag(Buffer.alloc(16)); });
show('setAuthTag number', () => ungcm().setAuthTag(5));
show('final after failed final', () => { const d = ungcm(); try { d.final(); } catch {} return d.final(); });
show('cipher has no setAuthTag', () => typeof gcm().setAuthTag);
show('decipher has no getAuthTag', () => typeof ungcm().getAuthTag);
show('getAuthTag of cbc', () => crypto.createCipheriv('aes-128-cbc', key16, Buffer.alloc(16)).getAuthTag());
show('setAAD of cbc', () => crypto.createCipheriv('aes-128-cbc', key16, Buffer.alloc(16)).setAAD(Buffer.alloc(1)));
show('setAuthTag of cbc', () => crypto.createDecipheriv('aes-128-cbc', key16, Buffer.alloc(16)).setAuthTag(Buffer.alloc(16)));
show('gcm setAutoPadding', () => { const c = gcm(); return c.setAutoPadding(false) === c; });
