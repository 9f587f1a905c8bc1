// crypto's keys and what uses them: KeyObject and its create functions,
// generateKeyPair, sign and verify (one-shot and the Sign and Verify
// streams), RSA encryption and diffieHellman. The key material lives in
// the KeyObject's handle as DER (PKCS#8 private, SPKI public) or as the
// secret's bytes; crypto_keys.go parses it for each operation. The
// argument checks follow node's lib/internal/crypto/keys.js and sig.js
// order, since programs see which error comes first.

const { Buffer } = require('buffer');

const kKeyType = Symbol('kKeyType');
const kHandle = Symbol('kHandle');
const kAsymmetricKeyType = Symbol('kAsymmetricKeyType');

const bufferTypes = 'an instance of ArrayBuffer, Buffer, TypedArray, or DataView';
const binaryTypes = 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView';
const keyTypes = 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey';

const RSA_PKCS1_PADDING = 1;

// ---------------------------------------------------------------------------
// Errors and argument checks

function invalidArgValue(name, value, reason) {
  const what = name.includes('.') ? 'property' : 'argument';
  return binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
    `The ${what} '${name}' ${reason || 'is invalid'}. Received ${binding.inspect(value)}`);
}

function invalidKeyObjectType(actual, expected) {
  return binding.nodeError('TypeError', 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE',
    `Invalid key object type ${actual}, expected ${expected}.`);
}

function incompatibleKeyOptions(type, reason) {
  return binding.nodeError('Error', 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', `The selected key encoding ${type} ${reason}.`);
}

function signKeyRequired() {
  return binding.nodeError('Error', 'ERR_CRYPTO_SIGN_KEY_REQUIRED', 'No key provided to sign');
}

function validateObject(value, name) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw binding.invalidArgType(name, 'of type object', value);
  }
}

function validateString(value, name) {
  if (typeof value !== 'string') throw binding.invalidArgType(name, 'of type string', value);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw binding.invalidArgType(name, 'of type function', value);
}

function validateUint32(value, name) {
  if (typeof value !== 'number') throw binding.invalidArgType(name, 'of type number', value);
  const range = (r) => binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE',
    `The value of "${name}" is out of range. It must be ${r}. Received ${binding.inspect(value)}`);
  if (!Number.isInteger(value)) throw range('an integer');
  if (value < 0 || value > 4294967295) throw range('>= 0 && <= 4294967295');
}

function isAnyArrayBuffer(v) {
  const tag = Object.prototype.toString.call(v);
  return tag === '[object ArrayBuffer]' || tag === '[object SharedArrayBuffer]';
}

function isStringOrBuffer(v) {
  return typeof v === 'string' || ArrayBuffer.isView(v) || isAnyArrayBuffer(v);
}

// bytesOf is node's getArrayBufferOrView: a view of the bytes of a string
// (in encoding), ArrayBuffer or view.
function bytesOf(value, name, encoding) {
  if (isAnyArrayBuffer(value)) return new Uint8Array(value);
  if (typeof value === 'string') {
    if (encoding === 'buffer' || encoding === undefined) encoding = 'utf8';
    return Buffer.from(value, encoding);
  }
  if (!ArrayBuffer.isView(value)) throw binding.invalidArgType(name, binaryTypes, value);
  return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
}

function asBuffer(u8) {
  return Buffer.from(u8.buffer, u8.byteOffset, u8.length);
}

// ---------------------------------------------------------------------------
// KeyObject

// KeyHandle holds a key's bytes; only this file makes them, so a
// KeyObject cannot be built from a look-alike.
class KeyHandle {
  constructor(bytes, asymmetricKeyType) {
    this.bytes = bytes;
    this.asymmetricKeyType = asymmetricKeyType;
    this.details = undefined;
  }
}

// cryptoKeyObject is the KeyObject inside a CryptoKey, undefined for
// anything else. internal/webcrypto sets it when it loads: before that no
// CryptoKey exists, and crypto does not load Web Crypto for the check.
let cryptoKeyObject = () => undefined;

function registerCryptoKeys(keyObjectOf) {
  cryptoKeyObject = keyObjectOf;
}

class KeyObject {
  static from(key) {
    const keyObject = cryptoKeyObject(key);
    if (keyObject === undefined) throw binding.invalidArgType('key', 'an instance of CryptoKey', key);
    return keyObject;
  }

  constructor(type, handle) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') throw invalidArgValue('type', type);
    if (!(handle instanceof KeyHandle)) throw binding.invalidArgType('handle', 'of type object', handle);
    this[kKeyType] = type;
    Object.defineProperty(this, kHandle, { value: handle, enumerable: false, configurable: false, writable: false });
  }

  get type() {
    return this[kKeyType];
  }

  equals(otherKeyObject) {
    if (!isKeyObject(otherKeyObject)) {
      throw binding.invalidArgType('otherKeyObject', 'an instance of KeyObject', otherKeyObject);
    }
    if (otherKeyObject.type !== this.type) return false;
    const a = this[kHandle].bytes;
    const b = otherKeyObject[kHandle].bytes;
    return a.length === b.length && a.every((x, i) => x === b[i]);
  }
}

Object.defineProperty(KeyObject.prototype, Symbol.toStringTag, { value: 'KeyObject', configurable: true });

function isKeyObject(v) {
  return v instanceof KeyObject && Object.prototype.hasOwnProperty.call(v, kHandle);
}

class SecretKeyObject extends KeyObject {
  constructor(handle) {
    super('secret', handle);
  }

  get symmetricKeySize() {
    return this[kHandle].bytes.length;
  }

  export(options) {
    if (options !== undefined) {
      validateObject(options, 'options');
      const { format } = options;
      if (format === 'jwk') return { kty: 'oct', k: asBuffer(this[kHandle].bytes).toString('base64url') };
      if (format !== undefined && format !== 'buffer') {
        throw invalidArgValue('options.format', format, "must be one of: undefined, 'buffer', 'jwk'");
      }
    }
    return Buffer.from(this[kHandle].bytes);
  }
}

// The type is cached on the object on first use, an own property that
// shows in inspection, as in node.
class AsymmetricKeyObject extends KeyObject {
  get asymmetricKeyType() {
    return this[kAsymmetricKeyType] || (this[kAsymmetricKeyType] = this[kHandle].asymmetricKeyType);
  }

  get asymmetricKeyDetails() {
    const handle = this[kHandle];
    const type = this.asymmetricKeyType;
    if (type !== 'rsa' && type !== 'ec') return {};
    if (handle.details === undefined) handle.details = binding.keyDetails(this.type, handle.bytes);
    return handle.details;
  }
}

class PublicKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('public', handle);
  }

  export(options) {
    if (options && options.format === 'jwk') return jwkExport(this);
    const { format, type } = parseKeyEncoding(options, this.asymmetricKeyType, true);
    return exported(binding.keyExport('public', this[kHandle].bytes, type, format === 'pem'));
  }
}

class PrivateKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('private', handle);
  }

  export(options) {
    if (options && options.format === 'jwk') {
      if (options.passphrase !== undefined) {
        throw binding.nodeError('Error', 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS',
          'The selected key encoding jwk does not support encryption.');
      }
      return jwkExport(this);
    }
    const { format, type, cipher, passphrase } = parseKeyEncoding(options, this.asymmetricKeyType, false);
    return exported(binding.keyExport('private', this[kHandle].bytes, type, format === 'pem', cipher ?? undefined,
      passphrase));
  }
}

// jwkExport is export({ format: 'jwk' }); JWK names only three of the
// curves.
function jwkExport(key) {
  const handle = key[kHandle];
  if (handle.asymmetricKeyType === 'ec') {
    const { namedCurve } = key.asymmetricKeyDetails;
    if (!['prime256v1', 'secp384r1', 'secp521r1'].includes(namedCurve)) {
      throw binding.codedError('Error', 'ERR_CRYPTO_JWK_UNSUPPORTED_CURVE', `Unsupported JWK EC curve: ${namedCurve}.`);
    }
  }
  return binding.keyExportJWK(key.type, handle.bytes);
}

function exported(v) {
  return typeof v === 'string' ? v : asBuffer(v);
}

// parseKeyEncoding checks export options (keyType given) or input options
// (keyType undefined) as node's function of that name; objName prefixes
// the option names in messages (generateKeyPair's publicKeyEncoding).
function parseKeyEncoding(enc, keyType, isPublic, objName) {
  validateObject(enc, 'options');
  const option = (name) => (objName === undefined ? `options.${name}` : `options.${objName}.${name}`);
  const isInput = keyType === undefined;
  let format = enc.format;
  if (format === undefined && isInput) format = 'pem';
  else if (format !== 'pem' && format !== 'der' && format !== 'jwk') throw invalidArgValue(option('format'), format);
  const required = (!isInput || format === 'der') && format !== 'jwk';
  const type = enc.type;
  if (type === undefined && !required) {
    // Optional: PEM carries its own type.
  } else if (type === 'pkcs1') {
    if (keyType !== undefined && keyType !== 'rsa') throw incompatibleKeyOptions(type, 'can only be used for RSA keys');
  } else if (type === 'sec1' && isPublic !== true) {
    if (keyType !== undefined && keyType !== 'ec') throw incompatibleKeyOptions(type, 'can only be used for EC keys');
  } else if (!((type === 'spki' && isPublic !== false) || (type === 'pkcs8' && isPublic !== true))) {
    throw invalidArgValue(option('type'), type);
  }
  let cipher;
  let passphrase;
  if (isPublic !== true) {
    ({ cipher, passphrase } = enc);
    if (!isInput) {
      if (cipher != null) {
        if (typeof cipher !== 'string') throw invalidArgValue(option('cipher'), cipher);
        if (format === 'der' && (type === 'pkcs1' || type === 'sec1')) {
          throw incompatibleKeyOptions(type, 'does not support encryption');
        }
      } else if (passphrase !== undefined) {
        throw invalidArgValue(option('cipher'), cipher);
      }
    }
    if ((isInput && passphrase !== undefined && !isStringOrBuffer(passphrase)) ||
        (!isInput && cipher != null && !isStringOrBuffer(passphrase))) {
      throw invalidArgValue(option('passphrase'), passphrase);
    }
    if (passphrase !== undefined) passphrase = bytesOf(passphrase, 'key.passphrase', enc.encoding);
  }
  return { format, type, cipher, passphrase };
}

// The contexts of prepareAsymmetricKey: which kinds of key a caller takes.
const kConsumePublic = 0;
const kConsumePrivate = 1;
const kCreatePublic = 2;
const kCreatePrivate = 3;

function keyObjectHandle(key, ctx) {
  if (ctx === kCreatePrivate) throw binding.invalidArgType('key', binaryTypes, key);
  if (key.type !== 'private') {
    if (ctx === kConsumePrivate || ctx === kCreatePublic) throw invalidKeyObjectType(key.type, 'private');
    if (key.type !== 'public') throw invalidKeyObjectType(key.type, 'private or public');
  }
  return key;
}

// prepareAsymmetricKey reads a key argument: a KeyObject, PEM, or an
// object of options ({ key, format, type, passphrase, encoding }). It
// returns a KeyObject, or the input for binding.keyImport.
function prepareAsymmetricKey(key, ctx) {
  key = cryptoKeyObject(key) ?? key;
  if (isKeyObject(key)) return { keyObject: keyObjectHandle(key, ctx) };
  if (isStringOrBuffer(key)) return { format: 'pem', data: bytesOrString(key, 'key') };
  if (typeof key === 'object' && key !== null) {
    const { encoding, format } = key;
    const data = cryptoKeyObject(key.key) ?? key.key;
    if (isKeyObject(data)) return { keyObject: keyObjectHandle(data, ctx) };
    if (format === 'jwk') {
      validateObject(data, 'key.key');
      return { jwk: data };
    }
    const isPublic = ctx === kConsumePrivate || ctx === kCreatePrivate ? false : undefined;
    if (!isStringOrBuffer(data)) {
      throw binding.invalidArgType('key.key', ctx === kCreatePrivate ? binaryTypes : keyTypes, data);
    }
    return { data: bytesOrString(data, 'key', encoding), ...parseKeyEncoding(key, undefined, isPublic) };
  }
  throw binding.invalidArgType('key', ctx === kCreatePrivate ? binaryTypes : keyTypes, key);
}

// bytesOrString keeps a UTF-8 string a string (Go reads it directly).
function bytesOrString(value, name, encoding) {
  if (typeof value === 'string' && (encoding === undefined || encoding === 'utf8' || encoding === 'utf-8')) return value;
  return bytesOf(value, name, encoding);
}

// checkJWK checks a JWK's members as node does before it reads the key;
// a public key is read from a private key's JWK too.
function checkJWK(jwk, isPublic) {
  const { kty } = jwk;
  if (kty !== 'RSA' && kty !== 'EC' && kty !== 'OKP') {
    throw invalidArgValue('key.kty', kty, "must be one of: 'RSA', 'EC', 'OKP'");
  }
  if (kty === 'OKP') {
    validateString(jwk.crv, 'key.crv');
    if (!['Ed25519', 'Ed448', 'X25519', 'X448'].includes(jwk.crv)) {
      throw invalidArgValue('key.crv', jwk.crv, "must be one of: 'Ed25519', 'Ed448', 'X25519', 'X448'");
    }
    validateString(jwk.x, 'key.x');
    if (!isPublic) validateString(jwk.d, 'key.d');
    if (jwk.crv === 'Ed448' || jwk.crv === 'X448') {
      throw binding.nodeError('Error', 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
        `${jwk.crv} keys are not available in Kiln (Go has no Curve448)`);
    }
    if (Buffer.from(isPublic ? jwk.x : jwk.d, 'base64').byteLength !== 32) {
      throw binding.nodeError('TypeError', 'ERR_CRYPTO_INVALID_JWK', 'Invalid JWK data');
    }
    return;
  }
  if (kty === 'EC') {
    validateString(jwk.crv, 'key.crv');
    if (!['P-256', 'secp256k1', 'P-384', 'P-521'].includes(jwk.crv)) {
      throw invalidArgValue('key.crv', jwk.crv, "must be one of: 'P-256', 'secp256k1', 'P-384', 'P-521'");
    }
    validateString(jwk.x, 'key.x');
    validateString(jwk.y, 'key.y');
    if (!isPublic) validateString(jwk.d, 'key.d');
    return;
  }
  validateString(jwk.n, 'key.n');
  validateString(jwk.e, 'key.e');
  if (!isPublic) {
    for (const m of ['d', 'p', 'q', 'dp', 'dq', 'qi']) validateString(jwk[m], `key.${m}`);
  }
}

function importKey(prepared, wantPrivate) {
  if (prepared.jwk !== undefined) {
    checkJWK(prepared.jwk, !wantPrivate);
    return binding.keyImportJWK(prepared.jwk, wantPrivate);
  }
  if (prepared.format === 'der' && prepared.type === undefined) throw invalidArgValue('options.type', undefined);
  return binding.keyImport(prepared.data, prepared.format, prepared.type, prepared.passphrase, wantPrivate);
}

function wrap(kind, der, asymmetricKeyType) {
  const handle = new KeyHandle(der, asymmetricKeyType);
  return kind === 'private' ? new PrivateKeyObject(handle) : new PublicKeyObject(handle);
}

// publicKeyOf is a public KeyObject for any key argument verify or
// publicEncrypt take (a private key gives its public half).
function publicKeyOf(key, ctx) {
  const prepared = prepareAsymmetricKey(key, ctx);
  if (prepared.keyObject !== undefined) {
    const k = prepared.keyObject;
    if (k.type === 'public') return k;
    return wrap('public', binding.keyPublic(k[kHandle].bytes), k[kHandle].asymmetricKeyType);
  }
  const [kind, der, type] = importKey(prepared, false);
  return wrap(kind, der, type);
}

function privateKeyOf(key, ctx) {
  const prepared = prepareAsymmetricKey(key, ctx);
  if (prepared.keyObject !== undefined) return prepared.keyObject;
  const [kind, der, type] = importKey(prepared, true);
  return wrap(kind, der, type);
}

function createPublicKey(key) {
  return publicKeyOf(key, kCreatePublic);
}

function createPrivateKey(key) {
  return privateKeyOf(key, kCreatePrivate);
}

// prepareSecretKey is a secret key argument's bytes: a string (in
// encoding), a buffer or view, or (unless bufferOnly) a secret KeyObject.
// The ciphers take their keys through it too.
function prepareSecretKey(key, encoding, bufferOnly = false) {
  if (!bufferOnly) key = cryptoKeyObject(key) ?? key;
  if (!bufferOnly && isKeyObject(key)) {
    if (key.type !== 'secret') throw invalidKeyObjectType(key.type, 'secret');
    return key[kHandle].bytes;
  }
  if (!isStringOrBuffer(key)) {
    throw binding.invalidArgType('key', bufferOnly ? bufferTypes : keyTypes, key);
  }
  return bytesOf(key, 'key', encoding);
}

function createSecretKey(key, encoding) {
  const bytes = prepareSecretKey(key, encoding, true);
  return new SecretKeyObject(new KeyHandle(new Uint8Array(bytes), undefined));
}

// ---------------------------------------------------------------------------
// Key pair generation

function keyPairEncoding(keyType, options = {}) {
  const { publicKeyEncoding, privateKeyEncoding } = options;
  let pub;
  if (publicKeyEncoding != null) {
    if (typeof publicKeyEncoding !== 'object') throw invalidArgValue('options.publicKeyEncoding', publicKeyEncoding);
    pub = parseKeyEncoding(publicKeyEncoding, keyType, true, 'publicKeyEncoding');
  }
  let priv;
  if (privateKeyEncoding != null) {
    if (typeof privateKeyEncoding !== 'object') throw invalidArgValue('options.privateKeyEncoding', privateKeyEncoding);
    priv = parseKeyEncoding(privateKeyEncoding, keyType, false, 'privateKeyEncoding');
  }
  return [pub, priv];
}

// keyPairArgs checks generateKeyPair's type and options and returns the
// natives' arguments and the encodings of the results.
function keyPairArgs(type, options) {
  validateString(type, 'type');
  const encodings = keyPairEncoding(type, options);
  if (options !== undefined) validateObject(options, 'options');
  switch (type) {
    case 'rsa': {
      validateObject(options, 'options');
      const { modulusLength } = options;
      validateUint32(modulusLength, 'options.modulusLength');
      let { publicExponent } = options;
      if (publicExponent == null) publicExponent = 0x10001;
      else validateUint32(publicExponent, 'options.publicExponent');
      return [[type, modulusLength, publicExponent, ''], encodings];
    }
    case 'ec': {
      validateObject(options, 'options');
      const { namedCurve, paramEncoding } = options;
      validateString(namedCurve, 'options.namedCurve');
      if (paramEncoding != null && paramEncoding !== 'named') {
        throw invalidArgValue('options.paramEncoding', paramEncoding);
      }
      if (binding.curveName(namedCurve) === undefined) {
        throw binding.codedError('TypeError', 'ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name');
      }
      return [[type, 0, 0, namedCurve], encodings];
    }
    case 'ed25519':
    case 'x25519':
      return [[type, 0, 0, ''], encodings];
  }
  throw invalidArgValue('type', type, 'must be a supported key type');
}

function encodeGenerated(kind, der, asymmetricKeyType, enc) {
  const key = wrap(kind, der, asymmetricKeyType);
  return enc === undefined ? key : key.export(enc);
}

function generated(type, [pubEnc, privEnc], pub, priv) {
  return {
    publicKey: encodeGenerated('public', pub, type, pubEnc),
    privateKey: encodeGenerated('private', priv, type, privEnc),
  };
}

function generateKeyPairSync(type, options) {
  const [args, encodings] = keyPairArgs(type, options);
  const [pub, priv] = binding.keyGenerate(...args);
  return generated(type, encodings, pub, priv);
}

function generateKeyPair(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const [args, encodings] = keyPairArgs(type, options);
  binding.keyGenerate(...args, (err, pub, priv) => {
    if (err) return callback(err);
    let keys;
    try {
      keys = generated(type, encodings, pub, priv);
    } catch (e) {
      return callback(e);
    }
    callback(null, keys.publicKey, keys.privateKey);
  });
}

// ---------------------------------------------------------------------------
// Signatures

function intOption(name, options) {
  const value = options[name];
  if (value !== undefined) {
    if (value === value >> 0) return value;
    throw invalidArgValue(`options.${name}`, value);
  }
  return undefined;
}

function dsaEncodingOf(options) {
  if (typeof options === 'object') {
    const { dsaEncoding = 'der' } = options;
    if (dsaEncoding === 'der') return false;
    if (dsaEncoding === 'ieee-p1363') return true;
    throw invalidArgValue('options.dsaEncoding', dsaEncoding);
  }
  return false;
}

function invalidDigest(name) {
  return binding.codedError('TypeError', 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${name}`);
}

// sigOptions are a key argument's signature options in binding order:
// padding, salt length, P1363 encoding.
function sigOptions(key) {
  const padding = intOption('padding', key);
  const saltLength = intOption('saltLength', key);
  const p1363 = dsaEncodingOf(key);
  return { padding, saltLength, p1363 };
}

// signInput is what binding.sign and verify take for a message under a
// digest: the digest and its name, or the message itself for Ed25519.
function signInput(algorithm, message, keyObject, digestState) {
  const type = keyObject[kHandle].asymmetricKeyType;
  if (type === 'ed25519' && digestState === undefined) {
    if (algorithm != null) throw binding.osslError('invalidDigest');
    return [message, undefined];
  }
  if (type === 'x25519') throw binding.osslError('notForKeyType');
  const name = digestState !== undefined ? digestState.name : binding.digestName(algorithm ?? 'sha256');
  if (type === 'rsa' && !binding.rsaDigest(name)) throw binding.osslError('digestNotAllowed');
  if (type === 'ed25519') throw binding.codedError('Error', 'ERR_CRYPTO_UNSUPPORTED_OPERATION', 'Unsupported crypto operation');
  const hash = digestState !== undefined ? digestState.hash : require('crypto').createHash(name).update(message);
  return [hash.digest(), name];
}

function signWith(keyObject, algorithm, message, opts, digestState) {
  const [input, name] = signInput(algorithm, message, keyObject, digestState);
  const padding = opts.padding === undefined ? RSA_PKCS1_PADDING : opts.padding;
  const salt = opts.saltLength === undefined ? -2 : opts.saltLength;
  return asBuffer(binding.sign(keyObject[kHandle].bytes, input, padding, salt, opts.p1363, name));
}

function verifyWith(keyObject, algorithm, message, signature, opts, digestState) {
  const [input, name] = signInput(algorithm, message, keyObject, digestState);
  const padding = opts.padding === undefined ? RSA_PKCS1_PADDING : opts.padding;
  const salt = opts.saltLength === undefined ? -2 : opts.saltLength;
  return binding.verify(keyObject[kHandle].bytes, input, signature, padding, salt, opts.p1363, name);
}

function sign(algorithm, data, key, callback) {
  if (algorithm != null) validateString(algorithm, 'algorithm');
  if (callback !== undefined) validateFunction(callback, 'callback');
  data = bytesOf(data, 'data');
  if (!key) throw signKeyRequired();
  const opts = sigOptions(key);
  const keyObject = privateKeyOf(key, kConsumePrivate);
  if (algorithm != null && binding.digestName(algorithm) === undefined) throw invalidDigest(algorithm);
  if (callback === undefined) return signWith(keyObject, algorithm, data, opts);
  let result;
  let error = null;
  try {
    result = signWith(keyObject, algorithm, data, opts);
  } catch (e) {
    error = e;
  }
  binding.later(() => (error ? callback(error) : callback(null, result)));
}

// afterJob is a promise of value that settles as node's does for the
// operations it runs as jobs on its worker pool (Web Crypto's digest,
// encrypt, decrypt, sign, verify, deriveBits, secret key generation): in a
// later turn of the event loop, after the microtasks and ticks queued by
// then. Kiln computes value at once; only its delivery waits for the trip.
function afterJob(value) {
  return new Promise((resolve) => binding.later(() => resolve(value)));
}

function verify(algorithm, data, key, signature, callback) {
  if (algorithm != null) validateString(algorithm, 'algorithm');
  if (callback !== undefined) validateFunction(callback, 'callback');
  data = bytesOf(data, 'data');
  const opts = sigOptions(key);
  if (!ArrayBuffer.isView(signature)) {
    throw binding.invalidArgType('signature', 'an instance of Buffer, TypedArray, or DataView', signature);
  }
  const keyObject = publicKeyOf(key, kConsumePublic);
  if (algorithm != null && binding.digestName(algorithm) === undefined) throw invalidDigest(algorithm);
  if (callback === undefined) return verifyWith(keyObject, algorithm, data, signature, opts);
  let result;
  let error = null;
  try {
    result = verifyWith(keyObject, algorithm, data, signature, opts);
  } catch (e) {
    error = e;
  }
  binding.later(() => (error ? callback(error) : callback(null, result)));
}

const kSignState = Symbol('kSignState');

// signState starts a Sign's or Verify's running digest.
function signState(self, algorithm) {
  validateString(algorithm, 'algorithm');
  const name = binding.digestName(algorithm);
  if (name === undefined) throw binding.codedError('TypeError', 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest');
  Object.defineProperty(self, kSignState, { value: { name, hash: require('crypto').createHash(name) }, writable: true });
}

function updateState(self, data, encoding) {
  const state = self[kSignState];
  if (state === undefined) throw binding.codedError('Error', 'ERR_CRYPTO_INVALID_STATE', 'Not initialised');
  if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
    throw binding.invalidArgType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
  }
  state.hash.update(bytesOf(data, 'data', encoding));
}

// takeState ends a Sign or Verify: a second sign() or verify() is an
// error, as in node.
function takeState(self) {
  const state = self[kSignState];
  if (state === undefined) throw binding.codedError('Error', 'ERR_CRYPTO_INVALID_STATE', 'Not initialised');
  self[kSignState] = undefined;
  return state;
}

// Sign and Verify are Writable streams, but stream is loaded when the
// first of them is made, not with crypto: most programs that require
// crypto only hash, and stream was a fifth of a millisecond of their
// start-up. Until then their prototypes do not reach Writable's.
let Writable;
function writableBase() {
  if (Writable === undefined) {
    ({ Writable } = require('stream'));
    for (const C of [Sign, Verify]) {
      Object.setPrototypeOf(C.prototype, Writable.prototype);
      Object.setPrototypeOf(C, Writable);
    }
  }
  return Writable;
}

function Sign(algorithm, options) {
  if (!(this instanceof Sign)) return new Sign(algorithm, options);
  signState(this, algorithm);
  writableBase().call(this, options);
}

Sign.prototype._write = function _write(chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
};

Sign.prototype.update = function update(data, encoding) {
  updateState(this, data, encoding);
  return this;
};

Sign.prototype.sign = function sign(options, encoding) {
  if (!options) throw signKeyRequired();
  const keyObject = privateKeyOf(options, kConsumePrivate);
  const opts = sigOptions(options);
  const state = this[kSignState];
  if (state === undefined) throw binding.codedError('Error', 'ERR_CRYPTO_INVALID_STATE', 'Not initialised');
  const sig = signWith(keyObject, state.name, undefined, opts, takeState(this));
  if (encoding && encoding !== 'buffer') return sig.toString(encoding);
  return sig;
};

function Verify(algorithm, options) {
  if (!(this instanceof Verify)) return new Verify(algorithm, options);
  signState(this, algorithm);
  writableBase().call(this, options);
}

Verify.prototype._write = Sign.prototype._write;

Verify.prototype.update = function update(data, encoding) {
  updateState(this, data, encoding);
  return this;
};

Verify.prototype.verify = function verify(options, signature, sigEncoding) {
  const keyObject = publicKeyOf(options, kConsumePublic);
  const opts = sigOptions(options);
  signature = bytesOf(signature, 'signature', sigEncoding);
  const state = takeState(this);
  return verifyWith(keyObject, state.name, undefined, signature, opts, state);
};

function createSign(algorithm, options) {
  return new Sign(algorithm, options);
}

function createVerify(algorithm, options) {
  return new Verify(algorithm, options);
}

// ---------------------------------------------------------------------------
// RSA encryption and key agreement

const RSA_PKCS1_OAEP_PADDING = 4;

// rsaFunction makes one of the four RSA functions: the key is consumed
// as private or as public (a private key's public half), with node's
// default padding for each.
function rsaFunction(op, defaultPadding, keyKind) {
  return (options, buffer) => {
    const keyObject = keyKind === 'private' ? privateKeyOf(options, kConsumePrivate) : publicKeyOf(options, kConsumePublic);
    const padding = options.padding || defaultPadding;
    const { oaepHash, encoding } = options;
    let { oaepLabel } = options;
    if (oaepHash !== undefined) validateString(oaepHash, 'key.oaepHash');
    if (oaepLabel !== undefined) oaepLabel = bytesOf(oaepLabel, 'key.oaepLabel', encoding);
    buffer = bytesOf(buffer, 'buffer', encoding);
    if (op === 'privateDecrypt' && padding === RSA_PKCS1_PADDING) {
      throw binding.codedError('TypeError', 'ERR_INVALID_ARG_VALUE', 'RSA_PKCS1_PADDING is no longer supported for ' +
        'private decryption, this can be reverted with --security-revert=CVE-2023-46809');
    }
    const handle = keyObject[kHandle];
    return asBuffer(binding.rsaCrypt(op, keyObject.type, handle.bytes, buffer, padding,
      binding.digestName(oaepHash ?? 'sha1') ?? '', oaepLabel));
  };
}

const publicEncrypt = rsaFunction('publicEncrypt', RSA_PKCS1_OAEP_PADDING, 'public');
const publicDecrypt = rsaFunction('publicDecrypt', RSA_PKCS1_PADDING, 'public');
const privateEncrypt = rsaFunction('privateEncrypt', RSA_PKCS1_PADDING, 'private');
const privateDecrypt = rsaFunction('privateDecrypt', RSA_PKCS1_OAEP_PADDING, 'private');

function diffieHellman(options) {
  validateObject(options, 'options');
  const { privateKey, publicKey } = options;
  if (!(privateKey instanceof KeyObject)) throw invalidArgValue('options.privateKey', privateKey);
  if (!(publicKey instanceof KeyObject)) throw invalidArgValue('options.publicKey', publicKey);
  if (privateKey.type !== 'private') throw invalidKeyObjectType(privateKey.type, 'private');
  if (publicKey.type !== 'public' && publicKey.type !== 'private') {
    throw invalidKeyObjectType(publicKey.type, 'private or public');
  }
  const privateType = privateKey.asymmetricKeyType;
  const publicType = publicKey.asymmetricKeyType;
  if (privateType !== publicType || (privateType !== 'ec' && privateType !== 'x25519')) {
    throw binding.nodeError('Error', 'ERR_CRYPTO_INCOMPATIBLE_KEY',
      `Incompatible key types for Diffie-Hellman: ${privateType} and ${publicType}`);
  }
  return asBuffer(binding.diffieHellman(privateKey[kHandle].bytes, publicKey.type, publicKey[kHandle].bytes));
}

// ---------------------------------------------------------------------------
// createECDH: a key pair on a named curve, as raw scalar and point bytes

const kECDH = Symbol('kECDH');
const pointForms = { compressed: 2, uncompressed: 4, hybrid: 6 };

function pointForm(format) {
  if (format) {
    const form = pointForms[format];
    if (form === undefined) {
      throw binding.nodeError('TypeError', 'ERR_CRYPTO_ECDH_INVALID_FORMAT', `Invalid ECDH format: ${format}`);
    }
    return form;
  }
  return 4;
}

function encodeBytes(u8, encoding) {
  const buf = asBuffer(u8);
  return encoding && encoding !== 'buffer' ? buf.toString(encoding) : buf;
}

function validateCurve(curve) {
  validateString(curve, 'curve');
  if (!binding.ecdhCurve(curve)) throw binding.codedError('TypeError', 'ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name');
}

function ECDH(curve) {
  if (!(this instanceof ECDH)) return new ECDH(curve);
  validateCurve(curve);
  Object.defineProperty(this, kECDH, { value: { curve, scalar: undefined, point: undefined } });
}

ECDH.prototype.computeSecret = function computeSecret(key, inEnc, outEnc) {
  key = bytesOf(key, 'key', inEnc);
  const state = this[kECDH];
  if (state.scalar === undefined) {
    throw binding.rangeError('ERR_CRYPTO_INVALID_KEYPAIR', 'Invalid key pair');
  }
  const secret = binding.ecdhCompute(state.curve, state.scalar, key);
  if (secret === undefined) {
    throw binding.nodeError('Error', 'ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', 'Public key is not valid for specified curve');
  }
  return encodeBytes(secret, outEnc);
};

ECDH.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  const state = this[kECDH];
  [state.scalar, state.point] = binding.ecdhSetPrivate(state.curve, bytesOf(key, 'key', encoding));
  return this;
};

// setPublicKey is deprecated in node and kept for old programs: the point
// it sets is what getPublicKey returns until the next private key.
ECDH.prototype.setPublicKey = function setPublicKey(key, encoding) {
  const state = this[kECDH];
  const point = binding.ecdhPoint(state.curve, bytesOf(key, 'key', encoding), 4);
  if (point === undefined) {
    throw binding.codedError('Error', 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to convert Buffer to EC_POINT');
  }
  state.point = point;
  return this;
};

ECDH.prototype.getPrivateKey = function getPrivateKey(encoding) {
  const { scalar } = this[kECDH];
  if (scalar === undefined) throw binding.codedError('Error', 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to get ECDH private key');
  return encodeBytes(scalar, encoding);
};

ECDH.prototype.generateKeys = function generateKeys(encoding, format) {
  const state = this[kECDH];
  [state.scalar, state.point] = binding.ecdhGenerate(state.curve);
  return this.getPublicKey(encoding, format);
};

ECDH.prototype.getPublicKey = function getPublicKey(encoding, format) {
  const form = pointForm(format);
  const state = this[kECDH];
  if (state.point === undefined) throw binding.codedError('Error', 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to get ECDH public key');
  return encodeBytes(binding.ecdhPoint(state.curve, state.point, form), encoding);
};

ECDH.convertKey = function convertKey(key, curve, inEnc, outEnc, format) {
  validateString(curve, 'curve');
  key = bytesOf(key, 'key', inEnc);
  const form = pointForm(format);
  validateCurve(curve);
  const point = binding.ecdhPoint(curve, key, form);
  if (point === undefined) {
    throw binding.codedError('Error', 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to convert Buffer to EC_POINT');
  }
  return encodeBytes(point, outEnc);
};

function createECDH(curve) {
  return new ECDH(curve);
}

// getCurves is node's list cut to the curves createECDH takes here.
function getCurves() {
  return ['prime256v1', 'secp384r1', 'secp521r1'];
}

module.exports = {
  afterJob,
  ECDH,
  createECDH,
  getCurves,
  publicEncrypt,
  publicDecrypt,
  privateEncrypt,
  privateDecrypt,
  diffieHellman,
  KeyObject,
  createSecretKey,
  createPublicKey,
  createPrivateKey,
  generateKeyPair,
  generateKeyPairSync,
  sign,
  verify,
  createSign,
  createVerify,
  Sign,
  Verify,
  prepareSecretKey,
  isKeyObject,
  registerCryptoKeys,
  kHandle,
};
