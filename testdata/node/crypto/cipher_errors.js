// createCipheriv and createDecipheriv argument checks, padding failures
// and state errors, with node's classes, codes and messages.
const crypto = require('crypto');

const show = (label, fn) => {
  try {
    const r = fn();
    console.log(label, Buffer.isBuffer(r) ? r.toString('hex') : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, JSON.stringify(e.message), Object.keys(e).join(','));
  }
};

const k16 = Buffer.alloc(16, 1), k24 = Buffer.alloc(24, 5), k32 = Buffer.alloc(32, 2), iv = Buffer.alloc(16, 3);

show('unknown cipher', () => crypto.createCipheriv('aes-128-xyz', k16, iv));
show('unknown decipher', () => crypto.createDecipheriv('rot13', k16, iv));
show('cipher number', () => crypto.createCipheriv(5, k16, iv));
show('cipher missing', () => crypto.createCipheriv());
show('key length', () => crypto.createCipheriv('aes-128-cbc', k32, iv));
show('key length des', () => crypto.createCipheriv('des-ede3-cbc', k16, Buffer.alloc(8)));
show('key and iv wrong', () => crypto.createCipheriv('aes-128-cbc', k32, Buffer.alloc(3)));
show('key number', () => crypto.createCipheriv('aes-128-cbc', 5, iv));
show('key null', () => crypto.createCipheriv('aes-128-cbc', null, iv));
show('key array', () => crypto.createCipheriv('aes-128-cbc', [1, 2], iv));
show('iv number', () => crypto.createCipheriv('aes-128-cbc', k16, 5));
show('iv undefined', () => crypto.createCipheriv('aes-128-cbc', k16));
show('iv length', () => crypto.createCipheriv('aes-128-cbc', k16, Buffer.alloc(8)));
show('iv null for cbc', () => crypto.createCipheriv('aes-128-cbc', k16, null));
show('iv null for ctr', () => crypto.createDecipheriv('aes-256-ctr', k32, null));
show('iv for ecb', () => crypto.createCipheriv('aes-128-ecb', k16, iv));
show('empty iv for ecb', () => crypto.createCipheriv('aes-128-ecb', k16, Buffer.alloc(0)).final());
show('null iv for ecb', () => crypto.createCipheriv('aes-128-ecb', k16, null).final());
show('empty iv for gcm', () => crypto.createCipheriv('aes-128-gcm', k16, ''));
show('chacha20-poly1305 iv 8', () => crypto.createCipheriv('chacha20-poly1305', k32, Buffer.alloc(8)));
show('chacha20-poly1305 iv 16', () => crypto.createCipheriv('chacha20-poly1305', k32, Buffer.alloc(16)));
show('chacha20 iv 12', () => crypto.createCipheriv('chacha20', k32, Buffer.alloc(12)));
show('authTagLength string', () => crypto.createCipheriv('aes-128-gcm', k16, Buffer.alloc(12), { authTagLength: '8' }));
show('authTagLength fraction', () => crypto.createCipheriv('aes-128-gcm', k16, Buffer.alloc(12), { authTagLength: 1.5 }));
show('authTagLength ignored by cbc', () => crypto.createCipheriv('aes-128-cbc', k16, iv, { authTagLength: 7 }).final());
show('encoding option not a string', () => crypto.createCipheriv('aes-128-cbc', k16, iv, { encoding: 5 }));
show('options not an object', () => crypto.createCipheriv('aes-128-cbc', k16, iv, 5).final());

// Keys and IVs in every binary form.
show('string key and iv', () => crypto.createCipheriv('aes-128-cbc', 'abcdefghijklmnop', 'abcdefghijklmnop').final());
show('hex key option', () => crypto.createCipheriv('aes-128-cbc', '01'.repeat(16), iv, { encoding: 'hex' }).final());
show('ArrayBuffer key and iv', () => crypto.createCipheriv('aes-128-cbc', new ArrayBuffer(16), new ArrayBuffer(16)).final());
show('Uint16Array key, DataView iv', () => crypto.createCipheriv('aes-128-cbc', new Uint16Array(8).fill(257),
  new DataView(iv.buffer, iv.byteOffset, 16)).final());
show('Buffer slice key', () => crypto.createCipheriv('aes-192-cbc', Buffer.concat([Buffer.alloc(3), k24]).subarray(3), iv).final());

// update and final.
const c = () => crypto.createCipheriv('aes-128-cbc', k16, iv);
show('update number', () => c().update(5));
show('update ArrayBuffer', () => c().update(new ArrayBuffer(2)));
show('update DataView', () => { const x = c(); return x.update(new DataView(new ArrayBuffer(20))).length; });
show('update odd hex', () => c().update('abc', 'hex'));
show('update odd HEX', () => c().update('abc', 'Hex'));
show('update unknown input encoding', () => { const x = c(); x.update('abcd', 'nope'); return x.final(); });
show('update unknown output encoding', () => c().update('abcd', 'utf8', 'nope'));
show('update Buffer ignores input encoding', () => { const x = c(); x.update(Buffer.from('ab'), 'hex'); return x.final(); });
show('update base64 pieces', () => { const x = crypto.createCipheriv('aes-128-ctr', k16, iv); return [x.update('abcd', 'utf8', 'base64'), x.update('e', 'utf8', 'base64'), x.final('base64')].join('|'); });
show('update then final in other encodings', () => { const x = c(); return x.update('x'.repeat(20), 'utf8', 'hex') + '|' + x.final('base64'); });
show('final latin1', () => JSON.stringify(c().final('latin1')));
show('final buffer', () => c().final('buffer'));
show('final twice', () => { const x = c(); x.final(); return x.final(); });
show('update after final', () => { const x = c(); x.final(); return x.update('a'); });
show('setAutoPadding after final', () => { const x = c(); x.final(); return x.setAutoPadding(false); });
show('setAutoPadding returns this', () => { const x = c(); return x.setAutoPadding() === x; });

// Padding.
show('nopad partial block', () => { const x = c().setAutoPadding(false); x.update('abc'); return x.final(); });
show('nopad decipher partial block', () => { const x = crypto.createDecipheriv('aes-128-cbc', k16, iv).setAutoPadding(false); x.update('abc'); return x.final(); });
show('bad decrypt', () => { const x = crypto.createDecipheriv('aes-128-cbc', k16, iv); x.update(Buffer.alloc(16)); return x.final(); });
show('bad decrypt ecb', () => { const x = crypto.createDecipheriv('aes-256-ecb', k32, null); x.update(Buffer.alloc(32)); return x.final(); });
show('bad decrypt des', () => { const x = crypto.createDecipheriv('des-ede3-cbc', k24, Buffer.alloc(8)); x.update(Buffer.alloc(8)); return x.final(); });
show('decipher short input', () => { const x = crypto.createDecipheriv('aes-128-cbc', k16, iv); x.update(Buffer.alloc(5)); return x.final(); });
show('decipher no input', () => crypto.createDecipheriv('aes-128-cbc', k16, iv).final());
show('final after bad decrypt', () => { const x = crypto.createDecipheriv('aes-128-cbc', k16, iv); x.update(Buffer.alloc(16)); try { x.final(); } catch {} return x.final(); });
{
  const enc = crypto.createCipheriv('aes-128-cbc', k16, iv);
  const ct = Buffer.concat([enc.update('secret message'), enc.final()]);
  show('wrong key', () => { const x = crypto.createDecipheriv('aes-128-cbc', Buffer.alloc(16, 9), iv); x.update(ct); return x.final(); });
  show('nopad decipher keeps the padding', () => { const x = crypto.createDecipheriv('aes-128-cbc', k16, iv).setAutoPadding(false); return Buffer.concat([x.update(ct), x.final()]); });
}

// Objects.
show('called without new', () => crypto.Cipheriv('aes-128-cbc', k16, iv) instanceof crypto.Cipheriv);
show('Decipheriv without new', () => crypto.Decipheriv('aes-128-cbc', k16, iv) instanceof crypto.Decipheriv);
show('Cipheriv methods', () => Object.getOwnPropertyNames(crypto.Cipheriv.prototype).join(','));
show('Decipheriv methods', () => Object.getOwnPropertyNames(crypto.Decipheriv.prototype).join(','));
show('inspect', () => require('util').inspect(crypto.createCipheriv('aes-128-cbc', k16, iv, { authTagLength: 8 })));
show('getCiphers sorted', () => { const l = crypto.getCiphers(); return l.length > 30 && l.every((n, i) => i === 0 || l[i - 1] < n); });
show('getCiphers has the common ones', () => ['aes-128-cbc', 'aes-256-gcm', 'aes-256-ctr', 'chacha20-poly1305', 'des-ede3-cbc']
  .every((n) => crypto.getCiphers().includes(n)));
show('getCiphers names work', () => crypto.getCiphers().filter((n) => { try { crypto.createCipheriv(n, k16, iv); } catch (e) { return e.code === 'ERR_CRYPTO_UNKNOWN_CIPHER'; } return false; }).join(','));
