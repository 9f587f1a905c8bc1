// Web Crypto's operations that node runs as jobs on its worker pool settle
// in a later turn of the event loop: after every microtask and tick queued
// when they start, and with no processTicksAndRejections frame under the
// code that resumes after them. importKey and exportKey run at once.
const { subtle } = globalThis.crypto;
const enc = new TextEncoder();

function frames(label) {
  const below = new Error('x').stack.split('\n').slice(2)
    .map((l) => (l.includes(__filename) ? 'this file' : l.trim()));
  console.log(label, JSON.stringify(below));
}

// race reports whether op settled before a chain of five microtasks and a
// tick queued with it had run.
async function race(name, op) {
  const seen = [];
  process.nextTick(() => seen.push('tick'));
  const done = op().then(() => seen.push(name));
  let p = Promise.resolve();
  for (let i = 1; i <= 5; i++) p = p.then(() => seen.push('m' + i));
  await Promise.all([done, p]);
  console.log(seen.join(' '));
}

(async () => {
  const aes = await subtle.importKey('raw', new Uint8Array(16), { name: 'AES-GCM' }, true, ['encrypt', 'decrypt']);
  const hmac = await subtle.importKey('raw', enc.encode('key'), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
  const pbkdf2 = await subtle.importKey('raw', enc.encode('pw'), 'PBKDF2', false, ['deriveBits', 'deriveKey']);
  const iv = new Uint8Array(12);
  const sealed = await subtle.encrypt({ name: 'AES-GCM', iv }, aes, enc.encode('hello'));
  const mac = await subtle.sign('HMAC', hmac, enc.encode('data'));
  const salt = enc.encode('salt');

  await race('digest', () => subtle.digest('SHA-256', enc.encode('abc')));
  await race('encrypt', () => subtle.encrypt({ name: 'AES-GCM', iv }, aes, enc.encode('hello')));
  await race('decrypt', () => subtle.decrypt({ name: 'AES-GCM', iv }, aes, sealed));
  await race('sign', () => subtle.sign('HMAC', hmac, enc.encode('data')));
  await race('verify', () => subtle.verify('HMAC', hmac, mac, enc.encode('data')));
  await race('deriveBits', () => subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 10 }, pbkdf2, 128));
  await race('deriveKey', () => subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 10 }, pbkdf2,
    { name: 'AES-CBC', length: 128 }, true, ['encrypt']));
  await race('generateKey', () => subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, true, ['sign']));
  // importKey and exportKey are no jobs: they settle after one and two
  // turns of microtasks.
  await race('importKey', () => subtle.importKey('raw', new Uint8Array(16), 'AES-CTR', true, ['encrypt']));
  await race('exportKey raw', () => subtle.exportKey('raw', aes));
  await race('exportKey jwk', () => subtle.exportKey('jwk', aes));

  await subtle.digest('SHA-1', enc.encode('abc'));
  frames('after digest');
  await subtle.sign('HMAC', hmac, enc.encode('data'));
  frames('after sign');
  await subtle.importKey('raw', new Uint8Array(16), 'AES-CTR', true, ['encrypt']);
  frames('after importKey');
})();
