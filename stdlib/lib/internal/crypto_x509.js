// crypto.X509Certificate, after node's lib/internal/crypto/x509.js, on
// crypto_x509.go; and the legacy certificate object that
// X509Certificate.toLegacyObject and tls's getPeerCertificate share.

const { Buffer } = require('buffer');

function toBuffer(u8) {
  return Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength);
}

// nameObject is a name's [key, value, ...] pairs as node's object: a key
// met twice holds a list.
function nameObject(pairs) {
  const o = { __proto__: null };
  for (let i = 0; i < pairs.length; i += 2) {
    const k = pairs[i];
    const v = pairs[i + 1];
    if (!(k in o)) o[k] = v;
    else if (Array.isArray(o[k])) o[k].push(v);
    else o[k] = [o[k], v];
  }
  return o;
}

// legacyObject finishes the Go side's certificate object (tls.go's
// certObject) into node's: names and infoAccess become objects, bytes
// Buffers.
function legacyObject(c) {
  c.subject = nameObject(c.subject);
  c.issuer = nameObject(c.issuer);
  if (c.infoAccess) {
    const o = { __proto__: null };
    for (let i = 0; i < c.infoAccess.length; i += 2) (o[c.infoAccess[i]] ||= []).push(c.infoAccess[i + 1]);
    c.infoAccess = o;
  }
  if (c.pubkey) c.pubkey = toBuffer(c.pubkey);
  c.raw = toBuffer(c.raw);
  return c;
}

function validateString(value, name) {
  if (typeof value !== 'string') throw binding.invalidArgType(name, 'of type string', value);
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw binding.invalidArgType(name, 'of type boolean', value);
}

const subjectModes = { default: 0, always: 1, never: 2 };

// checkOptions are checkHost's and checkEmail's options as node reads them.
function checkOptions(options = {}) {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw binding.invalidArgType('options', 'of type object', options);
  }
  const {
    subject = 'default', wildcards = true, partialWildcards = true, multiLabelWildcards = false,
    singleLabelSubdomains = false,
  } = { ...options };
  validateString(subject, 'options.subject');
  validateBoolean(wildcards, 'options.wildcards');
  validateBoolean(partialWildcards, 'options.partialWildcards');
  validateBoolean(multiLabelWildcards, 'options.multiLabelWildcards');
  validateBoolean(singleLabelSubdomains, 'options.singleLabelSubdomains');
  if (!Object.hasOwn(subjectModes, subject)) {
    throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
      `The property 'options.subject' is invalid. Received ${binding.inspect(subject)}`);
  }
  return { subject: subjectModes[subject], wildcards, partialWildcards, multiLabelWildcards, singleLabelSubdomains };
}

function keyArg(pkey, type) {
  const { isKeyObject } = require('internal/crypto_keys');
  if (!isKeyObject(pkey)) throw binding.invalidArgType('pkey', 'an instance of KeyObject', pkey);
  if (pkey.type !== type) throw binding.invalidArgValue('pkey', pkey);
  return pkey;
}

const kInfo = Symbol('kInfo');
const kCache = Symbol('kCache');
const kIssuer = Symbol('kIssuer');

class X509Certificate {
  constructor(buffer) {
    if (typeof buffer === 'string') buffer = Buffer.from(buffer);
    if (!ArrayBuffer.isView(buffer)) {
      throw binding.invalidArgType('buffer', 'of type string or an instance of Buffer, TypedArray, or DataView', buffer);
    }
    const info = binding.parse(buffer);
    if (Array.isArray(info)) {
      const err = new Error(info[1]);
      const m = /^error:[0-9A-F]+:([^:]*)::(.*)$/.exec(info[1]);
      err.library = m[1];
      err.reason = m[2];
      err.code = info[0];
      throw err;
    }
    this[kInfo] = info;
    this[kCache] = {};
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `X509Certificate ${inspect({
      subject: this.subject,
      subjectAltName: this.subjectAltName,
      issuer: this.issuer,
      infoAccess: this.infoAccess,
      validFrom: this.validFrom,
      validTo: this.validTo,
      fingerprint: this.fingerprint,
      fingerprint256: this.fingerprint256,
      fingerprint512: this.fingerprint512,
      keyUsage: this.keyUsage,
      serialNumber: this.serialNumber,
    }, opts)}`;
  }

  get subject() { return this[kInfo].subject; }
  get subjectAltName() { return this[kInfo].subjectAltName; }
  get issuer() { return this[kInfo].issuer; }
  // Only a certificate from a TLS peer knows its issuer's certificate.
  get issuerCertificate() { return this[kIssuer]; }
  get infoAccess() { return this[kInfo].infoAccess; }
  get validFrom() { return this[kInfo].validFrom; }
  get validTo() { return this[kInfo].validTo; }
  get fingerprint() { return this[kInfo].fingerprint; }
  get fingerprint256() { return this[kInfo].fingerprint256; }
  get fingerprint512() { return this[kInfo].fingerprint512; }
  get keyUsage() { return this[kInfo].keyUsage; }
  get serialNumber() { return this[kInfo].serialNumber; }

  get raw() {
    return (this[kCache].raw ||= toBuffer(this[kInfo].raw));
  }

  get publicKey() {
    return (this[kCache].publicKey ||= require('internal/crypto_keys').createPublicKey({
      key: toBuffer(this[kInfo].spki), format: 'der', type: 'spki',
    }));
  }

  toString() {
    const b64 = this.raw.toString('base64');
    const lines = [];
    for (let i = 0; i < b64.length; i += 64) lines.push(b64.slice(i, i + 64));
    return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
  }

  toJSON() { return this.toString(); }

  get ca() { return this[kInfo].ca; }

  checkHost(name, options) {
    validateString(name, 'name');
    const o = checkOptions(options);
    return binding.checkHost(this[kInfo].raw, name, o.wildcards, o.partialWildcards, o.multiLabelWildcards,
      o.singleLabelSubdomains, o.subject);
  }

  checkEmail(email, options) {
    validateString(email, 'email');
    const o = checkOptions(options);
    return binding.checkEmail(this[kInfo].raw, email, o.subject) ? email : undefined;
  }

  // node v20 takes checkIP's options and ignores them.
  checkIP(ip, options) {
    validateString(ip, 'ip');
    const ok = binding.checkIP(this[kInfo].raw, ip);
    if (ok === null) throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', 'Invalid IP');
    return ok ? ip : undefined;
  }

  checkIssued(otherCert) {
    if (!(otherCert instanceof X509Certificate)) {
      throw binding.invalidArgType('otherCert', 'an instance of X509Certificate', otherCert);
    }
    return binding.checkIssued(this[kInfo].raw, otherCert[kInfo].raw);
  }

  checkPrivateKey(pkey) {
    keyArg(pkey, 'private');
    const { createPublicKey } = require('internal/crypto_keys');
    const spki = createPublicKey(pkey).export({ type: 'spki', format: 'der' });
    return spki.equals(toBuffer(this[kInfo].spki));
  }

  verify(pkey) {
    keyArg(pkey, 'public');
    return binding.verify(this[kInfo].raw, pkey.export({ type: 'spki', format: 'der' }));
  }

  toLegacyObject() {
    return legacyObject(binding.legacy(this[kInfo].raw));
  }
}

// withIssuer is a TLS peer's certificate given the next one of its chain,
// as node links them (one level: the issuer's own issuer is not set).
function withIssuer(der, issuerDer) {
  const cert = new X509Certificate(der);
  if (issuerDer) cert[kIssuer] = new X509Certificate(issuerDer);
  return cert;
}

module.exports = { X509Certificate, legacyObject, withIssuer };
