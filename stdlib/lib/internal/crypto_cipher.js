// crypto's symmetric ciphers: createCipheriv, createDecipheriv, the
// Cipheriv and Decipheriv streams (and the deprecated password forms),
// getCiphers and getCipherInfo, on the cipher handles of
// cipher.go. Argument checks and errors follow node's
// lib/internal/crypto/cipher.js; the handle keeps the cipher's state.

const { Buffer } = require('buffer');
const { StringDecoder } = require('string_decoder');
const stream = require('stream');

const kHandle = Symbol('kHandle');
const bufferTypes = 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView';

function isAnyArrayBuffer(v) {
  const tag = Object.prototype.toString.call(v);
  return tag === '[object ArrayBuffer]' || tag === '[object SharedArrayBuffer]';
}

// getArrayBufferOrView is a string (in encoding) or binary argument as
// bytes for the binding.
function getArrayBufferOrView(value, name, encoding) {
  if (isAnyArrayBuffer(value)) return new Uint8Array(value);
  if (typeof value === 'string') return Buffer.from(value, encoding);
  if (!ArrayBuffer.isView(value)) throw binding.invalidArgType(name, bufferTypes, value);
  return value;
}

// secretKeyBytes is a symmetric key argument as bytes (a string, a
// buffer or view, or a secret KeyObject): crypto_keys' prepareSecretKey,
// which HMAC and hkdf use too.
function secretKeyBytes(key, encoding) {
  return require('internal/crypto_keys').prepareSecretKey(key, encoding);
}

function invalidState(op) {
  return binding.nodeError('Error', 'ERR_CRYPTO_INVALID_STATE', `Invalid state for operation ${op}`);
}

function invalidAuthTag(length) {
  return binding.nodeError('TypeError', 'ERR_CRYPTO_INVALID_AUTH_TAG', `Invalid authentication tag length: ${length}`);
}

// opensslError is a failure as OpenSSL 3 reports it through node: the
// packed error code, library and reason in the message, each also a
// property.
function opensslError(packed, reason) {
  const err = new Error(`error:${packed}:Provider routines::${reason}`);
  err.library = 'Provider routines';
  err.reason = reason;
  err.code = `ERR_OSSL_${reason.toUpperCase().replaceAll(' ', '_')}`;
  return err;
}

// getUIntOption is an optional unsigned 32-bit option, -1 when absent.
function getUIntOption(options, key) {
  let value;
  if (options && (value = options[key]) != null) {
    if (value >>> 0 !== value) {
      throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
        `The property 'options.${key}' is invalid. Received ${binding.inspect(value)}`);
    }
    return value;
  }
  return -1;
}

function getStringOption(options, key) {
  let value;
  if (options && (value = options[key]) != null && typeof value !== 'string') {
    throw binding.invalidArgType(`options.${key}`, 'of type string', value);
  }
  return value;
}

// getDecoder keeps one StringDecoder per cipher for string output, so
// multi-byte characters and base64 groups split across updates come out
// whole. Node refuses to switch encodings midway, with an internal
// assertion.
function getDecoder(decoder, encoding) {
  const fresh = new StringDecoder(encoding);
  if (decoder === null) return fresh;
  if (decoder.encoding !== fresh.encoding) {
    throw binding.nodeError('Error', 'ERR_INTERNAL_ASSERTION', 'Cannot change encoding\n' +
      'This is caused by either a bug in Node.js or incorrect usage of Node.js internals.\n' +
      'Please open an issue with this stack trace at https://github.com/nodejs/node/issues\n');
  }
  return decoder;
}

// ---------------------------------------------------------------------------
// LazyTransform: a Transform whose stream state is made on first use, so a
// cipher used only through update() and final() pays nothing for it.

function LazyTransform(options) {
  this._options = options;
}
Object.setPrototypeOf(LazyTransform.prototype, stream.Transform.prototype);
Object.setPrototypeOf(LazyTransform, stream.Transform);

function lazyGetter(name) {
  return function() {
    stream.Transform.call(this, this._options);
    // Written strings reach _transform as they are, with their encoding.
    this._writableState.decodeStrings = false;
    return this[name];
  };
}

function lazySetter(name) {
  return function(value) {
    Object.defineProperty(this, name, { value, enumerable: true, configurable: true, writable: true });
  };
}

Object.defineProperties(LazyTransform.prototype, {
  _readableState: {
    get: lazyGetter('_readableState'), set: lazySetter('_readableState'), configurable: true, enumerable: true,
  },
  _writableState: {
    get: lazyGetter('_writableState'), set: lazySetter('_writableState'), configurable: true, enumerable: true,
  },
});

// ---------------------------------------------------------------------------
// Cipheriv and Decipheriv

// CipherBase holds a cipher's handle, hidden so that a cipher inspects as
// node's does.
class CipherBase {
  constructor(handle) {
    Object.defineProperties(this, {
      handle: { value: handle },
      finalized: { value: false, writable: true },
    });
  }
}

function initCipher(self, cipher, key, iv, options, decrypt) {
  if (typeof cipher !== 'string') throw binding.invalidArgType('cipher', 'of type string', cipher);
  const keyBytes = secretKeyBytes(key, getStringOption(options, 'encoding'));
  const ivBytes = iv === null ? null : getArrayBufferOrView(iv, 'iv');
  const authTagLength = getUIntOption(options, 'authTagLength');
  const handle = binding.cipherInit(cipher, keyBytes, ivBytes, decrypt, authTagLength);
  switch (handle) {
    case 'unknown': throw binding.nodeError('Error', 'ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher');
    case 'keylen': throw binding.nodeError('RangeError', 'ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length');
    case 'iv': throw binding.nodeError('TypeError', 'ERR_CRYPTO_INVALID_IV', 'Invalid initialization vector');
    case 'tag': throw invalidAuthTag(authTagLength);
  }
  self[kHandle] = new CipherBase(handle);
  self._decoder = null;
  LazyTransform.call(self, options);
}

// Cipheriv and Decipheriv are plain functions, as node's are, so old code
// may call them without new.
function Cipheriv(cipher, key, iv, options) {
  if (!(this instanceof Cipheriv)) return new Cipheriv(cipher, key, iv, options);
  initCipher(this, cipher, key, iv, options, false);
}
Object.setPrototypeOf(Cipheriv.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Cipheriv, LazyTransform);

function Decipheriv(cipher, key, iv, options) {
  if (!(this instanceof Decipheriv)) return new Decipheriv(cipher, key, iv, options);
  initCipher(this, cipher, key, iv, options, true);
}
Object.setPrototypeOf(Decipheriv.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Decipheriv, LazyTransform);

function handleUpdate(self, data, encoding) {
  const state = self[kHandle];
  if (state.finalized) throw new Error('Trying to add data in unsupported state');
  if (typeof data === 'string') data = Buffer.from(data, Buffer.isEncoding(encoding) ? encoding : 'utf8');
  return Buffer.from(state.handle.update(data).buffer);
}

function handleFinal(self) {
  const state = self[kHandle];
  if (state.finalized) throw binding.nodeError('Error', 'ERR_CRYPTO_INVALID_STATE', 'Invalid state');
  state.finalized = true;
  const out = state.handle.final();
  switch (out) {
    case 'wrong final block length': throw opensslError('1C80006B', out);
    case 'bad decrypt': throw opensslError('1C800064', out);
    case 'auth': throw new Error('Unsupported state or unable to authenticate data');
  }
  return Buffer.from(out.buffer);
}

function _transform(chunk, encoding, callback) {
  this.push(handleUpdate(this, chunk, encoding));
  callback();
}

function _flush(callback) {
  try {
    this.push(handleFinal(this));
  } catch (err) {
    callback(err);
    return;
  }
  callback();
}

function update(data, inputEncoding, outputEncoding) {
  if (typeof data === 'string') {
    if (typeof inputEncoding === 'string' && inputEncoding.toLowerCase() === 'hex' && data.length % 2 !== 0) {
      throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
        `The argument 'encoding' is invalid for data of length ${data.length}. Received ${binding.inspect(inputEncoding)}`);
    }
  } else if (!ArrayBuffer.isView(data)) {
    throw binding.invalidArgType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
  }
  const out = handleUpdate(this, data, inputEncoding);
  if (outputEncoding && outputEncoding !== 'buffer') {
    this._decoder = getDecoder(this._decoder, outputEncoding);
    return this._decoder.write(out);
  }
  return out;
}

function final(outputEncoding) {
  const out = handleFinal(this);
  if (outputEncoding && outputEncoding !== 'buffer') {
    this._decoder = getDecoder(this._decoder, outputEncoding);
    return this._decoder.end(out);
  }
  return out;
}

function setAutoPadding(ap) {
  if (!this[kHandle].handle.setAutoPadding(!!ap)) throw invalidState('setAutoPadding');
  return this;
}

function getAuthTag() {
  const tag = this[kHandle].handle.getAuthTag();
  if (tag === undefined) throw invalidState('getAuthTag');
  return Buffer.from(tag.buffer);
}

function setAuthTag(tagbuf, encoding) {
  tagbuf = getArrayBufferOrView(tagbuf, 'buffer', encoding);
  const why = this[kHandle].handle.setAuthTag(tagbuf);
  if (why === 'state') throw invalidState('setAuthTag');
  if (why === 'tag') throw invalidAuthTag(tagbuf.byteLength);
  return this;
}

// setAAD's options.plaintextLength matters to CCM only, which Kiln does
// not have; it is checked all the same.
function setAAD(aadbuf, options) {
  const encoding = getStringOption(options, 'encoding');
  getUIntOption(options, 'plaintextLength');
  aadbuf = getArrayBufferOrView(aadbuf, 'aadbuf', encoding);
  if (!this[kHandle].handle.setAAD(aadbuf)) throw invalidState('setAAD');
  return this;
}

// ---------------------------------------------------------------------------
// Cipher and Decipher: the deprecated password forms (createCipher), whose
// key and IV come from the password by OpenSSL's EVP_BytesToKey with MD5,
// one round and no salt.

function bytesToKey(password, keyLength, ivLength) {
  const { createHash } = require('crypto');
  const out = [];
  let total = 0;
  let prev = Buffer.alloc(0);
  while (total < keyLength + ivLength) {
    prev = createHash('md5').update(prev).update(password).digest();
    out.push(prev);
    total += prev.length;
  }
  const all = Buffer.concat(out);
  return { key: all.subarray(0, keyLength), iv: all.subarray(keyLength, keyLength + ivLength) };
}

function initPasswordCipher(self, cipher, password, options, decrypt) {
  if (typeof cipher !== 'string') throw binding.invalidArgType('cipher', 'of type string', cipher);
  password = getArrayBufferOrView(password, 'password');
  const info = cipherInfo(cipher);
  if (!info) throw binding.nodeError('Error', 'ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher');
  const ivLength = info.ivLength || 0;
  const { key, iv } = bytesToKey(password, info.keyLength, ivLength);
  // OpenSSL's IV from a password repeats for every message under it, which
  // is ruinous for a counter mode; node says so as a plain warning.
  if (info.mode === 'ctr' || info.mode === 'gcm') {
    process.emitWarning(`Use Cipheriv for counter mode of ${cipher}`);
  }
  initCipher(self, cipher, key, ivLength ? iv : null, options, decrypt);
}

function Cipher(cipher, password, options) {
  if (!(this instanceof Cipher)) return new Cipher(cipher, password, options);
  initPasswordCipher(this, cipher, password, options, false);
}
Object.setPrototypeOf(Cipher.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Cipher, LazyTransform);

function Decipher(cipher, password, options) {
  if (!(this instanceof Decipher)) return new Decipher(cipher, password, options);
  initPasswordCipher(this, cipher, password, options, true);
}
Object.setPrototypeOf(Decipher.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Decipher, LazyTransform);

// The prototypes have the same methods in node's order, but for the tag:
// a cipher gets one, a decipher is given one.
for (const [proto, tagMethod] of [[Cipheriv.prototype, { getAuthTag }], [Decipheriv.prototype, { setAuthTag }],
  [Cipher.prototype, { getAuthTag }], [Decipher.prototype, { setAuthTag }]]) {
  const methods = { _transform, _flush, update, final, setAutoPadding, ...tagMethod, setAAD };
  for (const name of Object.keys(methods)) {
    Object.defineProperty(proto, name, { value: methods[name], writable: true, enumerable: true, configurable: true });
  }
}

function createCipheriv(cipher, key, iv, options) {
  return new Cipheriv(cipher, key, iv, options);
}

function createDecipheriv(cipher, key, iv, options) {
  return new Decipheriv(cipher, key, iv, options);
}

function getCiphers() {
  return binding.getCiphers();
}

// createCipher and createDecipher are what node exports, util.deprecate's
// wrappers (named deprecated, taking ...args), made on first use.
let createCipherDeprecated;
let createDecipherDeprecated;
const createCipher = { deprecated(...args) {
  if (!createCipherDeprecated) {
    createCipherDeprecated = require('util').deprecate((c, p, o) => new Cipher(c, p, o),
      'crypto.createCipher is deprecated.', 'DEP0106');
  }
  return createCipherDeprecated(...args);
} }.deprecated;
const createDecipher = { deprecated(...args) {
  if (!createDecipherDeprecated) {
    createDecipherDeprecated = require('util').deprecate((c, p, o) => new Decipher(c, p, o),
      'crypto.createDecipher is deprecated.', 'DEP0106');
  }
  return createDecipherDeprecated(...args);
} }.deprecated;

// ---------------------------------------------------------------------------
// getCipherInfo: OpenSSL's facts about each cipher of getCiphers(), as
// [name OpenSSL reports, nid, mode, block size, IV length (0: none), key
// length]. The aliases point at their cipher's row.

const cipherRows = [
  ['aes-128-cbc', 419, 'cbc', 16, 16, 16], ['aes-128-cfb', 421, 'cfb', 1, 16, 16],
  ['aes-128-cfb8', 653, 'cfb', 1, 16, 16], ['aes-128-ctr', 904, 'ctr', 1, 16, 16],
  ['aes-128-ecb', 418, 'ecb', 16, 0, 16], ['id-aes128-gcm', 895, 'gcm', 1, 12, 16],
  ['aes-128-ofb', 420, 'ofb', 1, 16, 16],
  ['aes-192-cbc', 423, 'cbc', 16, 16, 24], ['aes-192-cfb', 425, 'cfb', 1, 16, 24],
  ['aes-192-cfb8', 654, 'cfb', 1, 16, 24], ['aes-192-ctr', 905, 'ctr', 1, 16, 24],
  ['aes-192-ecb', 422, 'ecb', 16, 0, 24], ['id-aes192-gcm', 898, 'gcm', 1, 12, 24],
  ['aes-192-ofb', 424, 'ofb', 1, 16, 24],
  ['aes-256-cbc', 427, 'cbc', 16, 16, 32], ['aes-256-cfb', 429, 'cfb', 1, 16, 32],
  ['aes-256-cfb8', 655, 'cfb', 1, 16, 32], ['aes-256-ctr', 906, 'ctr', 1, 16, 32],
  ['aes-256-ecb', 426, 'ecb', 16, 0, 32], ['id-aes256-gcm', 901, 'gcm', 1, 12, 32],
  ['aes-256-ofb', 428, 'ofb', 1, 16, 32],
  ['chacha20', 1019, 'stream', 0, 16, 32], ['chacha20-poly1305', 1018, 'stream', 0, 12, 32],
  ['des-ede', 32, 'ecb', 8, 0, 16], ['des-ede-cbc', 43, 'cbc', 8, 8, 16], ['des-ede-cfb', 60, 'cfb', 1, 8, 16],
  ['des-ede-ofb', 62, 'ofb', 1, 8, 16],
  ['des-ede3', 33, 'ecb', 8, 0, 24], ['des-ede3-cbc', 44, 'cbc', 8, 8, 24], ['des-ede3-cfb', 61, 'cfb', 1, 8, 24],
  ['des-ede3-cfb8', 659, 'cfb', 1, 8, 24], ['des-ede3-ofb', 63, 'ofb', 1, 8, 24],
];
const cipherAliases = {
  'aes-128-gcm': 'id-aes128-gcm', 'aes-192-gcm': 'id-aes192-gcm', 'aes-256-gcm': 'id-aes256-gcm',
  aes128: 'aes-128-cbc', aes192: 'aes-192-cbc', aes256: 'aes-256-cbc',
  'des-ede-ecb': 'des-ede', 'des-ede3-ecb': 'des-ede3', des3: 'des-ede3-cbc',
};

function cipherInfo(nameOrNid) {
  let row;
  if (typeof nameOrNid === 'number') {
    row = cipherRows.find((r) => r[1] === nameOrNid);
  } else {
    const name = nameOrNid.toLowerCase();
    const canonical = cipherAliases[name] || name;
    row = cipherRows.find((r) => r[0] === canonical);
  }
  if (!row) return undefined;
  const [name, nid, mode, blockSize, ivLength, keyLength] = row;
  const info = { mode, name, nid };
  if (blockSize) info.blockSize = blockSize;
  if (ivLength) info.ivLength = ivLength;
  info.keyLength = keyLength;
  return info;
}

function validateInt32Option(value, name) {
  if (typeof value !== 'number') {
    throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_TYPE',
      `The "${name}" property must be of type number. Received ${require('internal/received').describe(value)}`);
  }
  checkInt32(value, name);
}

function checkInt32(value, name) {
  if (!Number.isInteger(value)) {
    throw binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE',
      `The value of "${name}" is out of range. It must be an integer. Received ${binding.inspect(value)}`);
  }
  if (value < -2147483648 || value > 2147483647) {
    throw binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE',
      `The value of "${name}" is out of range. It must be >= -2147483648 && <= 2147483647. Received ${binding.inspect(value)}`);
  }
}

// getCipherInfo answers undefined, as node does, for a key or IV length
// the cipher cannot take; the AEAD modes take a range of IV lengths.
function getCipherInfo(nameOrNid, options) {
  if (options === undefined) options = {};
  if (typeof nameOrNid !== 'string' && typeof nameOrNid !== 'number') {
    throw binding.invalidArgType('nameOrNid', 'one of type string or number', nameOrNid);
  }
  if (typeof nameOrNid === 'number') checkInt32(nameOrNid, 'nameOrNid');
  if (options === null || typeof options !== 'object') {
    throw binding.invalidArgType('options', 'of type object', options);
  }
  const { keyLength, ivLength } = options;
  if (keyLength !== undefined) validateInt32Option(keyLength, 'options.keyLength');
  if (ivLength !== undefined) validateInt32Option(ivLength, 'options.ivLength');
  const info = cipherInfo(nameOrNid);
  if (!info) return undefined;
  if (keyLength !== undefined && keyLength !== info.keyLength) return undefined;
  if (ivLength !== undefined) {
    const fits = info.mode === 'gcm' ? ivLength >= 1 && ivLength <= 128 :
      info.name === 'chacha20-poly1305' ? ivLength === 12 :
      ivLength === (info.ivLength || 0);
    if (!fits) return undefined;
    if (info.ivLength) info.ivLength = ivLength;
  }
  return info;
}

module.exports = {
  Cipher,
  Decipher,
  Cipheriv,
  Decipheriv,
  LazyTransform,
  createCipher,
  createDecipher,
  createCipheriv,
  createDecipheriv,
  getCipherInfo,
  getCiphers,
  secretKeyBytes,
};
