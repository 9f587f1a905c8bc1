// The crypto module: hashes, HMAC, PBKDF2, random numbers and the Web
// Crypto object's getRandomValues and randomUUID, on Go's crypto packages
// (see crypto.go), scrypt and HKDF, the symmetric ciphers of
// internal/crypto_cipher, and keys, signatures, RSA encryption and ECDH
// from internal/crypto_keys, and Web Crypto's subtle (its keys and
// operations in internal/webcrypto). Hash and Hmac are not streams here;
// finite-field Diffie-Hellman is not implemented.

const { Buffer } = require('buffer');
const {
  Cipher, Decipher, Cipheriv, Decipheriv, LazyTransform, createCipher, createDecipher, createCipheriv, createDecipheriv,
  getCipherInfo, getCiphers,
} = require('internal/crypto_cipher');

const kMaxLength = 2 ** 31 - 1;
const kMaxRandomRange = 2 ** 48 - 1;
const bufferTypes = 'an instance of Buffer, TypedArray, or DataView';
const binaryTypes = 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView';

// ---------------------------------------------------------------------------
// Errors and argument checks

function formatReceived(value) {
  if (!Number.isInteger(value) || Math.abs(value) <= 2 ** 32) return binding.inspect(value);
  const digits = String(Math.abs(value));
  let out = '';
  let rest = digits;
  for (; rest.length > 3; rest = rest.slice(0, -3)) out = '_' + rest.slice(-3) + out;
  return (value < 0 ? '-' : '') + rest + out;
}

function outOfRange(name, range, value) {
  return binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE',
    `The value of "${name}" is out of range. It must be ${range}. Received ${formatReceived(value)}`);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw binding.invalidArgType(name, 'of type function', value);
}

function validateString(value, name) {
  if (typeof value !== 'string') throw binding.invalidArgType(name, 'of type string', value);
}

function validateObject(value, name) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw binding.invalidArgType(name, 'of type object', value);
  }
}

// validateInt32 checks a number argument against [min, max].
function validateInt32(value, name, min, max) {
  if (typeof value !== 'number') throw binding.invalidArgType(name, 'of type number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw outOfRange(name, `>= ${min} && <= ${max}`, value);
}

function invalidDigest(name) {
  return binding.nodeError('TypeError', 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${name}`);
}

function hashFinalized() {
  return binding.nodeError('Error', 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
}

function isAnyArrayBuffer(v) {
  const tag = Object.prototype.toString.call(v);
  return tag === '[object ArrayBuffer]' || tag === '[object SharedArrayBuffer]';
}

// toBytes is a string or binary argument as the natives take it: strings
// in UTF-8 stay strings (Go encodes them), other encodings go through
// Buffer, an ArrayBuffer becomes a view of itself.
function toBytes(value, name, encoding, types = binaryTypes) {
  if (typeof value === 'string') {
    if (encoding === undefined || !Buffer.isEncoding(encoding) || /^utf-?8$/i.test(encoding)) return value;
    return Buffer.from(value, encoding);
  }
  if (ArrayBuffer.isView(value)) return value;
  if (isAnyArrayBuffer(value) && types === binaryTypes) return new Uint8Array(value);
  throw binding.invalidArgType(name, types, value);
}

function asBuffer(u8) {
  return Buffer.from(u8.buffer, u8.byteOffset, u8.length);
}

// encodeOutput is a digest as digest(outputEncoding) returns it: a string
// for a known encoding, a Buffer otherwise.
function encodeOutput(bytes, encoding) {
  const buf = asBuffer(bytes);
  if (encoding !== undefined && encoding !== 'buffer' && Buffer.isEncoding(encoding)) return buf.toString(encoding);
  return buf;
}

// ---------------------------------------------------------------------------
// Hash and Hmac

const kState = Symbol('kState');

function Hash(algorithm, options) {
  if (!new.target) return new Hash(algorithm, options);
  let outputLength;
  if (options !== null && typeof options === 'object' && options.outputLength !== undefined) {
    outputLength = options.outputLength;
    validateInt32(outputLength, 'options.outputLength', 0, 2 ** 32 - 1);
  }
  let state;
  if (algorithm instanceof HashState) {
    state = algorithm.copy(outputLength);
  } else {
    validateString(algorithm, 'algorithm');
    const name = binding.digestName(algorithm);
    if (name === undefined) throw new Error('Digest method not supported');
    state = new HashState(name, binding.hashInit(name), outputLength);
  }
  // Hidden, so a Hash inspects as an empty object as node's does (nearly).
  Object.defineProperty(this, kState, { value: state });
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

// HashState is a hash's running state: the Go hash's marshalled bytes, the
// output length, whether digest() was called.
class HashState {
  constructor(name, bytes, outputLength) {
    this.name = name;
    this.bytes = bytes;
    this.finalized = false;
    const size = binding.digestSize(name);
    if (size < 0) {
      this.outputLength = outputLength === undefined ? -size : outputLength;
    } else if (outputLength !== undefined && outputLength !== size) {
      const err = new Error('error:030000B2:digital envelope routines::not XOF or invalid length');
      err.code = 'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH';
      throw err;
    } else {
      this.outputLength = size;
    }
  }

  copy(outputLength) {
    return new HashState(this.name, this.bytes.slice(), outputLength);
  }
}

Hash.prototype.copy = function copy(options) {
  const state = this[kState];
  if (state.finalized) throw hashFinalized();
  return new Hash(state, options);
};

// As streams, a Hash and an Hmac take data written and push the digest at
// the end; node shares the two functions between them.
Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
};

Hash.prototype._flush = function _flush(callback) {
  this.push(this.digest());
  callback();
};

Hash.prototype.update = function update(data, encoding) {
  const state = this[kState];
  if (state.finalized) throw hashFinalized();
  state.bytes = binding.hashUpdate(state.name, state.bytes, toBytes(data, 'data', encoding, `of type string or ${bufferTypes}`));
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state.finalized) throw hashFinalized();
  state.finalized = true;
  return encodeOutput(binding.hashDigest(state.name, state.bytes, state.outputLength), outputEncoding);
};


function Hmac(hmac, key, options) {
  if (!new.target) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const keyBytes = keys.prepareSecretKey(key, options?.encoding);
  const name = binding.digestName(hmac);
  if (name === undefined || binding.digestSize(name) < 0) throw invalidDigest(hmac);
  Object.defineProperty(this, kState, {
    value: { name, key: keyBytes, bytes: binding.hmacInit(name, keyBytes), finalized: false },
  });
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);

Hmac.prototype.update = function update(data, encoding) {
  const state = this[kState];
  if (state.finalized) throw hashFinalized();
  state.bytes = binding.hashUpdate(state.name, state.bytes, toBytes(data, 'data', encoding, `of type string or ${bufferTypes}`));
  return this;
};

// A second digest() of an Hmac gives an empty result, as in node.
Hmac.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state.finalized) return encodeOutput(new Uint8Array(0), outputEncoding);
  state.finalized = true;
  return encodeOutput(binding.hmacDigest(state.name, state.bytes, state.key), outputEncoding);
};

Hmac.prototype._flush = Hash.prototype._flush;
Hmac.prototype._transform = Hash.prototype._transform;

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

// hash is the one-shot crypto.hash(algorithm, data, outputEncoding).
function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !ArrayBuffer.isView(input)) {
    throw binding.invalidArgType('input', `of type string or ${bufferTypes}`, input);
  }
  if (outputEncoding !== 'buffer' && !Buffer.isEncoding(outputEncoding)) {
    throw binding.invalidArgValue('outputEncoding', outputEncoding);
  }
  const name = binding.digestName(algorithm);
  if (name === undefined) throw new Error(`Digest method ${algorithm} is not supported`);
  const h = new Hash(name);
  h.update(input);
  return h.digest(outputEncoding);
}

function getHashes() {
  return binding.getHashes();
}

// ---------------------------------------------------------------------------
// PBKDF2

function pbkdf2Args(password, salt, iterations, keylen, digest) {
  validateString(digest, 'digest');
  const pass = toBytes(password, 'password', undefined);
  const s = toBytes(salt, 'salt', undefined);
  validateInt32(iterations, 'iterations', 1, kMaxLength);
  validateInt32(keylen, 'keylen', 0, kMaxLength);
  const name = binding.digestName(digest);
  if (name === undefined || binding.digestSize(name) < 0) throw invalidDigest(digest);
  return [pass, s, iterations, keylen, name];
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  return asBuffer(binding.pbkdf2(...pbkdf2Args(password, salt, iterations, keylen, digest)));
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  const args = pbkdf2Args(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  binding.pbkdf2(...args, (err, bytes) => callback(err, asBuffer(bytes)));
}

// ---------------------------------------------------------------------------
// scrypt

const scryptDefaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

function validateUint32(value, name) {
  validateInt32(value, name, 0, 2 ** 32 - 1);
}

// scryptArgs checks scrypt's arguments in node's order. Each of N, r and p
// has a long alias (cost, blockSize, parallelization), and 0 means the
// default.
function scryptArgs(password, salt, keylen, options) {
  const pass = toBytes(password, 'password', undefined);
  const s = toBytes(salt, 'salt', undefined);
  validateInt32(keylen, 'keylen', 0, kMaxLength);
  let { N, r, p, maxmem } = scryptDefaults;
  if (options && options !== scryptDefaults) {
    for (const [short, long] of [['N', 'cost'], ['r', 'blockSize'], ['p', 'parallelization']]) {
      const hasShort = options[short] !== undefined;
      let value = short === 'N' ? N : short === 'r' ? r : p;
      if (hasShort) {
        value = options[short];
        validateUint32(value, short);
      }
      if (options[long] !== undefined) {
        if (hasShort) {
          throw binding.nodeError('Error', 'ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', 'Invalid scrypt parameter');
        }
        value = options[long];
        validateUint32(value, long);
      }
      if (short === 'N') N = value || scryptDefaults.N;
      else if (short === 'r') r = value || scryptDefaults.r;
      else p = value || scryptDefaults.p;
    }
    if (options.maxmem !== undefined) {
      maxmem = options.maxmem;
      if (typeof maxmem !== 'number') throw binding.invalidArgType('maxmem', 'of type number', maxmem);
      if (!Number.isInteger(maxmem)) throw outOfRange('maxmem', 'an integer', maxmem);
      if (maxmem < 0 || maxmem > Number.MAX_SAFE_INTEGER) {
        throw outOfRange('maxmem', `>= 0 && <= ${Number.MAX_SAFE_INTEGER}`, maxmem);
      }
      maxmem ||= scryptDefaults.maxmem;
    }
  }
  switch (binding.scryptCheck(N, r, p, maxmem)) {
    case 'invalid':
      throw binding.nodeError('RangeError', 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', 'Invalid scrypt params');
    case 'memory':
      throw binding.nodeError('RangeError', 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS',
        'Invalid scrypt params: error:030000AC:digital envelope routines::memory limit exceeded');
  }
  return [pass, s, N, r, p, keylen];
}

function scryptSync(password, salt, keylen, options = scryptDefaults) {
  return asBuffer(binding.scrypt(...scryptArgs(password, salt, keylen, options)));
}

function scrypt(password, salt, keylen, options, callback = scryptDefaults) {
  if (callback === scryptDefaults) {
    callback = options;
    options = scryptDefaults;
  }
  const args = scryptArgs(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  binding.scrypt(...args, (err, bytes) => callback(err, asBuffer(bytes)));
}

// ---------------------------------------------------------------------------
// HKDF

const hkdfByteSource = 'of type string or an instance of ArrayBuffer, TypedArray, DataView, or Buffer';

function hkdfBytes(value, name, types = hkdfByteSource) {
  if (typeof value === 'string' || ArrayBuffer.isView(value)) return value;
  if (isAnyArrayBuffer(value)) return new Uint8Array(value);
  throw binding.invalidArgType(name, types, value);
}

// hkdfArgs checks hkdf's arguments in node's order. The key material is
// bytes, or a secret KeyObject's.
function hkdfArgs(digest, ikm, salt, info, keylen) {
  validateString(digest, 'digest');
  const key = keys.isKeyObject(ikm) ? keys.prepareSecretKey(ikm) : hkdfBytes(ikm, 'ikm',
    'of type string or an instance of SecretKeyObject, ArrayBuffer, TypedArray, DataView, or Buffer');
  const s = hkdfBytes(salt, 'salt');
  const i = hkdfBytes(info, 'info');
  if (typeof keylen !== 'number') throw binding.invalidArgType('length', 'of type number', keylen);
  if (!Number.isInteger(keylen)) throw outOfRange('length', 'an integer', keylen);
  if (keylen < 0 || keylen > 2 ** 32) throw outOfRange('length', `>= 0 && <= ${2 ** 32}`, keylen);
  const infoLength = typeof i === 'string' ? Buffer.byteLength(i) : i.byteLength;
  if (infoLength > 1024) throw outOfRange('info', 'must not contain more than 1024 bytes', infoLength);
  const name = binding.digestName(digest);
  if (name === undefined) throw invalidDigest(digest);
  const size = binding.digestSize(name);
  if (size > 0 && keylen > 255 * size) {
    throw binding.nodeError('RangeError', 'ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length');
  }
  return [name, key, s, i, keylen];
}

// OpenSSL's HKDF refuses an extendable-output digest (SHAKE) only when it
// runs: hkdfSync throws, hkdf calls back with the error.
function hkdfFails(name) {
  return binding.digestSize(name) < 0;
}

function hkdfSync(digest, ikm, salt, info, keylen) {
  const args = hkdfArgs(digest, ikm, salt, info, keylen);
  if (hkdfFails(args[0])) throw new Error('Deriving bits failed');
  return binding.hkdf(...args).buffer;
}

function hkdf(digest, ikm, salt, info, keylen, callback) {
  const args = hkdfArgs(digest, ikm, salt, info, keylen);
  validateFunction(callback, 'callback');
  if (hkdfFails(args[0])) {
    // An empty job, so the error comes when node's would, after the pool.
    binding.randomJob(0, () => callback(new Error('Deriving bits failed')));
    return;
  }
  binding.hkdf(...args, (err, bytes) => callback(err, bytes.buffer));
}

// ---------------------------------------------------------------------------
// Random numbers

function validateSize(size) {
  if (typeof size !== 'number') throw binding.invalidArgType('size', 'of type number', size);
  if (!(size >= 0 && size <= kMaxLength)) throw outOfRange('size', `>= 0 && <= ${kMaxLength}`, size);
}

function randomBytes(size, callback) {
  validateSize(size);
  if (callback === undefined) {
    const buf = Buffer.alloc(size);
    binding.randomFill(buf, 0, size);
    return buf;
  }
  validateFunction(callback, 'callback');
  binding.randomJob(size, (err, bytes) => callback(err, asBuffer(bytes)));
}

// fillRange checks randomFill's offset and size against the buffer and
// returns them in bytes.
function validateBuf(buf) {
  if (!ArrayBuffer.isView(buf) && !isAnyArrayBuffer(buf)) {
    throw binding.invalidArgType('buf', 'an instance of ArrayBuffer or ArrayBufferView', buf);
  }
}

function fillRange(buf, offset, size) {
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  const byteLength = buf.byteLength;
  if (typeof offset !== 'number') throw binding.invalidArgType('offset', 'of type number', offset);
  offset *= elementSize;
  const maxLength = Math.min(byteLength, kMaxLength);
  if (!(offset >= 0 && offset <= maxLength)) throw outOfRange('offset', `>= 0 && <= ${maxLength}`, offset);
  if (size === undefined) {
    size = byteLength - offset;
  } else {
    if (typeof size !== 'number') throw binding.invalidArgType('size', 'of type number', size);
    size *= elementSize;
  }
  if (!(size >= 0 && size <= kMaxLength)) throw outOfRange('size', `>= 0 && <= ${kMaxLength}`, size);
  if (size + offset > byteLength) throw outOfRange('size + offset', `<= ${byteLength}`, size + offset);
  return [offset, size];
}

function randomFillSync(buf, offset = 0, size) {
  validateBuf(buf);
  const [off, n] = fillRange(buf, offset, size);
  binding.randomFill(buf, off, n);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  validateBuf(buf);
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = undefined;
  } else if (typeof size === 'function') {
    callback = size;
    size = undefined;
  } else {
    validateFunction(callback, 'callback');
  }
  const [off, n] = fillRange(buf, offset, size);
  binding.randomJob(n, (err, bytes) => {
    const view = ArrayBuffer.isView(buf) ? buf : new Uint8Array(buf);
    new Uint8Array(view.buffer, view.byteOffset, view.byteLength).set(bytes, off);
    callback(err, buf);
  });
}

function randomInt(min, max, callback) {
  const minNotSpecified = max === undefined || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw binding.invalidArgType('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw binding.invalidArgType('max', 'a safe integer', max);
  if (max <= min) {
    throw binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE', 'The value of "max" is out of range. It must be ' +
      `greater than the value of "min" (${min}). Received ${max}`);
  }
  const range = max - min;
  if (range > kMaxRandomRange) {
    throw outOfRange(`max${minNotSpecified ? '' : ' - min'}`, `<= ${kMaxRandomRange}`, range);
  }
  if (callback === undefined) return min + binding.randomBelow(range);
  // Node draws from the worker pool for the callback form, so the callback
  // comes after earlier random requests, with no error argument at all.
  binding.randomJob(0, () => callback(undefined, min + binding.randomBelow(range)));
}

function randomUUID(options) {
  if (options !== undefined) {
    validateObject(options, 'options');
    if (options.disableEntropyCache !== undefined && typeof options.disableEntropyCache !== 'boolean') {
      throw binding.invalidArgType('options.disableEntropyCache', 'of type boolean', options.disableEntropyCache);
    }
  }
  return binding.randomUUID();
}

function timingSafeEqual(buf1, buf2) {
  const types = 'an instance of ArrayBuffer, Buffer, TypedArray, or DataView.';
  for (const [name, buf] of [['buf1', buf1], ['buf2', buf2]]) {
    if (!ArrayBuffer.isView(buf) && !isAnyArrayBuffer(buf)) {
      throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_TYPE', `The "${name}" argument must be ${types}`);
    }
  }
  if (buf1.byteLength !== buf2.byteLength) {
    throw binding.nodeError('RangeError', 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH',
      'Input buffers must have the same byte length');
  }
  return binding.timingSafeEqual(buf1, buf2);
}

// ---------------------------------------------------------------------------
// Web Crypto: the Crypto object (crypto.webcrypto, the global crypto)

const integerArrays = new Set([
  '[object Int8Array]', '[object Uint8Array]', '[object Uint8ClampedArray]', '[object Int16Array]',
  '[object Uint16Array]', '[object Int32Array]', '[object Uint32Array]', '[object BigInt64Array]',
  '[object BigUint64Array]',
]);

function typedArrayTag(v) {
  if (!ArrayBuffer.isView(v) || v instanceof DataView) return '';
  return Object.prototype.toString.call(v);
}

let webcrypto;

class Crypto {
  constructor(key) {
    if (key !== kState) throw binding.nodeError('TypeError', 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }

  getRandomValues(data) {
    if (this !== webcrypto) {
      throw binding.nodeError('TypeError', 'ERR_INVALID_THIS', 'Value of "this" must be of type Crypto');
    }
    if (arguments.length === 0) {
      throw binding.nodeError('TypeError', 'ERR_MISSING_ARGS',
        "Failed to execute 'getRandomValues' on 'Crypto': 1 argument required, but only 0 present.");
    }
    if (!integerArrays.has(typedArrayTag(data))) {
      throw new DOMException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
    }
    if (data.byteLength > 65536) {
      throw new DOMException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
    }
    binding.randomFill(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), 0, data.byteLength);
    return data;
  }

  randomUUID() {
    if (this !== webcrypto) {
      throw binding.nodeError('TypeError', 'ERR_INVALID_THIS', 'Value of "this" must be of type Crypto');
    }
    return binding.randomUUID();
  }
}

Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { value: 'Crypto', configurable: true });

const subtleDigests = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };
let subtle;
class SubtleCrypto {
  constructor(key) {
    if (key !== kState) throw binding.nodeError('TypeError', 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }

  async digest(algorithm, data) {
    if (this !== subtle) {
      throw binding.nodeError('TypeError', 'ERR_INVALID_THIS', 'Value of "this" must be of type SubtleCrypto');
    }
    if (arguments.length < 2) {
      throw binding.nodeError('TypeError', 'ERR_MISSING_ARGS', "Failed to execute 'digest' on 'SubtleCrypto': " +
        `2 arguments required, but only ${arguments.length} present.`);
    }
    const name = typeof algorithm === 'string' ? algorithm : algorithm?.name;
    const hashName = subtleDigests[String(name).toUpperCase()];
    if (hashName === undefined) throw new DOMException('Unrecognized algorithm name', 'NotSupportedError');
    let bytes;
    if (ArrayBuffer.isView(data)) bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    else if (data instanceof ArrayBuffer) bytes = new Uint8Array(data);
    else {
      throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_TYPE', "Failed to execute 'digest' on 'SubtleCrypto': " +
        '2nd argument is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
    }
    const out = createHash(hashName).update(bytes).digest();
    // node hashes on its worker pool: the digest comes a loop turn later.
    const result = out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength);
    return keys.afterJob(result);
  }
}

// The other methods are in internal/webcrypto, loaded on the first call:
// programs that only hash do not pay for it. Each stand-in has node's
// name and length, and rejects (never throws) on a wrong this. It hands
// back the method's own promise, so that it settles after as many turns of
// microtasks as node's.
const subtleMethods = [
  ['encrypt', 3], ['decrypt', 3], ['sign', 3], ['verify', 4], ['digest', 2], ['generateKey', 3], ['deriveKey', 5],
  ['deriveBits', 2], ['importKey', 5], ['exportKey', 2], ['wrapKey', 4], ['unwrapKey', 7],
];
for (const [name, length] of subtleMethods) {
  let method = SubtleCrypto.prototype[name];
  if (method === undefined) {
    method = {
      [name](...args) {
        if (this !== subtle) {
          return Promise.reject(
            binding.nodeError('TypeError', 'ERR_INVALID_THIS', 'Value of "this" must be of type SubtleCrypto'));
        }
        return require('internal/webcrypto')[name](...args);
      },
    }[name];
    Object.defineProperty(method, 'length', { value: length });
  }
  delete SubtleCrypto.prototype[name];
  Object.defineProperty(SubtleCrypto.prototype, name, { value: method, writable: true, enumerable: true, configurable: true });
}
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, { value: 'SubtleCrypto', configurable: true });
subtle = new SubtleCrypto(kState);
Object.defineProperty(Crypto.prototype, 'subtle', {
  get() { return subtle; }, enumerable: true, configurable: true,
});
webcrypto = new Crypto(kState);

function getRandomValues(data) {
  return webcrypto.getRandomValues(data);
}

// ---------------------------------------------------------------------------
// constants: OpenSSL's option bits and the defaults node v20 reports

const { defineConstants, withLength } = require('internal/shape');

// node's timingSafeEqual is its C++ binding's function.
withLength(timingSafeEqual, 0);

const constants = defineConstants({
  OPENSSL_VERSION_NUMBER: 805306672,
  SSL_OP_ALL: 2147485776,
  SSL_OP_ALLOW_NO_DHE_KEX: 1024,
  SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION: 262144,
  SSL_OP_CIPHER_SERVER_PREFERENCE: 4194304,
  SSL_OP_CISCO_ANYCONNECT: 32768,
  SSL_OP_COOKIE_EXCHANGE: 8192,
  SSL_OP_CRYPTOPRO_TLSEXT_BUG: 2147483648,
  SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS: 2048,
  SSL_OP_LEGACY_SERVER_CONNECT: 4,
  SSL_OP_NO_COMPRESSION: 131072,
  SSL_OP_NO_ENCRYPT_THEN_MAC: 524288,
  SSL_OP_NO_QUERY_MTU: 4096,
  SSL_OP_NO_RENEGOTIATION: 1073741824,
  SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION: 65536,
  SSL_OP_NO_SSLv2: 0,
  SSL_OP_NO_SSLv3: 33554432,
  SSL_OP_NO_TICKET: 16384,
  SSL_OP_NO_TLSv1: 67108864,
  SSL_OP_NO_TLSv1_1: 268435456,
  SSL_OP_NO_TLSv1_2: 134217728,
  SSL_OP_NO_TLSv1_3: 536870912,
  SSL_OP_PRIORITIZE_CHACHA: 2097152,
  SSL_OP_TLS_ROLLBACK_BUG: 8388608,
  ENGINE_METHOD_RSA: 1,
  ENGINE_METHOD_DSA: 2,
  ENGINE_METHOD_DH: 4,
  ENGINE_METHOD_RAND: 8,
  ENGINE_METHOD_EC: 2048,
  ENGINE_METHOD_CIPHERS: 64,
  ENGINE_METHOD_DIGESTS: 128,
  ENGINE_METHOD_PKEY_METHS: 512,
  ENGINE_METHOD_PKEY_ASN1_METHS: 1024,
  ENGINE_METHOD_ALL: 65535,
  ENGINE_METHOD_NONE: 0,
  DH_CHECK_P_NOT_SAFE_PRIME: 2,
  DH_CHECK_P_NOT_PRIME: 1,
  DH_UNABLE_TO_CHECK_GENERATOR: 4,
  DH_NOT_SUITABLE_GENERATOR: 8,
  RSA_PKCS1_PADDING: 1,
  RSA_NO_PADDING: 3,
  RSA_PKCS1_OAEP_PADDING: 4,
  RSA_X931_PADDING: 5,
  RSA_PKCS1_PSS_PADDING: 6,
  RSA_PSS_SALTLEN_DIGEST: -1,
  RSA_PSS_SALTLEN_MAX_SIGN: -2,
  RSA_PSS_SALTLEN_AUTO: -2,
  defaultCoreCipherList: 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:ECDHE-RSA-AES12' +
    '8-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-' +
    'GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:ECDHE-R' +
    'SA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:' +
    '!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA',
  TLS1_VERSION: 769,
  TLS1_1_VERSION: 770,
  TLS1_2_VERSION: 771,
  TLS1_3_VERSION: 772,
  POINT_CONVERSION_COMPRESSED: 2,
  POINT_CONVERSION_UNCOMPRESSED: 4,
  POINT_CONVERSION_HYBRID: 6,
});

// defaultCipherList is an accessor, as node's: the first read (or a
// write) replaces it with a data property holding --tls-cipher-list or the
// default.
Object.defineProperty(constants, 'defaultCipherList', {
  __proto__: null,
  get() {
    const value = require('internal/options').getOptionValue('--tls-cipher-list') || constants.defaultCoreCipherList;
    Object.defineProperty(this, 'defaultCipherList', { __proto__: null, writable: true, configurable: true, enumerable: true, value });
    return value;
  },
  set(value) {
    Object.defineProperty(this, 'defaultCipherList', { __proto__: null, writable: true, configurable: true, enumerable: true, value });
  },
  configurable: true,
  enumerable: true,
});

// ---------------------------------------------------------------------------
// FIPS, engines and the secure heap: OpenSSL features Kiln's Go crypto does
// not have. Kiln is a build without a FIPS provider and without engines,
// and answers as such a node build does.

function getFips() {
  return 0;
}

// node's OpenSSL 3 turns FIPS on even without a FIPS provider and then
// fails every algorithm with this error; Kiln fails at once instead.
function setFips(enable) {
  if (!enable) return;
  const err = new Error('error:0308010C:digital envelope routines::unsupported');
  err.library = 'digital envelope routines';
  err.reason = 'unsupported';
  err.code = 'ERR_OSSL_EVP_UNSUPPORTED';
  throw err;
}

function setEngine(id, flags) {
  validateString(id, 'id');
  if (flags) {
    if (typeof flags !== 'number') throw binding.invalidArgType('flags', 'of type number', flags);
  }
  throw binding.nodeError('Error', 'ERR_CRYPTO_ENGINE_UNKNOWN', `Engine "${id}" was not found`);
}

function secureHeapUsed() {
  return { total: 0, used: 0, utilization: 0, min: 0 };
}

// ---------------------------------------------------------------------------
// Certificate: SPKAC (see crypto_spkac.go). Each method is both static and
// on instances, and an instance needs no new, as in node.

function spkacBytes(spkac, encoding) {
  if (typeof spkac === 'string') return Buffer.from(spkac, encoding);
  if (isAnyArrayBuffer(spkac)) return new Uint8Array(spkac);
  if (!ArrayBuffer.isView(spkac)) {
    throw binding.invalidArgType('spkac', 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView', spkac);
  }
  return spkac;
}

function Certificate() {
  if (!(this instanceof Certificate)) return new Certificate();
}

// A SPKAC that does not parse answers '' (false for verifySpkac).
Certificate.exportChallenge = function exportChallenge(spkac, encoding) {
  const out = binding.spkac(spkacBytes(spkac, encoding), 'challenge');
  return out ? asBuffer(out) : '';
};

Certificate.exportPublicKey = function exportPublicKey(spkac, encoding) {
  const out = binding.spkac(spkacBytes(spkac, encoding), 'publicKey');
  return out ? asBuffer(out) : '';
};

Certificate.verifySpkac = function verifySpkac(spkac, encoding) {
  return binding.spkac(spkacBytes(spkac, encoding), 'verify');
};

Certificate.prototype.verifySpkac = Certificate.verifySpkac;
Certificate.prototype.exportPublicKey = Certificate.exportPublicKey;
Certificate.prototype.exportChallenge = Certificate.exportChallenge;

const keys = require('internal/crypto_keys');
const dh = require('internal/crypto_dh');

// The exports in node's order; after them, node's non-enumerable and
// accessor properties.
module.exports = {
  checkPrime: dh.checkPrime,
  checkPrimeSync: dh.checkPrimeSync,
  createCipheriv,
  createDecipheriv,
  createDiffieHellman: dh.createDiffieHellman,
  createDiffieHellmanGroup: dh.createDiffieHellmanGroup,
  createECDH: keys.createECDH,
  createHash,
  createHmac,
  createPrivateKey: keys.createPrivateKey,
  createPublicKey: keys.createPublicKey,
  createSecretKey: keys.createSecretKey,
  createSign: keys.createSign,
  createVerify: keys.createVerify,
  diffieHellman: keys.diffieHellman,
  generatePrime: dh.generatePrime,
  generatePrimeSync: dh.generatePrimeSync,
  getCiphers,
  getCipherInfo,
  getCurves: keys.getCurves,
  getDiffieHellman: dh.getDiffieHellman,
  getHashes,
  hkdf,
  hkdfSync,
  pbkdf2,
  pbkdf2Sync,
  generateKeyPair: keys.generateKeyPair,
  generateKeyPairSync: keys.generateKeyPairSync,
  generateKey: dh.generateKey,
  generateKeySync: dh.generateKeySync,
  privateDecrypt: keys.privateDecrypt,
  privateEncrypt: keys.privateEncrypt,
  publicDecrypt: keys.publicDecrypt,
  publicEncrypt: keys.publicEncrypt,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  scrypt,
  scryptSync,
  sign: keys.sign,
  setEngine,
  timingSafeEqual,
  getFips,
  setFips,
  verify: keys.verify,
  hash,
  Certificate,
  Cipher,
  Cipheriv,
  Decipher,
  Decipheriv,
  DiffieHellman: dh.DiffieHellman,
  DiffieHellmanGroup: dh.DiffieHellmanGroup,
  ECDH: keys.ECDH,
  Hash,
  Hmac,
  KeyObject: keys.KeyObject,
  Sign: keys.Sign,
  Verify: keys.Verify,
  X509Certificate: require('internal/crypto_x509').X509Certificate,
  secureHeapUsed,
};

// createCipher and createDecipher are deprecated (DEP0106) and hidden; prng,
// pseudoRandomBytes and rng are randomBytes under old names, accessors that
// a read or a write turns into a data property; webcrypto, subtle and
// getRandomValues are read-only accessors. fips is the (documented as
// deprecated) accessor form of getFips/setFips; node warns for neither.
function randomBytesAlias(key) {
  const replace = (obj, value) => Object.defineProperty(obj, key, {
    __proto__: null, enumerable: false, configurable: true, writable: true, value,
  });
  return {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() { replace(this, randomBytes); return randomBytes; },
    set(value) { replace(this, value); },
  };
}
Object.defineProperties(module.exports, {
  createCipher: { __proto__: null, enumerable: false, value: createCipher },
  createDecipher: { __proto__: null, enumerable: false, value: createDecipher },
  fips: { __proto__: null, get: getFips, set: setFips, enumerable: false, configurable: false },
  constants: { __proto__: null, configurable: false, enumerable: true, value: constants },
  webcrypto: { __proto__: null, configurable: false, enumerable: true, get: () => webcrypto, set: undefined },
  subtle: { __proto__: null, configurable: false, enumerable: true, get: () => subtle, set: undefined },
  getRandomValues: { __proto__: null, configurable: false, enumerable: true, get: () => getRandomValues, set: undefined },
  prng: randomBytesAlias('prng'),
  pseudoRandomBytes: randomBytesAlias('pseudoRandomBytes'),
  rng: randomBytesAlias('rng'),
});

