// Random bytes through every entry point (lengths and types only, the
// bytes vary), the Web Crypto object and the global crypto.
const crypto = require('crypto');

console.log(Buffer.isBuffer(crypto.randomBytes(16)), crypto.randomBytes(0).length);
const filled = crypto.randomFillSync(Buffer.alloc(8), 2, 4);
console.log(filled[0], filled[1], filled[6], filled[7]);
const u32 = new Uint32Array(4);
console.log(crypto.getRandomValues(u32) === u32, crypto.webcrypto.getRandomValues(new Uint8Array(3)).length);
console.log(crypto.webcrypto.randomUUID().length, crypto.randomUUID() !== crypto.randomUUID());

const desc = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
console.log(typeof desc.get, desc.set, desc.enumerable, desc.configurable, desc.get.name);
console.log(globalThis.crypto === crypto.webcrypto, crypto.webcrypto === require('node:crypto').webcrypto);
console.log(String(crypto.webcrypto), Object.prototype.toString.call(globalThis.crypto));
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(crypto.webcrypto)).includes('getRandomValues'));
console.log(typeof crypto.constants.RSA_PKCS1_PADDING, crypto.constants.SSL_OP_NO_TLSv1_3, crypto.constants.TLS1_3_VERSION);
console.log(crypto.getHashes().includes('sha256'), crypto.getHashes().includes('sha3-512'));

crypto.randomBytes(5, (err, buf) => console.log('randomBytes', err, buf.length, Buffer.isBuffer(buf)));
crypto.randomFill(new Uint8Array(6), 2, (err, buf) => console.log('randomFill', err, buf.constructor.name, buf.length));
crypto.randomFill(new ArrayBuffer(4), (err, buf) => console.log('randomFill ArrayBuffer', err, buf.byteLength));
crypto.randomInt(10, (err, n) => console.log('randomInt', err, n >= 0 && n < 10));
console.log('sync part done');
