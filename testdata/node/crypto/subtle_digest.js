// crypto.subtle.digest (the one SubtleCrypto method Kiln has) over each SHA.
const c = require('crypto');
console.log(c.subtle === c.webcrypto.subtle, c.subtle === globalThis.crypto.subtle, Object.prototype.toString.call(c.subtle));
(async () => {
  for (const alg of ['SHA-1', 'sha-256', { name: 'SHA-384' }, 'SHA-512']) {
    const d = await c.subtle.digest(alg, new TextEncoder().encode('abc'));
    console.log(d instanceof ArrayBuffer, d.byteLength, Buffer.from(d).toString('hex').slice(0, 16));
  }
  console.log(Buffer.from(await crypto.subtle.digest('SHA-256', Buffer.from('xyz').subarray(1))).toString('hex').slice(0, 16));
  try { await c.subtle.digest('MD5', new Uint8Array(1)); } catch (e) { console.log(e.name, e.message); }
  try { await c.subtle.digest('SHA-1', 'str'); } catch (e) { console.log(e.name, e.code, e.message); }
})();
