// Web Crypto's keys and operations: CryptoKey and the SubtleCrypto methods
// other than digest (crypto.js holds the SubtleCrypto object and forwards
// here, so that a program that only hashes does not load this file). As
// in node, it is JavaScript over node's own crypto: a CryptoKey wraps a
// KeyObject, and each algorithm is a call to createHmac, sign,
// createCipheriv, publicEncrypt, pbkdf2Sync, hkdfSync or diffieHellman.
// Argument checks and messages follow node v20's lib/internal/crypto
// (webcrypto.js, webidl.js and one file per algorithm family), because
// programs and their tests see which error comes first.

const { Buffer } = require('buffer');

function nodeCrypto() {
  return require('crypto');
}

// afterJob delivers a result as node does for the operations it runs as
// jobs on its worker pool (see crypto_keys).
function afterJob(value) {
  return require('internal/crypto_keys').afterJob(value);
}

// ---------------------------------------------------------------------------
// Errors

function domError(message, name) {
  return new DOMException(message, name);
}

function operationFailed() {
  return domError('The operation failed for an operation-specific reason', 'OperationError');
}

const ordinals = ['1st', '2nd', '3rd', '4th', '5th', '6th', '7th'];
const bufferSourceTypes = 'ArrayBuffer, Buffer, TypedArray, or DataView';

function prefix(method) {
  return `Failed to execute '${method}' on 'SubtleCrypto'`;
}

function checkArgCount(method, args, required) {
  if (args.length < required) {
    throw binding.nodeError('TypeError', 'ERR_MISSING_ARGS',
      `${prefix(method)}: ${required} arguments required, but only ${args.length} present.`);
  }
}

function isAnyArrayBuffer(v) {
  const tag = Object.prototype.toString.call(v);
  return tag === '[object ArrayBuffer]' || tag === '[object SharedArrayBuffer]';
}

function isBufferSource(v) {
  return ArrayBuffer.isView(v) || isAnyArrayBuffer(v);
}

// copyBytes is a BufferSource's bytes, copied: the spec takes a copy when
// the method is called, so later writes to the caller's buffer do not
// change the result.
function copyBytes(v) {
  if (isAnyArrayBuffer(v)) return Buffer.from(new Uint8Array(v));
  return Buffer.from(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
}

function bufferSourceArg(method, index, v) {
  if (!isBufferSource(v)) {
    throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_TYPE',
      `${prefix(method)}: ${ordinals[index]} argument is not instance of ${bufferSourceTypes}.`);
  }
  return copyBytes(v);
}

function cryptoKeyArg(method, index, v) {
  if (!isCryptoKey(v)) {
    throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_TYPE',
      `${prefix(method)}: ${ordinals[index]} argument is not of type CryptoKey.`);
  }
  return v;
}

const keyFormats = ['raw', 'pkcs8', 'spki', 'jwk'];
const keyUsages = ['encrypt', 'decrypt', 'sign', 'verify', 'deriveKey', 'deriveBits', 'wrapKey', 'unwrapKey'];

function formatArg(method, v) {
  const s = String(v);
  if (!keyFormats.includes(s)) {
    throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
      `${prefix(method)}: 1st argument value '${s}' is not a valid enum value of type KeyFormat.`);
  }
  return s;
}

function usagesArg(method, index, v) {
  if (v === null || (typeof v !== 'object' && typeof v !== 'function') || typeof v[Symbol.iterator] !== 'function') {
    throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_TYPE',
      `${prefix(method)}: ${ordinals[index]} argument can not be converted to sequence.`);
  }
  const out = [];
  for (const item of v) {
    const s = String(item);
    if (!keyUsages.includes(s)) {
      throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', `${prefix(method)}: ${ordinals[index]} argument, ` +
        `index ${out.length} value '${s}' is not a valid enum value of type KeyUsage.`);
    }
    out.push(s);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Algorithm normalization (W3C Web Crypto §18.4)

// Each operation's algorithms, with the dictionary its parameters are
// read as: members are [name, kind, required].
const hashMember = ['hash', 'hash', true];
const rsaKeyGen = ['RsaHashedKeyGenParams', [hashMember, ['modulusLength', 'number', true],
  ['publicExponent', 'bigInteger', true]]];
const rsaImport = ['RsaHashedImportParams', [hashMember]];
const ecKeyGen = ['EcKeyGenParams', [['namedCurve', 'string', true]]];
const ecImport = ['EcKeyImportParams', [['namedCurve', 'string', true]]];
const plain = ['Algorithm', []];
const aesKeyGen = ['AesKeyGenParams', [['length', 'number', true]]];
const hmacImport = ['HmacImportParams', [hashMember, ['length', 'number', false]]];
const encryptParams = {
  'RSA-OAEP': ['RsaOaepParams', [['label', 'bufferSource', false]]],
  'AES-CTR': ['AesCtrParams', [['counter', 'bufferSource', true], ['length', 'number', true]]],
  'AES-CBC': ['AesCbcParams', [['iv', 'bufferSource', true]]],
  'AES-GCM': ['AesGcmParams', [['additionalData', 'bufferSource', false], ['iv', 'bufferSource', true],
    ['tagLength', 'number', false]]],
};
const signParams = {
  'RSASSA-PKCS1-v1_5': plain,
  'RSA-PSS': ['RsaPssParams', [['saltLength', 'number', true]]],
  'ECDSA': ['EcdsaParams', [hashMember]],
  'Ed25519': plain,
  'HMAC': plain,
};
const operations = {
  digest: { 'SHA-1': plain, 'SHA-256': plain, 'SHA-384': plain, 'SHA-512': plain },
  generateKey: {
    'RSASSA-PKCS1-v1_5': rsaKeyGen, 'RSA-PSS': rsaKeyGen, 'RSA-OAEP': rsaKeyGen,
    'ECDSA': ecKeyGen, 'ECDH': ecKeyGen, 'Ed25519': plain, 'X25519': plain,
    'HMAC': ['HmacKeyGenParams', [hashMember, ['length', 'number', false]]],
    'AES-CTR': aesKeyGen, 'AES-CBC': aesKeyGen, 'AES-GCM': aesKeyGen, 'AES-KW': aesKeyGen,
  },
  importKey: {
    'RSASSA-PKCS1-v1_5': rsaImport, 'RSA-PSS': rsaImport, 'RSA-OAEP': rsaImport,
    'ECDSA': ecImport, 'ECDH': ecImport, 'Ed25519': plain, 'X25519': plain, 'HMAC': hmacImport,
    'AES-CTR': plain, 'AES-CBC': plain, 'AES-GCM': plain, 'AES-KW': plain, 'PBKDF2': plain, 'HKDF': plain,
  },
  sign: signParams,
  verify: signParams,
  encrypt: encryptParams,
  decrypt: encryptParams,
  deriveBits: {
    'ECDH': ['EcdhKeyDeriveParams', [['public', 'key', true]]],
    'X25519': ['EcdhKeyDeriveParams', [['public', 'key', true]]],
    'HKDF': ['HkdfParams', [hashMember, ['info', 'bufferSource', true], ['salt', 'bufferSource', true]]],
    'PBKDF2': ['Pbkdf2Params', [hashMember, ['iterations', 'number', true], ['salt', 'bufferSource', true]]],
  },
  'get key length': {
    'AES-CTR': ['AesDerivedKeyParams', [['length', 'number', true]]],
    'AES-CBC': ['AesDerivedKeyParams', [['length', 'number', true]]],
    'AES-GCM': ['AesDerivedKeyParams', [['length', 'number', true]]],
    'AES-KW': ['AesDerivedKeyParams', [['length', 'number', true]]],
    'HMAC': hmacImport,
    'HKDF': plain,
    'PBKDF2': plain,
  },
  wrapKey: { 'AES-KW': plain },
  unwrapKey: { 'AES-KW': plain },
};

function missingOption(dict, member) {
  return binding.nodeError('TypeError', 'ERR_MISSING_OPTION', 'Failed to normalize algorithm: passed algorithm can ' +
    `not be converted to '${dict}' because '${member}' is required in '${dict}'.`);
}

function memberTypeError(dict, member, what) {
  return binding.nodeError('TypeError', 'ERR_INVALID_ARG_TYPE',
    `Failed to normalize algorithm: '${member}' of '${dict}' (passed algorithm) is not ${what}.`);
}

// enforceRange is WebIDL's [EnforceRange] unsigned long (or octet).
function enforceRange(dict, member, value, max) {
  const n = Number(value);
  if (!Number.isFinite(n)) {
    throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
      `Failed to normalize algorithm: '${member}' of '${dict}' (passed algorithm) is not a finite number.`);
  }
  const t = Math.trunc(n);
  if (t < 0 || t > max) {
    throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', `Failed to normalize algorithm: '${member}' of ` +
      `'${dict}' (passed algorithm) is outside the expected range of 0 to ${max}.`);
  }
  return t;
}

function normalizeAlgorithm(algorithm, op) {
  if (typeof algorithm !== 'object' || algorithm === null) algorithm = { name: String(algorithm) };
  if (algorithm.name === undefined) throw missingOption('Algorithm', 'name');
  const wanted = String(algorithm.name).toUpperCase();
  const table = operations[op];
  const name = Object.keys(table).find((n) => n.toUpperCase() === wanted);
  if (name === undefined) throw domError('Unrecognized algorithm name', 'NotSupportedError');
  const [dict, members] = table[name];
  const out = { name };
  for (const [member, kind, required] of members) {
    const value = algorithm[member];
    if (value === undefined) {
      if (required) throw missingOption(dict, member);
      continue;
    }
    switch (kind) {
      case 'hash':
        out.hash = normalizeAlgorithm(value, 'digest');
        break;
      case 'number':
        // tagLength and AES-CTR's length are octets in the spec's IDL.
        out[member] = enforceRange(dict, member, value,
          member === 'tagLength' || dict === 'AesCtrParams' ? 255 : 4294967295);
        break;
      case 'string':
        out[member] = String(value);
        break;
      case 'bufferSource':
        if (!isBufferSource(value)) throw memberTypeError(dict, member, `instance of ${bufferSourceTypes}`);
        out[member] = copyBytes(value);
        break;
      case 'bigInteger':
        if (!(value instanceof Uint8Array)) throw memberTypeError(dict, member, 'instance of Uint8Array');
        out[member] = new Uint8Array(value);
        break;
      case 'key':
        if (!isCryptoKey(value)) throw memberTypeError(dict, member, 'of type CryptoKey');
        out[member] = value;
        break;
    }
  }
  return out;
}

const digestNames = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };

function nodeHash(hash) {
  return digestNames[hash.name];
}

// ---------------------------------------------------------------------------
// CryptoKey

const kKey = Symbol('kKey');
const slots = new WeakMap();

function isCryptoKey(v) {
  return (typeof v === 'object' && v !== null) && slots.has(v);
}

function slotsOf(v) {
  const s = slots.get(v);
  if (s === undefined) {
    throw binding.nodeError('TypeError', 'ERR_INVALID_THIS', 'Value of "this" must be of type CryptoKey');
  }
  return s;
}

class CryptoKey {
  // No named parameter: CryptoKey.length is 0, as in node.
  constructor() {
    if (arguments[0] !== kKey) throw binding.nodeError('TypeError', 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }

  get type() {
    return slotsOf(this).keyObject.type;
  }

  get extractable() {
    return slotsOf(this).extractable;
  }

  get algorithm() {
    return slotsOf(this).algorithm;
  }

  get usages() {
    return slotsOf(this).usages;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    inspect ??= require('util').inspect;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    const s = slotsOf(this);
    return `CryptoKey ${inspect({
      type: s.keyObject.type, extractable: s.extractable, algorithm: s.algorithm, usages: s.usages,
    }, opts)}`;
  }
}

for (const name of ['type', 'extractable', 'algorithm', 'usages']) {
  Object.defineProperty(CryptoKey.prototype, name, { enumerable: true });
}
Object.defineProperty(CryptoKey.prototype, Symbol.toStringTag, { value: 'CryptoKey', configurable: true });
Object.defineProperty(CryptoKey.prototype, Symbol.for('nodejs.util.inspect.custom'), { enumerable: false });

function newCryptoKey(keyObject, algorithm, extractable, usages) {
  const key = new CryptoKey(kKey);
  slots.set(key, { keyObject, algorithm, extractable, usages });
  return key;
}

function keyObjectOf(key) {
  return slots.get(key).keyObject;
}

// node's own crypto functions take a CryptoKey where they take a KeyObject.
require('internal/crypto_keys').registerCryptoKeys((v) => slots.get(v)?.keyObject);

// ---------------------------------------------------------------------------
// Usages

const publicUsages = ['verify', 'encrypt', 'wrapKey'];

// The usages each family accepts, and the article its message uses.
function allowedUsages(name) {
  switch (name) {
    case 'HMAC': case 'RSASSA-PKCS1-v1_5': case 'RSA-PSS': case 'ECDSA': case 'Ed25519':
      return ['sign', 'verify'];
    case 'RSA-OAEP': case 'AES-CTR': case 'AES-CBC': case 'AES-GCM':
      return ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'];
    case 'AES-KW':
      return ['wrapKey', 'unwrapKey'];
    default:
      return ['deriveKey', 'deriveBits'];
  }
}

// familyName is how node's message names the key: its wording differs
// between importKey and generateKey, and it is kept.
function familyName(name, generating) {
  if (name.startsWith('AES')) return 'an AES';
  if (name === 'HMAC') return 'an HMAC';
  if (isRSA(name)) return generating ? 'a RSA' : `an ${name}`;
  return generating ? `an ${name}` : `a ${name}`;
}

function checkUsages(name, usages, allowed, generating) {
  for (const u of usages) {
    if (!allowed.includes(u)) {
      throw domError(`Unsupported key usage for ${familyName(name, generating)} key`, 'SyntaxError');
    }
  }
}

// keyUsagesFor is the part of usages a key of this type carries: a
// public key takes the public operations, a private one the others, and
// key-agreement public keys none.
function keyUsagesFor(type, name, usages) {
  if (type === 'secret') return usages;
  if (name === 'ECDH' || name === 'X25519') return type === 'public' ? [] : usages;
  return usages.filter((u) => publicUsages.includes(u) === (type === 'public'));
}

// ---------------------------------------------------------------------------
// JWK checks, as node's for every key family

function validateKeyOps(keyOps, usages) {
  if (keyOps === undefined) return;
  if (!Array.isArray(keyOps)) {
    throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_TYPE', `${prefix('importKey')}: 'key_ops' of ` +
      "'JsonWebKey' (2nd argument) can not be converted to sequence.");
  }
  const seen = new Set();
  for (const op of keyOps) {
    if (seen.has(op)) throw domError('Duplicate key operation', 'DataError');
    seen.add(op);
  }
  for (const u of usages) {
    if (!seen.has(u)) throw domError('Key operations and usage mismatch', 'DataError');
  }
}

function checkJwkCommon(jwk, kty, use, usages, extractable) {
  if (!jwk.kty) throw domError('Invalid keyData', 'DataError');
  if (jwk.kty !== kty) throw domError('Invalid JWK "kty" Parameter', 'DataError');
  if (usages.length > 0 && jwk.use !== undefined && jwk.use !== use) {
    throw domError('Invalid JWK "use" Parameter', 'DataError');
  }
  validateKeyOps(jwk.key_ops, usages);
  if (jwk.ext !== undefined && jwk.ext === false && extractable === true) {
    throw domError('JWK "ext" Parameter and extractable mismatch', 'DataError');
  }
}

function jwkObject(keyData) {
  if (typeof keyData !== 'object' || keyData === null || isBufferSource(keyData)) {
    throw domError('Invalid keyData', 'DataError');
  }
  return keyData;
}

function b64urlBytes(s) {
  if (typeof s !== 'string') throw domError('Invalid keyData', 'DataError');
  return Buffer.from(s, 'base64url');
}

// ---------------------------------------------------------------------------
// Secret keys: AES, HMAC, PBKDF2, HKDF

const aesModes = { 'AES-CTR': 'CTR', 'AES-CBC': 'CBC', 'AES-GCM': 'GCM', 'AES-KW': 'KW' };

function hmacBlockBits(hash) {
  return hash.name === 'SHA-384' || hash.name === 'SHA-512' ? 1024 : 512;
}

function jwkHashSuffix(hash) {
  return hash.name.slice(4);
}

function secretKey(bytes) {
  return nodeCrypto().createSecretKey(bytes);
}

function importSecret(format, keyData, algorithm, extractable, usages) {
  const { name } = algorithm;
  checkUsages(name, usages, allowedUsages(name), false);
  if (name === 'PBKDF2' || name === 'HKDF') {
    if (format !== 'raw') throw domError(`Unable to import ${name} key with format ${format}`, 'NotSupportedError');
    if (extractable) throw domError(`${name} keys are not extractable`, 'SyntaxError');
    return newCryptoKey(secretKey(keyData), { name }, false, usages);
  }
  const isHmac = name === 'HMAC';
  let bytes;
  if (format === 'raw') {
    bytes = keyData;
  } else if (format === 'jwk') {
    const jwk = jwkObject(keyData);
    checkJwkCommon(jwk, 'oct', isHmac ? 'sig' : 'enc', usages, extractable);
    if (typeof jwk.k !== 'string') throw domError('Invalid keyData', 'DataError');
    bytes = Buffer.from(jwk.k, 'base64url');
    if (jwk.alg !== undefined) {
      const alg = isHmac ? `HS${jwkHashSuffix(algorithm.hash)}` : `A${bytes.length * 8}${aesModes[name]}`;
      if (isHmac || [16, 24, 32].includes(bytes.length)) {
        if (jwk.alg !== alg) throw domError('JWK "alg" does not match the requested algorithm', 'DataError');
      }
    }
  } else {
    throw domError(`Unable to import ${isHmac ? 'HMAC' : 'AES'} key with format ${format}`, 'NotSupportedError');
  }
  const bits = bytes.length * 8;
  if (isHmac) {
    if (bits === 0 || algorithm.length === 0) throw domError('Zero-length key is not supported', 'DataError');
    if (algorithm.length !== undefined && algorithm.length !== bits) throw domError('Invalid key length', 'DataError');
    return newCryptoKey(secretKey(bytes), { name, hash: algorithm.hash, length: bits }, extractable, usages);
  }
  if (![128, 192, 256].includes(bits)) throw domError('Invalid key length', 'DataError');
  return newCryptoKey(secretKey(bytes), { name, length: bits }, extractable, usages);
}

function generateSecret(algorithm, extractable, usages) {
  const { name } = algorithm;
  checkUsages(name, usages, allowedUsages(name), true);
  if (name === 'HMAC') {
    const length = algorithm.length ?? hmacBlockBits(algorithm.hash);
    if (length % 8) {
      throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
        `The property 'algorithm.length' must be a multiple of 8. Received ${length}`);
    }
    if (length === 0) throw operationFailed();
    const bytes = nodeCrypto().randomBytes(Math.ceil(length / 8));
    return newCryptoKey(secretKey(bytes), { name, length, hash: algorithm.hash }, extractable, usages);
  }
  if (![128, 192, 256].includes(algorithm.length)) {
    throw domError('AES key length must be 128, 192, or 256 bits', 'OperationError');
  }
  const bytes = nodeCrypto().randomBytes(algorithm.length / 8);
  return newCryptoKey(secretKey(bytes), { name, length: algorithm.length }, extractable, usages);
}

// ---------------------------------------------------------------------------
// Asymmetric keys: RSA, EC, Ed25519, X25519

const curves = { 'P-256': 'prime256v1', 'P-384': 'secp384r1', 'P-521': 'secp521r1' };
const curveSizes = { 'P-256': 32, 'P-384': 48, 'P-521': 66 };

function isRSA(name) {
  return name === 'RSASSA-PKCS1-v1_5' || name === 'RSA-PSS' || name === 'RSA-OAEP';
}

function isEC(name) {
  return name === 'ECDSA' || name === 'ECDH';
}

function expectedKeyType(name) {
  if (isRSA(name)) return 'rsa';
  if (isEC(name)) return 'ec';
  return name.toLowerCase();
}

function exponentBytes(e) {
  let hex = BigInt(e).toString(16);
  if (hex.length % 2) hex = '0' + hex;
  return new Uint8Array(Buffer.from(hex, 'hex'));
}

// asymmetricAlgorithm is the algorithm a CryptoKey over keyObject reports.
function asymmetricAlgorithm(algorithm, keyObject) {
  const { name } = algorithm;
  if (isRSA(name)) {
    const { modulusLength, publicExponent } = keyObject.asymmetricKeyDetails;
    return { name, modulusLength, publicExponent: exponentBytes(publicExponent), hash: algorithm.hash };
  }
  if (isEC(name)) return { name, namedCurve: algorithm.namedCurve };
  return { name };
}

function rsaJwkAlg(algorithm) {
  const suffix = jwkHashSuffix(algorithm.hash);
  switch (algorithm.name) {
    case 'RSASSA-PKCS1-v1_5': return `RS${suffix}`;
    case 'RSA-PSS': return `PS${suffix}`;
    default: return suffix === '1' ? 'RSA-OAEP' : `RSA-OAEP-${suffix}`;
  }
}

function curveOf(keyObject) {
  const nodeName = keyObject.asymmetricKeyDetails.namedCurve;
  return Object.keys(curves).find((c) => curves[c] === nodeName);
}

// rawPublicKey is a raw public key (an EC point, compressed or not, or an
// OKP key's 32 bytes) as a KeyObject.
function rawPublicKey(name, namedCurve, bytes) {
  const c = nodeCrypto();
  if (isEC(name)) {
    let point;
    try {
      point = c.ECDH.convertKey(bytes, curves[namedCurve], undefined, undefined, 'uncompressed');
    } catch {
      throw domError('Invalid keyData', 'DataError');
    }
    const size = curveSizes[namedCurve];
    return c.createPublicKey({ key: {
      kty: 'EC', crv: namedCurve, x: point.subarray(1, 1 + size).toString('base64url'),
      y: point.subarray(1 + size).toString('base64url'),
    }, format: 'jwk' });
  }
  if (bytes.length !== 32) throw domError(`${name} raw keys must be exactly 32-bytes`, 'DataError');
  return c.createPublicKey({ key: { kty: 'OKP', crv: name, x: bytes.toString('base64url') }, format: 'jwk' });
}

function importAsymmetric(format, keyData, algorithm, extractable, usages) {
  const { name } = algorithm;
  if (isEC(name) && !Object.hasOwn(curves, algorithm.namedCurve)) {
    throw domError('Unrecognized namedCurve', 'NotSupportedError');
  }
  const c = nodeCrypto();
  let keyObject;
  switch (format) {
    case 'spki':
    case 'pkcs8': {
      const isPublic = format === 'spki';
      checkUsages(name, usages, keyUsagesFor(isPublic ? 'public' : 'private', name, allowedUsages(name)), false);
      try {
        const input = { key: keyData, format: 'der', type: format };
        keyObject = isPublic ? c.createPublicKey(input) : c.createPrivateKey(input);
      } catch {
        throw domError('Invalid keyData', 'DataError');
      }
      break;
    }
    case 'jwk': {
      const jwk = jwkObject(keyData);
      const isPublic = jwk.d === undefined;
      checkUsages(name, usages, keyUsagesFor(isPublic ? 'public' : 'private', name, allowedUsages(name)), false);
      const kty = isRSA(name) ? 'RSA' : isEC(name) ? 'EC' : 'OKP';
      const use = name === 'RSA-OAEP' || name === 'ECDH' || name === 'X25519' ? 'enc' : 'sig';
      checkJwkCommon(jwk, kty, use, usages, extractable);
      if (kty === 'OKP' && jwk.crv !== name) {
        throw domError('JWK "crv" Parameter and algorithm name mismatch', 'DataError');
      }
      if (kty === 'EC' && jwk.crv !== algorithm.namedCurve) {
        throw domError('JWK "crv" does not match the requested algorithm', 'DataError');
      }
      if (jwk.alg !== undefined) {
        if (isRSA(name) && jwk.alg !== rsaJwkAlg(algorithm)) {
          throw domError('JWK "alg" does not match the requested algorithm', 'DataError');
        }
        if (name === 'ECDSA' && jwk.alg !== `ES${curveSizes[algorithm.namedCurve] === 66 ? 512 :
          algorithm.namedCurve.slice(2)}`) {
          throw domError('JWK "alg" does not match the requested algorithm', 'DataError');
        }
        if (name === 'Ed25519' && jwk.alg !== 'EdDSA' && jwk.alg !== 'Ed25519') {
          throw domError('JWK "alg" does not match the requested algorithm', 'DataError');
        }
      }
      try {
        const input = { key: jwk, format: 'jwk' };
        keyObject = isPublic ? c.createPublicKey(input) : c.createPrivateKey(input);
      } catch {
        throw domError('Invalid keyData', 'DataError');
      }
      break;
    }
    case 'raw': {
      if (isRSA(name)) throw domError(`Unable to import RSA key with format raw`, 'NotSupportedError');
      checkUsages(name, usages, keyUsagesFor('public', name, allowedUsages(name)), false);
      keyObject = rawPublicKey(name, algorithm.namedCurve, keyData);
      break;
    }
  }
  if (keyObject.asymmetricKeyType !== expectedKeyType(name)) throw domError('Invalid key type', 'DataError');
  if (isEC(name) && curveOf(keyObject) !== algorithm.namedCurve) throw domError('Named curve mismatch', 'DataError');
  return newCryptoKey(keyObject, asymmetricAlgorithm(algorithm, keyObject), extractable, usages);
}

function generatePair(algorithm, extractable, usages) {
  const { name } = algorithm;
  let type;
  let options;
  if (isRSA(name)) {
    checkUsages(name, usages, allowedUsages(name), true);
    const e = algorithm.publicExponent.reduce((acc, b) => acc * 256 + b, 0);
    type = 'rsa';
    options = { modulusLength: algorithm.modulusLength, publicExponent: e };
  } else if (isEC(name)) {
    if (!Object.hasOwn(curves, algorithm.namedCurve)) throw domError('Unrecognized namedCurve', 'NotSupportedError');
    checkUsages(name, usages, allowedUsages(name), true);
    type = 'ec';
    options = { namedCurve: curves[algorithm.namedCurve] };
  } else {
    checkUsages(name, usages, allowedUsages(name), true);
    type = name.toLowerCase();
  }
  return new Promise((resolve, reject) => {
    try {
      nodeCrypto().generateKeyPair(type, options, (err, publicKey, privateKey) => {
        if (err) return reject(operationFailed());
        // A generated pair's usages come in the spec's order, not the
        // caller's.
        const ordered = allowedUsages(name).filter((u) => usages.includes(u));
        const pub = newCryptoKey(publicKey, asymmetricAlgorithm(algorithm, publicKey), true,
          keyUsagesFor('public', name, ordered));
        const priv = newCryptoKey(privateKey, asymmetricAlgorithm(algorithm, privateKey), extractable,
          keyUsagesFor('private', name, ordered));
        // node lists the private key first for the OKP curves.
        const pair = type === 'rsa' || type === 'ec' ? { __proto__: null, publicKey: pub, privateKey: priv } :
          { __proto__: null, privateKey: priv, publicKey: pub };
        resolve(pair);
      });
    } catch {
      reject(operationFailed());
    }
  });
}

// ---------------------------------------------------------------------------
// SubtleCrypto's methods (W3C Web Crypto §14.3)

async function generateKey(...args) {
  checkArgCount('generateKey', args, 3);
  const [algorithm, extractableArg, usagesArg0] = args;
  const extractable = Boolean(extractableArg);
  const usages = usagesArg('generateKey', 2, usagesArg0);
  const alg = normalizeAlgorithm(algorithm, 'generateKey');
  let result;
  if (alg.name === 'HMAC' || alg.name.startsWith('AES')) {
    result = await afterJob(generateSecret(alg, extractable, usages));
    if (result.usages.length === 0) throw domError('Usages cannot be empty when creating a key.', 'SyntaxError');
  } else {
    result = await generatePair(alg, extractable, usages);
    if (result.privateKey.usages.length === 0) {
      throw domError('Usages cannot be empty when creating a key.', 'SyntaxError');
    }
  }
  return result;
}

function importKeyChecked(format, keyData, alg, extractable, usages) {
  const { name } = alg;
  const key = isRSA(name) || isEC(name) || name === 'Ed25519' || name === 'X25519' ?
    importAsymmetric(format, keyData, alg, extractable, usages) :
    importSecret(format, keyData, alg, extractable, usages);
  const { type } = key;
  if ((type === 'secret' || type === 'private') && key.usages.length === 0) {
    throw domError(`Usages cannot be empty when importing a ${type} key.`, 'SyntaxError');
  }
  return key;
}

async function importKey(...args) {
  checkArgCount('importKey', args, 4);
  const format = formatArg('importKey', args[0]);
  let keyData = args[1];
  if (format !== 'jwk') {
    keyData = bufferSourceArg('importKey', 1, keyData);
  } else if (typeof keyData !== 'object' || keyData === null) {
    throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_TYPE',
      `${prefix('importKey')}: 2nd argument is not of type JsonWebKey.`);
  }
  const extractable = Boolean(args[3]);
  const usages = usagesArg('importKey', 4, args[4]);
  const alg = normalizeAlgorithm(args[2], 'importKey');
  // node awaits the import of each algorithm family: one turn of microtasks.
  return await importKeyChecked(format, keyData, alg, extractable, usages);
}

// exportFailed names the format asked for, except for HMAC keys, where
// node's message always says raw.
function exportFailed(key, format) {
  const { name } = key.algorithm;
  return domError(`Unable to export a ${name === 'HMAC' ? 'raw' : format} ${name} ${key.type} key`,
    'InvalidAccessError');
}

function exportJwk(key) {
  const keyObject = keyObjectOf(key);
  const { name } = key.algorithm;
  const jwk = { key_ops: key.usages, ext: key.extractable };
  if (key.type === 'secret') {
    Object.assign(jwk, keyObject.export({ format: 'jwk' }));
    if (name === 'HMAC') jwk.alg = `HS${jwkHashSuffix(key.algorithm.hash)}`;
    else jwk.alg = `A${key.algorithm.length}${aesModes[name]}`;
    return jwk;
  }
  Object.assign(jwk, keyObject.export({ format: 'jwk' }));
  if (isRSA(name)) jwk.alg = rsaJwkAlg(key.algorithm);
  if (name === 'Ed25519') jwk.alg = 'Ed25519';
  return jwk;
}

function exportKeyChecked(format, key) {
  if (!key.extractable) throw domError('key is not extractable', 'InvalidAccessException');
  const keyObject = keyObjectOf(key);
  const { name } = key.algorithm;
  let bytes;
  switch (format) {
    case 'jwk':
      if (name === 'PBKDF2' || name === 'HKDF') throw exportFailed(key, format);
      return exportJwk(key);
    case 'raw':
      if (key.type === 'secret') {
        if (name === 'PBKDF2' || name === 'HKDF') throw exportFailed(key, format);
        bytes = keyObject.export();
      } else if (key.type === 'public' && !isRSA(name)) {
        const jwk = keyObject.export({ format: 'jwk' });
        bytes = isEC(name) ? Buffer.concat([Buffer.from([4]), b64urlBytes(jwk.x), b64urlBytes(jwk.y)]) :
          b64urlBytes(jwk.x);
      } else {
        throw exportFailed(key, format);
      }
      break;
    case 'spki':
      if (key.type !== 'public') throw exportFailed(key, format);
      bytes = keyObject.export({ format: 'der', type: 'spki' });
      break;
    case 'pkcs8':
      if (key.type !== 'private') throw exportFailed(key, format);
      bytes = keyObject.export({ format: 'der', type: 'pkcs8' });
      break;
  }
  return toArrayBuffer(bytes);
}

function toArrayBuffer(bytes) {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

async function exportKey(...args) {
  checkArgCount('exportKey', args, 2);
  const format = formatArg('exportKey', args[0]);
  const key = cryptoKeyArg('exportKey', 1, args[1]);
  // node exports in an async function of its own, whose promise this one
  // takes on: programs see the two turns of microtasks that costs.
  return (async () => exportKeyChecked(format, key))();
}

function checkKeyFor(usage, alg, key) {
  if (alg.name !== key.algorithm.name || !key.usages.includes(usage)) {
    throw domError(`Unable to use this key to ${usage}`, 'InvalidAccessError');
  }
}

function signOrVerify(op, alg, key, data, signature) {
  checkKeyFor(op, alg, key);
  const c = nodeCrypto();
  const keyObject = keyObjectOf(key);
  if (alg.name === 'HMAC') {
    const mac = c.createHmac(nodeHash(key.algorithm.hash), keyObject).update(data).digest();
    if (op === 'sign') return toArrayBuffer(mac);
    return mac.length === signature.length && c.timingSafeEqual(mac, signature);
  }
  let hash = null;
  const options = { key: keyObject };
  switch (alg.name) {
    case 'RSASSA-PKCS1-v1_5':
      hash = nodeHash(key.algorithm.hash);
      options.padding = c.constants.RSA_PKCS1_PADDING;
      break;
    case 'RSA-PSS':
      hash = nodeHash(key.algorithm.hash);
      options.padding = c.constants.RSA_PKCS1_PSS_PADDING;
      options.saltLength = alg.saltLength;
      break;
    case 'ECDSA': {
      hash = nodeHash(alg.hash);
      options.dsaEncoding = 'ieee-p1363';
      // A signature of the wrong size is simply invalid (§23.4).
      if (op === 'verify' && signature.length !== 2 * curveSizes[key.algorithm.namedCurve]) return false;
      break;
    }
  }
  try {
    if (op === 'sign') return toArrayBuffer(c.sign(hash, data, options));
    return c.verify(hash, data, options, signature);
  } catch {
    throw operationFailed();
  }
}

async function sign(...args) {
  checkArgCount('sign', args, 3);
  const key = cryptoKeyArg('sign', 1, args[1]);
  const data = bufferSourceArg('sign', 2, args[2]);
  const alg = normalizeAlgorithm(args[0], 'sign');
  return afterJob(signOrVerify('sign', alg, key, data));
}

async function verify(...args) {
  checkArgCount('verify', args, 4);
  const key = cryptoKeyArg('verify', 1, args[1]);
  const signature = bufferSourceArg('verify', 2, args[2]);
  const data = bufferSourceArg('verify', 3, args[3]);
  const alg = normalizeAlgorithm(args[0], 'verify');
  return afterJob(signOrVerify('verify', alg, key, data, signature));
}

function aesCipherName(key, mode) {
  return `aes-${key.algorithm.length}-${mode}`;
}

// aesCtr runs AES-CTR with only the counter block's low `length` bits
// counting, as the spec has it: past their last value they wrap to zero
// and the bits above stay, where a plain CTR cipher would carry into them.
function aesCtr(key, alg, data) {
  const c = nodeCrypto();
  const keyObject = keyObjectOf(key);
  const counter = alg.counter;
  const length = alg.length;
  let low = 0n;
  for (const b of counter) low = (low << 8n) | BigInt(b);
  const mask = (1n << BigInt(length)) - 1n;
  // A counter value used twice would repeat the key stream.
  if (BigInt(Math.ceil(data.length / 16)) > mask + 1n) throw operationFailed();
  const blocksLeft = mask - (low & mask) + 1n;
  const bytesLeft = blocksLeft * 16n;
  const run = (ctrBlock, part) => {
    const cipher = c.createCipheriv(aesCipherName(key, 'ctr'), keyObject, ctrBlock);
    return Buffer.concat([cipher.update(part), cipher.final()]);
  };
  if (BigInt(data.length) <= bytesLeft) return run(counter, data);
  const first = Number(bytesLeft);
  const wrapped = (low & ~mask) & ((1n << 128n) - 1n);
  const next = Buffer.from(wrapped.toString(16).padStart(32, '0'), 'hex');
  return Buffer.concat([run(counter, data.subarray(0, first)), aesCtr(key, { counter: next, length }, data.subarray(first))]);
}

const gcmTagLengths = [32, 64, 96, 104, 112, 120, 128];

function aesCrypt(op, key, alg, data) {
  const c = nodeCrypto();
  const keyObject = keyObjectOf(key);
  const decrypt = op === 'decrypt';
  switch (alg.name) {
    case 'AES-CTR':
      if (alg.counter.length !== 16) throw domError('algorithm.counter must contain exactly 16 bytes', 'OperationError');
      if (alg.length === 0 || alg.length > 128) {
        throw domError('AES-CTR algorithm.length must be between 1 and 128', 'OperationError');
      }
      return aesCtr(key, alg, data);
    case 'AES-CBC': {
      if (alg.iv.length !== 16) throw domError('algorithm.iv must contain exactly 16 bytes', 'OperationError');
      try {
        const cipher = (decrypt ? c.createDecipheriv : c.createCipheriv)(aesCipherName(key, 'cbc'), keyObject, alg.iv);
        return Buffer.concat([cipher.update(data), cipher.final()]);
      } catch {
        throw operationFailed();
      }
    }
    case 'AES-GCM': {
      const tagLength = alg.tagLength ?? 128;
      if (!gcmTagLengths.includes(tagLength)) {
        throw domError(`${tagLength} is not a valid AES-GCM tag length`, 'OperationError');
      }
      const tagBytes = tagLength / 8;
      if (decrypt && data.length < tagBytes) throw domError('The provided data is too small.', 'OperationError');
      // node's createCipheriv takes shorter IVs, but its Web Crypto does not.
      if (alg.iv.length < 12) throw operationFailed();
      try {
        const options = { authTagLength: tagBytes };
        const name = aesCipherName(key, 'gcm');
        if (decrypt) {
          const decipher = c.createDecipheriv(name, keyObject, alg.iv, options);
          decipher.setAuthTag(data.subarray(data.length - tagBytes));
          if (alg.additionalData !== undefined) decipher.setAAD(alg.additionalData);
          return Buffer.concat([decipher.update(data.subarray(0, data.length - tagBytes)), decipher.final()]);
        }
        const cipher = c.createCipheriv(name, keyObject, alg.iv, options);
        if (alg.additionalData !== undefined) cipher.setAAD(alg.additionalData);
        return Buffer.concat([cipher.update(data), cipher.final(), cipher.getAuthTag()]);
      } catch {
        throw operationFailed();
      }
    }
  }
}

// aesKW is RFC 3394's key wrap over the AES block function (AES-ECB on one
// block at a time), with its default initial value.
function aesKW(op, key, data) {
  if (data.length % 8 !== 0 || data.length < (op === 'wrapKey' ? 16 : 24)) throw operationFailed();
  const c = nodeCrypto();
  const keyObject = keyObjectOf(key);
  const name = aesCipherName(key, 'ecb');
  const block = (decrypt, input) => {
    const cipher = (decrypt ? c.createDecipheriv : c.createCipheriv)(name, keyObject, null);
    cipher.setAutoPadding(false);
    return cipher.update(input);
  };
  const iv = Buffer.alloc(8, 0xa6);
  const xorT = (a, t) => {
    for (let i = 7; i >= 0 && t > 0; i--, t = Math.floor(t / 256)) a[i] ^= t & 0xff;
  };
  if (op === 'wrapKey') {
    const n = data.length / 8;
    const r = [];
    for (let i = 0; i < n; i++) r.push(Buffer.from(data.subarray(i * 8, i * 8 + 8)));
    let a = Buffer.from(iv);
    for (let j = 0; j <= 5; j++) {
      for (let i = 0; i < n; i++) {
        const b = block(false, Buffer.concat([a, r[i]]));
        a = Buffer.from(b.subarray(0, 8));
        xorT(a, n * j + i + 1);
        r[i] = Buffer.from(b.subarray(8));
      }
    }
    return Buffer.concat([a, ...r]);
  }
  const n = data.length / 8 - 1;
  let a = Buffer.from(data.subarray(0, 8));
  const r = [];
  for (let i = 0; i < n; i++) r.push(Buffer.from(data.subarray(8 + i * 8, 16 + i * 8)));
  for (let j = 5; j >= 0; j--) {
    for (let i = n - 1; i >= 0; i--) {
      xorT(a, n * j + i + 1);
      const b = block(true, Buffer.concat([a, r[i]]));
      a = Buffer.from(b.subarray(0, 8));
      r[i] = Buffer.from(b.subarray(8));
    }
  }
  if (!c.timingSafeEqual(a, iv)) throw operationFailed();
  return Buffer.concat(r);
}

function rsaOaep(op, key, alg, data) {
  const c = nodeCrypto();
  const options = {
    key: keyObjectOf(key), padding: c.constants.RSA_PKCS1_OAEP_PADDING, oaepHash: nodeHash(key.algorithm.hash),
  };
  if (alg.label !== undefined && alg.label.length > 0) options.oaepLabel = alg.label;
  try {
    return op === 'encrypt' ? c.publicEncrypt(options, data) : c.privateDecrypt(options, data);
  } catch {
    throw operationFailed();
  }
}

// cipher runs encrypt or decrypt (usage is the operation the key must
// allow: encrypt, decrypt, wrapKey or unwrapKey).
function cipher(usage, alg, key, data) {
  checkKeyFor(usage, alg, key);
  const op = usage === 'encrypt' || usage === 'wrapKey' ? 'encrypt' : 'decrypt';
  if (alg.name === 'AES-KW') return toArrayBuffer(aesKW(usage, key, data));
  if (alg.name === 'RSA-OAEP') return toArrayBuffer(rsaOaep(op, key, alg, data));
  return toArrayBuffer(aesCrypt(op, key, alg, data));
}

async function encrypt(...args) {
  checkArgCount('encrypt', args, 3);
  const key = cryptoKeyArg('encrypt', 1, args[1]);
  const data = bufferSourceArg('encrypt', 2, args[2]);
  const alg = normalizeAlgorithm(args[0], 'encrypt');
  return afterJob(cipher('encrypt', alg, key, data));
}

async function decrypt(...args) {
  checkArgCount('decrypt', args, 3);
  const key = cryptoKeyArg('decrypt', 1, args[1]);
  const data = bufferSourceArg('decrypt', 2, args[2]);
  const alg = normalizeAlgorithm(args[0], 'decrypt');
  return afterJob(cipher('decrypt', alg, key, data));
}

function checkLength(length) {
  if (length === null) throw domError('length cannot be null', 'OperationError');
  if (length % 8) throw domError('length must be a multiple of 8', 'OperationError');
}

// deriveBitsChecked derives length bits (null: all that the algorithm
// gives, where it has a natural length) from baseKey.
function deriveBitsChecked(alg, baseKey, length) {
  const c = nodeCrypto();
  const keyObject = keyObjectOf(baseKey);
  switch (alg.name) {
    case 'PBKDF2':
      checkLength(length);
      if (alg.iterations === 0) throw domError('iterations cannot be zero', 'OperationError');
      try {
        return toArrayBuffer(c.pbkdf2Sync(keyObject.export(), alg.salt, alg.iterations, length / 8, nodeHash(alg.hash)));
      } catch {
        throw operationFailed();
      }
    case 'HKDF':
      checkLength(length);
      try {
        return c.hkdfSync(nodeHash(alg.hash), keyObject, alg.salt, alg.info, length / 8);
      } catch {
        throw operationFailed();
      }
  }
  // ECDH and X25519.
  const pub = alg.public;
  if (pub.type !== 'public') throw domError('algorithm.public must be a public key', 'InvalidAccessError');
  if (pub.algorithm.name !== baseKey.algorithm.name) {
    throw domError('The public and private keys must be of the same type', 'InvalidAccessError');
  }
  if (alg.name === 'ECDH' && pub.algorithm.namedCurve !== baseKey.algorithm.namedCurve) {
    throw domError('Named curve mismatch', 'InvalidAccessError');
  }
  let secret;
  try {
    secret = c.diffieHellman({ privateKey: keyObject, publicKey: keyObjectOf(pub) });
  } catch {
    throw operationFailed();
  }
  if (length === null || length === undefined) return toArrayBuffer(secret);
  const bytes = Math.ceil(length / 8);
  if (bytes > secret.length) throw domError('derived bit length is too small', 'OperationError');
  const out = Buffer.from(secret.subarray(0, bytes));
  if (length % 8) out[bytes - 1] &= 0xff << (8 - (length % 8));
  return toArrayBuffer(out);
}

function checkDeriveKey(usage, alg, baseKey) {
  if (alg.name !== baseKey.algorithm.name) throw domError('Key algorithm mismatch', 'InvalidAccessError');
  if (!baseKey.usages.includes(usage)) throw domError(`baseKey does not have ${usage} usage`, 'InvalidAccessError');
}

async function deriveBits(...args) {
  checkArgCount('deriveBits', args, 2);
  const baseKey = cryptoKeyArg('deriveBits', 1, args[1]);
  let length = args[2];
  if (length !== undefined && length !== null) length = enforceRangeArg('deriveBits', 2, length);
  const alg = normalizeAlgorithm(args[0], 'deriveBits');
  checkDeriveKey('deriveBits', alg, baseKey);
  return afterJob(deriveBitsChecked(alg, baseKey, length ?? null));
}

function enforceRangeArg(method, index, value) {
  const n = Number(value);
  if (!Number.isFinite(n) || Math.trunc(n) < 0 || Math.trunc(n) > 4294967295) {
    throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
      `${prefix(method)}: ${ordinals[index]} argument is outside the expected range of 0 to 4294967295.`);
  }
  return Math.trunc(n);
}

// keyLength is the spec's "get key length" for deriveKey's derived key
// type: null where the type has no length of its own.
function keyLength(alg) {
  if (alg.name === 'HMAC') {
    if (alg.length === 0) throw domError('Zero-length key is not supported', 'OperationError');
    return alg.length ?? hmacBlockBits(alg.hash);
  }
  if (alg.name.startsWith('AES')) {
    if (![128, 192, 256].includes(alg.length)) {
      throw domError('AES key length must be 128, 192, or 256 bits', 'OperationError');
    }
    return alg.length;
  }
  return null;
}

async function deriveKey(...args) {
  checkArgCount('deriveKey', args, 5);
  const baseKey = cryptoKeyArg('deriveKey', 1, args[1]);
  const extractable = Boolean(args[3]);
  const usages = usagesArg('deriveKey', 4, args[4]);
  const alg = normalizeAlgorithm(args[0], 'deriveBits');
  const derivedType = normalizeAlgorithm(args[2], 'get key length');
  const importAlg = normalizeAlgorithm(args[2], 'importKey');
  checkDeriveKey('deriveKey', alg, baseKey);
  const bits = await afterJob(deriveBitsChecked(alg, baseKey, keyLength(derivedType)));
  return importKeyChecked('raw', Buffer.from(bits), importAlg, extractable, usages);
}

function wrapAlgorithm(algorithm, op) {
  try {
    return normalizeAlgorithm(algorithm, op);
  } catch (err) {
    if (err?.name !== 'NotSupportedError') throw err;
    return normalizeAlgorithm(algorithm, op === 'wrapKey' ? 'encrypt' : 'decrypt');
  }
}

async function wrapKey(...args) {
  checkArgCount('wrapKey', args, 4);
  const format = formatArg('wrapKey', args[0]);
  const key = cryptoKeyArg('wrapKey', 1, args[1]);
  const wrappingKey = cryptoKeyArg('wrapKey', 2, args[2]);
  const alg = wrapAlgorithm(args[3], 'wrapKey');
  checkKeyFor('wrapKey', alg, wrappingKey);
  const exported = exportKeyChecked(format, key);
  let bytes;
  if (format === 'jwk') {
    let json = JSON.stringify(exported);
    // AES-KW wraps whole 8-byte blocks; JSON allows trailing spaces.
    if (alg.name === 'AES-KW') json += ' '.repeat((8 - (Buffer.byteLength(json) % 8)) % 8);
    bytes = Buffer.from(json);
  } else {
    bytes = Buffer.from(exported);
  }
  return cipher('wrapKey', alg, wrappingKey, bytes);
}

async function unwrapKey(...args) {
  checkArgCount('unwrapKey', args, 7);
  const format = formatArg('unwrapKey', args[0]);
  const wrapped = bufferSourceArg('unwrapKey', 1, args[1]);
  const unwrappingKey = cryptoKeyArg('unwrapKey', 2, args[2]);
  const extractable = Boolean(args[5]);
  const usages = usagesArg('unwrapKey', 6, args[6]);
  const alg = wrapAlgorithm(args[3], 'unwrapKey');
  const keyAlg = normalizeAlgorithm(args[4], 'importKey');
  checkKeyFor('unwrapKey', alg, unwrappingKey);
  const bytes = Buffer.from(cipher('unwrapKey', alg, unwrappingKey, wrapped));
  let keyData = bytes;
  if (format === 'jwk') {
    try {
      keyData = JSON.parse(bytes.toString());
    } catch {
      throw domError('Invalid keyData', 'DataError');
    }
  }
  return importKeyChecked(format, keyData, keyAlg, extractable, usages);
}

const { webcrypto } = nodeCrypto();

module.exports = {
  Crypto: webcrypto.constructor,
  SubtleCrypto: webcrypto.subtle.constructor,
  CryptoKey,
  isCryptoKey,
  keyObjectOf,
  encrypt,
  decrypt,
  sign,
  verify,
  generateKey,
  deriveKey,
  deriveBits,
  importKey,
  exportKey,
  wrapKey,
  unwrapKey,
};
