// crypto's classic Diffie-Hellman (createDiffieHellman, getDiffieHellman
// and their classes), generatePrime/checkPrime and generateKey for secret
// keys, after node's lib/internal/crypto/diffiehellman.js, random.js and
// keygen.js. The big-number work is crypto_dh.go's; numbers travel as
// big-endian bytes.

const { Buffer } = require('buffer');
const { describe } = require('internal/received');

const binaryTypes = 'an instance of ArrayBuffer, Buffer, TypedArray, or DataView';
const primeTypes = 'of type bigint or an instance of ArrayBuffer, TypedArray, Buffer, or DataView';

function isAnyArrayBuffer(v) {
  const tag = Object.prototype.toString.call(v);
  return tag === '[object ArrayBuffer]' || tag === '[object SharedArrayBuffer]';
}

function isBinary(v) {
  return isAnyArrayBuffer(v) || ArrayBuffer.isView(v);
}

function bytesOf(v) {
  if (isAnyArrayBuffer(v)) return new Uint8Array(v);
  return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
}

function toBuf(value, encoding) {
  if (typeof value === 'string') return Buffer.from(value, encoding && encoding !== 'buffer' ? encoding : 'utf8');
  return value;
}

function encode(bytes, encoding) {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return encoding && encoding !== 'buffer' ? buf.toString(encoding) : buf;
}

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  const what = name.includes('.') ? 'property' : 'argument';
  if (typeof value !== 'number') {
    throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_TYPE',
      `The "${name}" ${what} must be of type number. Received ${describe(value)}`);
  }
  if (!Number.isInteger(value)) {
    throw binding.outOfRange(name, 'an integer', value);
  }
  if (value < min || value > max) {
    throw binding.outOfRange(name, `>= ${min} && <= ${max}`, value);
  }
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw binding.invalidArgType(name, 'of type object', value);
  }
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw binding.invalidArgType(name, 'of type boolean', value);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw binding.invalidArgType(name, 'of type function', value);
}

// opensslError is an OpenSSL failure as node surfaces it.
function opensslError(packed, library, reason, code) {
  const err = new Error(`error:${packed}:${library}::${reason}`);
  err.library = library;
  err.reason = reason;
  err.code = code;
  return err;
}

function modulusTooSmall() {
  return opensslError('0280007E', 'Diffie-Hellman routines', 'modulus too small', 'ERR_OSSL_DH_MODULUS_TOO_SMALL');
}

function unsignedBigIntToBytes(bigint, name) {
  if (bigint < 0n) {
    throw binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE',
      `The value of "${name}" is out of range. It must be >= 0. Received ${bigint}n`);
  }
  let hex = bigint.toString(16);
  if (hex.length % 2) hex = '0' + hex;
  return new Uint8Array(Buffer.from(hex, 'hex'));
}

function bitLength(bytes) {
  let i = 0;
  while (i < bytes.length && bytes[i] === 0) i++;
  if (i === bytes.length) return 0;
  return (bytes.length - i - 1) * 8 + (32 - Math.clz32(bytes[i]));
}

// ---------------------------------------------------------------------------
// DiffieHellman

const kHandle = Symbol('kHandle');
// OpenSSL's default generator (DH_GENERATOR_2).
const DH_GENERATOR = 2;

// DHState is a key exchange's numbers; keyBits is a named group's private
// key length (0: as long as the prime).
class DHState {
  constructor(prime, generator, keyBits) {
    this.prime = prime;
    this.generator = generator;
    this.keyBits = keyBits;
    this.publicKey = null;
    this.privateKey = null;
  }
}

function DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  if (!(this instanceof DiffieHellman)) return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
  if (typeof sizeOrKey !== 'number' && typeof sizeOrKey !== 'string' && !isBinary(sizeOrKey)) {
    throw binding.invalidArgType('sizeOrKey', `one of type number or string or ${binaryTypes}`, sizeOrKey);
  }
  // With a number and a generator, the number is the prime's length and
  // the second argument the generator.
  if (typeof sizeOrKey === 'number') validateInt32(sizeOrKey, 'sizeOrKey');
  if (keyEncoding && !Buffer.isEncoding(keyEncoding) && keyEncoding !== 'buffer') {
    genEncoding = generator;
    generator = keyEncoding;
    keyEncoding = false;
  }
  if (typeof sizeOrKey !== 'number') sizeOrKey = toBuf(sizeOrKey, keyEncoding);
  if (!generator) {
    generator = DH_GENERATOR;
  } else if (typeof generator === 'number') {
    validateInt32(generator, 'generator');
  } else if (typeof generator === 'string') {
    generator = toBuf(generator, genEncoding);
  } else if (!isBinary(generator)) {
    throw binding.invalidArgType('generator', `one of type number or string or ${binaryTypes}`, generator);
  }
  const g = typeof generator === 'number' ?
    unsignedBigIntToBytes(BigInt(Math.max(generator, 0)), 'generator') : bytesOf(generator);
  if (bitLength(g) <= 1) {
    throw opensslError('02800065', 'Diffie-Hellman routines', 'bad generator', 'ERR_OSSL_DH_BAD_GENERATOR');
  }
  let prime;
  if (typeof sizeOrKey === 'number') {
    if (sizeOrKey < 512) throw modulusTooSmall();
    // OpenSSL's DH_generate_parameters: a safe prime that makes the
    // generator a quadratic residue's complement (2: p = 23 mod 24).
    const gn = BigInt('0x' + Buffer.from(g).toString('hex'));
    const [add, rem] = gn === 2n ? [24n, 23n] : gn === 5n ? [60n, 59n] : [12n, 11n];
    prime = binding.generatePrime(sizeOrKey, true, unsignedBigIntToBytes(add), unsignedBigIntToBytes(rem));
  } else {
    prime = new Uint8Array(bytesOf(sizeOrKey));
    if (bitLength(prime) === 0) {
      throw opensslError('01800076', 'bignum routines', 'bits too small', 'ERR_OSSL_BN_BITS_TOO_SMALL');
    }
  }
  Object.defineProperty(this, kHandle, { value: new DHState(prime, new Uint8Array(g), 0) });
  this.verifyError = binding.dhCheck(prime, g);
}

function DiffieHellmanGroup(name) {
  if (!(this instanceof DiffieHellmanGroup)) return new DiffieHellmanGroup(name);
  if (typeof name !== 'string') {
    throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_TYPE', 'Group name must be a string');
  }
  const group = binding.dhGroup(name);
  if (!group) throw binding.nodeError('Error', 'ERR_CRYPTO_UNKNOWN_DH_GROUP', 'Unknown DH group');
  Object.defineProperty(this, kHandle, { value: new DHState(group[0], new Uint8Array([DH_GENERATOR]), group[1]) });
  // The RFC groups are safe primes with a suitable generator.
  this.verifyError = 0;
}

function generateKeys(encoding) {
  const s = this[kHandle];
  if (bitLength(s.prime) < 512) throw modulusTooSmall();
  if (!s.privateKey) s.privateKey = binding.dhPrivateKey(s.prime, s.keyBits);
  s.publicKey = binding.modPow(s.generator, s.privateKey, s.prime);
  return encode(s.publicKey, encoding);
}

function computeSecret(key, inEnc, outEnc) {
  const s = this[kHandle];
  if (typeof key === 'string') key = Buffer.from(key, inEnc && inEnc !== 'buffer' ? inEnc : 'utf8');
  else if (!isBinary(key)) {
    throw binding.invalidArgType('key', `of type string or ${binaryTypes}`, key);
  }
  const other = bytesOf(key);
  if (bitLength(other) <= 1) {
    throw binding.nodeError('RangeError', 'ERR_CRYPTO_INVALID_KEYLEN', 'Supplied key is too small');
  }
  const pMinus1 = Buffer.from(s.prime);
  // The prime is odd, so p-1 only clears its lowest bit.
  pMinus1[pMinus1.length - 1] &= 0xfe;
  if (binding.compare(other, pMinus1) >= 0) {
    throw binding.nodeError('RangeError', 'ERR_CRYPTO_INVALID_KEYLEN', 'Supplied key is too large');
  }
  const size = Math.ceil(bitLength(s.prime) / 8);
  const out = Buffer.alloc(size);
  // OpenSSL without a private key gives zeros; node pads the secret to the
  // prime's length.
  if (s.privateKey) {
    const secret = binding.modPow(other, s.privateKey, s.prime);
    out.set(secret, size - secret.length);
  }
  return encode(out, outEnc);
}

function getField(field, what) {
  return function(encoding) {
    const v = this[kHandle][field];
    if (!v) {
      throw binding.nodeError('Error', 'ERR_CRYPTO_INVALID_STATE', `No ${what} - did you forget to generate one?`);
    }
    return encode(v, encoding);
  };
}

function getPrime(encoding) {
  return encode(this[kHandle].prime, encoding);
}

function getGenerator(encoding) {
  return encode(this[kHandle].generator, encoding);
}

function setKey(field, name) {
  return function(key, encoding) {
    if (typeof key === 'string') key = Buffer.from(key, encoding && encoding !== 'buffer' ? encoding : 'utf8');
    else if (!isBinary(key)) throw binding.invalidArgType(name, `of type string or ${binaryTypes}`, key);
    this[kHandle][field] = new Uint8Array(bytesOf(key).slice());
    return this;
  };
}

const common = {
  generateKeys,
  computeSecret,
  getPrime,
  getGenerator,
  getPublicKey: getField('publicKey', 'public key'),
  getPrivateKey: getField('privateKey', 'private key'),
};
for (const [proto, extra] of [[DiffieHellman.prototype, {
  setPublicKey: setKey('publicKey', 'key'), setPrivateKey: setKey('privateKey', 'key'),
}], [DiffieHellmanGroup.prototype, {}]]) {
  const methods = { ...common, ...extra };
  for (const name of Object.keys(methods)) {
    Object.defineProperty(proto, name, { value: methods[name], writable: true, configurable: true, enumerable: true });
  }
}

function createDiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
}

function createDiffieHellmanGroup(name) {
  return new DiffieHellmanGroup(name);
}

// ---------------------------------------------------------------------------
// generatePrime and checkPrime

function primeArg(value, name) {
  if (typeof value === 'bigint') return unsignedBigIntToBytes(value, name);
  if (!isBinary(value)) throw binding.invalidArgType(name, primeTypes, value);
  return bytesOf(value);
}

function primeOptions(size, options) {
  validateInt32(size, 'size', 1);
  validateObject(options, 'options');
  const { safe = false, bigint = false } = options;
  let { add, rem } = options;
  validateBoolean(safe, 'options.safe');
  validateBoolean(bigint, 'options.bigint');
  if (add !== undefined) add = primeArg(add, 'options.add');
  if (rem !== undefined) rem = primeArg(rem, 'options.rem');
  if (add !== undefined) {
    if (bitLength(add) > size) throw binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE', 'invalid options.add');
    if (rem !== undefined && binding.compare(add, rem) !== 1) {
      throw binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE', 'invalid options.rem');
    }
  } else {
    // OpenSSL uses rem only with add.
    rem = undefined;
  }
  // OpenSSL's BN_generate_prime_ex has no prime of one bit, and no safe
  // one of two, four or five (none has its top two bits set).
  if (size < 2 || (safe && size < 6 && size !== 3)) {
    throw opensslError('01800076', 'bignum routines', 'bits too small', undefined);
  }
  return { safe, bigint, add: add === undefined ? null : add, rem: rem === undefined ? null : rem };
}

function primeResult(bytes, bigint) {
  if (bigint) return bytes.length ? BigInt('0x' + Buffer.from(bytes).toString('hex')) : 0n;
  const ab = new ArrayBuffer(bytes.length);
  new Uint8Array(ab).set(bytes);
  return ab;
}

function generatePrimeSync(size, options = {}) {
  const o = primeOptions(size, options);
  return primeResult(binding.generatePrime(size, o.safe, o.add, o.rem), o.bigint);
}

function generatePrime(size, options, callback) {
  validateInt32(size, 'size', 1);
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  validateFunction(callback, 'callback');
  const o = primeOptions(size, options);
  binding.generatePrime(size, o.safe, o.add, o.rem, (err, bytes) => callback(undefined, primeResult(bytes, o.bigint)));
}

function checkPrimeOptions(options) {
  validateObject(options, 'options');
  const { checks = 0 } = options;
  validateInt32(checks, 'options.checks', 0);
  return checks;
}

function checkPrimeSync(candidate, options = {}) {
  const bytes = primeArg(candidate, 'candidate');
  return binding.checkPrime(bytes, checkPrimeOptions(options));
}

function checkPrime(candidate, options = {}, callback) {
  const bytes = primeArg(candidate, 'candidate');
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  validateFunction(callback, 'callback');
  binding.checkPrime(bytes, checkPrimeOptions(options), (err, ok) => callback(undefined, ok));
}

// ---------------------------------------------------------------------------
// generateKey for secret keys

function secretKeyLength(type, options) {
  if (typeof type !== 'string') throw binding.invalidArgType('type', 'of type string', type);
  validateObject(options, 'options');
  const { length } = options;
  switch (type) {
    case 'hmac':
      validateInt32(length, 'options.length', 8);
      return Math.floor(length / 8);
    case 'aes':
      if (length !== 128 && length !== 192 && length !== 256) {
        throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
          `The property 'options.length' must be one of: 128, 192, 256. Received ${binding.inspect(length)}`);
      }
      return length / 8;
  }
  throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
    `The argument 'type' must be a supported key type. Received ${binding.inspect(type)}`);
}

function generateKeySync(type, options) {
  const { randomBytes, createSecretKey } = require('crypto');
  return createSecretKey(randomBytes(secretKeyLength(type, options)));
}

function generateKey(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const size = secretKeyLength(type, options);
  const { randomBytes, createSecretKey } = require('crypto');
  randomBytes(size, (err, bytes) => callback(null, createSecretKey(bytes)));
}

module.exports = {
  DiffieHellman,
  DiffieHellmanGroup,
  createDiffieHellman,
  createDiffieHellmanGroup,
  getDiffieHellman: createDiffieHellmanGroup,
  generatePrime,
  generatePrimeSync,
  checkPrime,
  checkPrimeSync,
  generateKey,
  generateKeySync,
};
