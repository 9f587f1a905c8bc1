// The tls module: TLSSocket carries Go's crypto/tls (stdlib/tls.go) over
// a net.Socket. The Go side gets the socket's bytes through feed and calls
// the handle back: onwrite(ciphertext for the socket), onhandshake(err,
// info), onread(plaintext | null at the end | undefined, err). Errors come
// as [code, reason]; certificate checks come back as info.verifyError and
// are judged here, as node does, so rejectUnauthorized:false still
// connects. Sessions resume from tickets, which a server issues under its
// ticket keys and a client hands out as 'session' buffers of Kiln's own
// (tls_session.go) that only Kiln takes back. What node has and this lacks:
// resumption by session id (a server's 'newSession' and 'resumeSession'),
// sessionTimeout, PSK, renegotiation, OCSP, pfx, passphrase-protected keys, ecdhCurve
// selection (accepted, not applied), and getCertificate. The ciphers option is applied as
// stdlib/tls_ciphers.go reads it (suite names exactly; family keywords as crypto/tls's defaults).

const net = require('net');

// toBuffer makes a Buffer of the bytes the binding read, over the same
// memory. Not by setPrototypeOf on the Uint8Array: changing any object's
// prototype invalidates the runtime's cached property additions, and this
// runs for every chunk read.
let BufferCtor;
function toBuffer(u8) {
  BufferCtor ||= require('buffer').Buffer;
  return BufferCtor.from(u8.buffer, u8.byteOffset, u8.length);
}

const DEFAULT_CIPHERS = 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:' +
  'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:' +
  'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:' +
  'ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:' +
  '!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA';

const versions = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

// ---- errors ----

// sslError is an OpenSSL failure in node's shape: library, reason, code.
function sslError([code, reason]) {
  const e = new Error(`SSL routines::${reason}`);
  e.library = 'SSL routines';
  e.reason = reason;
  e.code = code;
  return e;
}

function optionsError([code, message]) {
  const e = new Error(message);
  const m = /^error:[0-9A-F]+:([^:]*)::(.*)$/.exec(message);
  if (m) {
    e.library = m[1];
    e.reason = m[2];
  }
  e.code = code;
  return e;
}

function validateVersion(v, which) {
  if (v !== undefined && !versions.includes(v)) {
    throw binding.nodeError('TypeError', 'ERR_TLS_INVALID_PROTOCOL_VERSION',
      `"${v}" is not a valid ${which} TLS protocol version`);
  }
}

// ---- contexts ----

function SecureContext(options) {
  if (!(this instanceof SecureContext)) return new SecureContext(options);
  this.context = { options: contextOptions(options || {}) };
}

function contextOptions(options) {
  validateVersion(options.minVersion, 'minimum');
  validateVersion(options.maxVersion, 'maximum');
  if (options.ciphers !== undefined && options.ciphers !== null && typeof options.ciphers !== 'string') {
    throw binding.invalidArgType('options.ciphers', 'of type string', options.ciphers);
  }
  if (options.ciphers) {
    // As node's processCiphers: a list naming no suite at all (":") is
    // refused before OpenSSL sees it; an empty string means the defaults.
    const names = options.ciphers.split(':');
    if (!names.some((n) => n.length > 0)) throw binding.invalidArgValue('options.ciphers', names);
  }
  const o = {
    ca: options.ca, cert: options.cert, key: options.key,
    minVersion: options.minVersion || module.exports.DEFAULT_MIN_VERSION,
    maxVersion: options.maxVersion || module.exports.DEFAULT_MAX_VERSION,
    ciphers: options.ciphers ?? undefined,
  };
  if (options.secureProtocol === 'TLSv1_2_method') o.minVersion = o.maxVersion = 'TLSv1.2';
  const bad = binding.checkOptions(o);
  if (bad) throw optionsError(bad);
  return o;
}

function createSecureContext(options) {
  return new SecureContext(options);
}

// ALPN protocol lists come as strings, Buffers, or node's wire format.
function alpnList(protocols) {
  if (protocols === undefined || protocols === null) return undefined;
  if (Array.isArray(protocols)) return protocols.map(String);
  if (protocols instanceof Uint8Array) {
    const out = [];
    for (let i = 0; i < protocols.length;) {
      const n = protocols[i++];
      out.push(String.fromCharCode(...protocols.subarray(i, i + n)));
      i += n;
    }
    return out;
  }
  throw binding.invalidArgType('options.ALPNProtocols', 'of type string or an instance of Array, Buffer, TypedArray, or DataView', protocols);
}

function convertALPNProtocols(protocols, out) {
  if (Array.isArray(protocols)) {
    const parts = [];
    for (const p of protocols) {
      const b = Buffer.from(String(p));
      if (b.length > 255) {
        throw binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE',
          `The byte length of the protocol at index ${parts.length} exceeds the maximum length. It must be <= 255. Received ${b.length}`);
      }
      parts.push(Buffer.from([b.length]), b);
    }
    out.ALPNProtocols = Buffer.concat(parts);
  } else if (protocols instanceof Uint8Array) {
    out.ALPNProtocols = Buffer.from(protocols);
  }
}

// ---- TLSSocket ----

function TLSSocket(socket, options) {
  if (!(this instanceof TLSSocket)) return new TLSSocket(socket, options);
  options = { ...options };
  net.Socket.call(this, { allowHalfOpen: !!options.allowHalfOpen });
  this._tlsOptions = options;
  // As in node, a transport that is not a net.Socket is wrapped in one.
  let parent = socket || new net.Socket();
  if (!(parent instanceof net.Socket)) {
    const { JSStreamSocket } = require('internal/js_stream_socket');
    parent = new JSStreamSocket(parent);
  }
  this._parent = parent;
  this._secureEstablished = false;
  this._afterSecure = [];
  this._info = null;
  this._acceptedByServer = false;
  this._rawEnded = false;
  this._closeAtEOF = false;
  this.encrypted = true;
  this.authorized = false;
  this.authorizationError = null;
  this.alpnProtocol = null;
  this.servername = null;
  this.server = options.server || null;
  this.connecting = !!this._parent.connecting;
  // The handle exists from the start, as node's TLS wrap does (packages
  // read _handle._parentWrap off a socket never started); its id stays 0,
  // which the binding knows no connection by, until _start opens it.
  this._handle = { id: 0, owner: this, _parentWrap: this._parent, onwrite, onverify, onsni, onhandshake, onread,
    onsession };
  this._session = undefined;
  if (options.session) this.setSession(options.session);
  this._wrap();
}
Object.setPrototypeOf(TLSSocket.prototype, net.Socket.prototype);
Object.setPrototypeOf(TLSSocket, net.Socket);

TLSSocket.prototype._wrap = function _wrap() {
  const raw = this._parent;
  raw.on('data', (chunk) => {
    if (this._handle) binding.feed(this._handle.id, chunk);
  });
  raw.on('end', () => {
    this._rawEnded = true;
    if (this._handle) binding.feed(this._handle.id, null);
  });
  raw.on('error', (err) => {
    if (this.destroyed) return;
    if (this._tlsOptions.isServer && !this._secureEstablished) {
      this._clientError(err);
      return;
    }
    this.destroy(err);
  });
  raw.on('close', () => {
    // After a clean end the Go side may still hold the last plaintext and
    // the end of the stream: the socket ends when they arrive.
    if (this._rawEnded && this._handle?.id && !this.readableEnded) this._closeAtEOF = true;
    else if (!this.destroyed) this.destroy();
  });
  if (this._tlsOptions.isServer) {
    this._start();
    return;
  }
  if (transportReady(raw)) return;
  raw.once('connect', () => {
    if (this.destroyed) return;
    this.connecting = false;
    this.emit('connect');
    if (this._startRequested) this._start();
  });
};

// A net.Socket not yet connected (or not even connecting: a TLSSocket made
// around a fresh one) is ready on 'connect'.
function transportReady(raw) {
  return !(raw instanceof net.Socket) || (raw._handle && !raw.connecting);
}

// A client's handshake starts when tls.connect asks or at the first write,
// once the transport is connected, as in node: a bare `new TLSSocket(duplex)`
// sends nothing (http2-wrapper makes one over a PassThrough at load).
TLSSocket.prototype._requestStart = function _requestStart() {
  if (this._startRequested || this._tlsOptions.isServer) return;
  this._startRequested = true;
  if (transportReady(this._parent)) this._start();
};

TLSSocket.prototype._start = function _start() {
  const handle = this._handle;
  if (!handle || handle.id) return;
  const o = this._tlsOptions;
  let ctx;
  try {
    ctx = o.secureContext ? o.secureContext.context.options : contextOptions(o);
  } catch (err) {
    process.nextTick(() => this.destroy(err));
    return;
  }
  this._ownCert = ctx.cert;
  const res = binding.open(handle, {
    ...ctx,
    // A server's connections share its ticket keys (random ones unless it
    // was given some), so that a ticket one issued resumes on another. A
    // socket upgraded by hand (STARTTLS) may name a net.Server, which has
    // none: its tickets are under keys of its own.
    ticketKeys: typeof o.server?.getTicketKeys === 'function' ? o.server.getTicketKeys() : undefined,
    session: o.isServer ? undefined : this._session,
    isServer: !!o.isServer,
    servername: o.servername,
    ALPNProtocols: alpnList(o.ALPNProtocols),
    requestCert: !!o.requestCert,
    requireCert: !!(o.requestCert && o.rejectUnauthorized),
    sni: typeof o.SNICallback === 'function',
  });
  if (Array.isArray(res)) {
    process.nextTick(() => this.destroy(optionsError(res)));
    return;
  }
  handle.id = res;
};

function onwrite(chunk) {
  const raw = this.owner && this.owner._parent;
  if (raw && raw.writable) raw.write(toBuffer(chunk));
}

// onverify comes during a client's handshake, before it answers the
// server: a rejection ends the connection without a Finished or an alert.
function onverify(info) {
  const socket = this.owner;
  if (!socket || socket.destroyed) return;
  socket._info = info;
  socket.alpnProtocol = info.alpnProtocol;
  let verifyError;
  try {
    verifyError = socket._verifyServer(info);
  } catch (err) {
    verifyError = err;
  }
  const reject = !!verifyError && socket._tlsOptions.rejectUnauthorized !== false;
  binding.verdict(this.id, !reject);
  if (reject) socket.destroy(verifyError);
}

// onsni asks the server's SNICallback for the context of a name.
function onsni(servername) {
  const socket = this.owner;
  if (!socket || socket.destroyed) return;
  const id = this.id;
  let answered = false;
  socket._tlsOptions.SNICallback(servername, (err, ctx) => {
    if (answered) return;
    answered = true;
    if (err) {
      binding.sni(id, false);
      return;
    }
    if (ctx) socket._ownCert = ctx.context.options.cert;
    binding.sni(id, ctx ? ctx.context.options : undefined);
  });
}

// onsession brings each session the server issues a client.
function onsession(session) {
  const socket = this.owner;
  if (!socket || socket.destroyed) return;
  socket._session = toBuffer(session);
  socket.emit('session', socket._session);
}

function onhandshake(err, info) {
  const socket = this.owner;
  if (!socket || socket.destroyed) return;
  if (err) {
    socket._handshakeFailed(err);
    return;
  }
  socket._info = info;
  socket.alpnProtocol = info.alpnProtocol;
  if (socket._tlsOptions.isServer) {
    socket._serverSecure(info);
  } else {
    socket._established();
    socket.emit('secureConnect');
  }
}

function onread(chunk, err) {
  const socket = this.owner;
  if (!socket || socket.destroyed) return;
  socket._touch();
  if (chunk) {
    socket.bytesRead += chunk.length;
    if (!socket.push(toBuffer(chunk))) socket._parent.pause();
  } else if (err) {
    // node reports a failure of the secure stream as an 'error' event and
    // then closes, so 'close' says hadError false.
    socket.emit('error', sslError(err));
    socket.destroy();
  } else {
    socket.push(null);
    socket.read(0);
    if (socket._closeAtEOF) process.nextTick(() => socket.destroy());
  }
}

TLSSocket.prototype._handshakeFailed = function _handshakeFailed([code, reason]) {
  let err;
  if (code === 'ECONNRESET') {
    err = new Error(this._tlsOptions.isServer ? 'socket hang up'
      : 'Client network socket disconnected before secure TLS connection was established');
    err.code = 'ECONNRESET';
    if (!this._tlsOptions.isServer) {
      err.path = undefined;
      err.host = this._tlsOptions.host;
      err.port = this._tlsOptions.port;
      err.localAddress = undefined;
    }
  } else {
    err = sslError([code, reason]);
  }
  if (this._tlsOptions.isServer) this._clientError(err);
  else this.destroy(err);
};

// _clientError reports a server connection that failed before it was
// secure. One a tls.Server accepted reports it as 'tlsClientError' on the
// server, never on the socket. One made by hand around an accepted socket
// (STARTTLS) reports it as its own '_tlsError' and 'error', and a peer that
// simply left ends it, as node does.
TLSSocket.prototype._clientError = function _clientError(err) {
  if (this._acceptedByServer) {
    if (err.code !== 'ECONNRESET') this.emit('_tlsError', err);
    this.destroy();
    this.server.emit('tlsClientError', err, this);
  } else if (err.code === 'ECONNRESET') {
    this.push(null);
    this.read(0);
    process.nextTick(() => this.destroy());
  } else {
    this.emit('_tlsError', err);
    this.destroy(err);
  }
};

// _verifyServer sets authorized and authorizationError and returns the
// error that rejects the server, if any.
TLSSocket.prototype._verifyServer = function _verifyServer(info) {
  const o = this._tlsOptions;
  if (o.servername) this.servername = o.servername;
  let verifyError = null;
  if (info.verifyError) {
    verifyError = new Error(info.verifyError[1]);
    verifyError.code = info.verifyError[0];
  } else {
    const hostname = o.servername || o.host || 'localhost';
    verifyError = (o.checkServerIdentity || checkServerIdentity)(hostname, this.getPeerCertificate(true)) || null;
  }
  this.authorized = !verifyError;
  if (verifyError) this.authorizationError = verifyError.code || verifyError.message;
  return verifyError;
};

TLSSocket.prototype._serverSecure = function _serverSecure(info) {
  const o = this._tlsOptions;
  // node knows the name a client asked for only when it has to choose a
  // context by it.
  this.servername = o.SNICallback ? info.servername : false;
  if (o.requestCert) {
    this.authorized = !info.verifyError;
    if (info.verifyError) {
      this.authorizationError = info.verifyError[0];
      if (o.rejectUnauthorized) {
        this.destroy();
        return;
      }
    }
  }
  this._established();
  this.emit('secure');
  if (this.server) this.server.emit('secureConnection', this);
};

TLSSocket.prototype._established = function _established() {
  this._secureEstablished = true;
  const later = this._afterSecure;
  this._afterSecure = [];
  for (const f of later) f();
};

TLSSocket.prototype._whenSecure = function _whenSecure(f) {
  if (this._secureEstablished) f();
  else this._afterSecure.push(f);
};

TLSSocket.prototype._read = function _read() {
  if (this._parent.isPaused() && !this._parent.destroyed) this._parent.resume();
};

// Its writes go through its own _write, one at a time: net.Socket's
// _writev would send them past it, straight to the handle.
TLSSocket.prototype._writev = null;

TLSSocket.prototype._write = function _write(chunk, encoding, cb) {
  if (!this._secureEstablished) {
    this._requestStart();
    this._whenSecure(() => this._write(chunk, encoding, cb));
    return;
  }
  if (!this._handle) {
    cb(binding.nodeError('Error', 'ERR_SOCKET_CLOSED', 'Socket is closed'));
    return;
  }
  this._touch();
  const data = typeof chunk === 'string' && encoding !== 'utf8' && encoding !== 'utf-8'
    ? Buffer.from(chunk, encoding) : chunk;
  this._bytesWritten += typeof data === 'string' ? Buffer.byteLength(data) : data.length;
  // As node's TLS wrap, a write is done when the carrying socket has taken
  // its ciphertext: while that socket's buffer is over its mark, the
  // callback waits for its 'drain', so a fast writer sees write() return
  // false instead of queueing without bound.
  binding.write(this._handle.id, data, (err) => {
    const raw = this._parent;
    if (err) cb(sslError(err));
    else if (raw.writableNeedDrain && !raw.destroyed) raw.once('drain', () => cb());
    else cb();
  });
};

TLSSocket.prototype._final = function _final(cb) {
  if (!this._secureEstablished) {
    this._whenSecure(() => this._final(cb));
    return;
  }
  if (!this._handle) return cb();
  binding.end(this._handle.id, () => {
    if (this._parent.writable) this._parent.end();
    cb();
  });
};

TLSSocket.prototype._destroy = function _destroy(exception, cb) {
  this.connecting = false;
  this._clearTimer();
  if (this._handle) {
    this._handle.owner = null;
    binding.close(this._handle.id);
    this._handle = null;
  }
  cb(exception);
  const raw = this._parent;
  const hadError = !!exception;
  if (!raw.destroyed) {
    raw.once('close', () => this.emit('close', hadError));
    raw.destroy();
  } else {
    process.nextTick(() => this.emit('close', hadError));
  }
};

// Addresses and socket options are the carrying socket's, which may be any
// Duplex when given as options.socket.
TLSSocket.prototype.address = function address() { return this._parent.address?.() ?? {}; };
TLSSocket.prototype._peerName = function _peerName() { return this._parent._peerName?.(); };
TLSSocket.prototype.setNoDelay = function setNoDelay(v) { this._parent.setNoDelay?.(v); return this; };
TLSSocket.prototype.setKeepAlive = function setKeepAlive(...a) { this._parent.setKeepAlive?.(...a); return this; };
TLSSocket.prototype.ref = function ref() { this._parent.ref?.(); return this; };
TLSSocket.prototype.unref = function unref() { this._parent.unref?.(); return this; };

Object.defineProperty(TLSSocket.prototype, 'pending', {
  __proto__: null, configurable: true, enumerable: true,
  get() { return this.connecting || !this._secureEstablished && !this.destroyed; },
});

TLSSocket.prototype.getProtocol = function getProtocol() {
  return this._info ? this._info.protocol : null;
};

TLSSocket.prototype.getCipher = function getCipher() {
  if (!this._info) return undefined;
  // OpenSSL's name, and the oldest version the suite runs on (tls_ciphers.go).
  const { cipher, cipherName, cipherVersion } = this._info;
  return { name: cipherName, standardName: cipher, version: cipherVersion };
};

TLSSocket.prototype.getPeerCertificate = function getPeerCertificate(detailed) {
  if (!this._handle) return null;
  if (!detailed) {
    const c = binding.peerCertificate(this._handle.id, false);
    return c ? certObject(c) : {};
  }
  const chain = binding.peerCertificate(this._handle.id, true);
  if (!chain) return {};
  const objs = chain.map(certObject);
  for (let i = 0; i < objs.length; i++) {
    const c = objs[i];
    if (objs[i + 1]) c.issuerCertificate = objs[i + 1];
    else if (c.fingerprint256 && c.subject && sameName(c.subject, c.issuer)) c.issuerCertificate = c;
  }
  return objs[0];
};

function sameName(a, b) {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every(k => String(a[k]) === String(b[k]));
}

const { legacyObject: certObject, X509Certificate, withIssuer } = require('internal/crypto_x509');

// ownCertificate is the first certificate of the socket's own chain (the
// context SNI chose, once it has), from before the handshake as in node.
function ownCertificate(socket) {
  let source = socket._ownCert;
  if (source === undefined) {
    const o = socket._tlsOptions;
    source = o.secureContext ? o.secureContext.context.options.cert : o.cert;
  }
  if (Array.isArray(source)) source = source[0];
  if (typeof source !== 'string' && !ArrayBuffer.isView(source)) return undefined;
  try {
    return new X509Certificate(source);
  } catch {
    return undefined;
  }
}

TLSSocket.prototype.getCertificate = function getCertificate() {
  if (!this._handle) return null;
  const cert = ownCertificate(this);
  return cert ? cert.toLegacyObject() : {};
};

TLSSocket.prototype.getX509Certificate = function getX509Certificate() {
  return ownCertificate(this);
};

TLSSocket.prototype.getPeerX509Certificate = function getPeerX509Certificate() {
  if (!this._handle) return undefined;
  const chain = binding.peerCertificate(this._handle.id, true);
  return chain ? withIssuer(chain[0].raw, chain[1]?.raw) : undefined;
};

TLSSocket.prototype.exportKeyingMaterial = function exportKeyingMaterial(length, label, context) {
  if (typeof length !== 'number') throw binding.invalidArgType('length', 'of type number', length);
  if (!Number.isInteger(length) || length < 1 || length > 4294967295) {
    throw binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE', `The value of "length" is out of range. ${
      Number.isInteger(length) ? 'It must be >= 1 && <= 4294967295' : 'It must be an integer'}. Received ${binding.inspect(length)}`);
  }
  if (typeof label !== 'string') throw binding.invalidArgType('label', 'of type string', label);
  if (context !== undefined && !ArrayBuffer.isView(context)) {
    throw binding.invalidArgType('context', 'an instance of Buffer, TypedArray, or DataView', context);
  }
  if (!this._secureEstablished || !this._handle) {
    throw binding.nodeError('Error', 'ERR_TLS_INVALID_STATE', 'TLS socket connection must be securely established');
  }
  const out = binding.exportKeyingMaterial(this._handle.id, length, label, context === undefined ? null : context);
  if (!out) throw binding.nodeError('Error', 'ERR_CRYPTO_OPERATION_FAILED', 'Key export failed');
  return toBuffer(out);
};

// setSession gives a client the session to resume, one that a 'session'
// event or getSession gave: another is ignored (a full handshake), as
// OpenSSL ignores a session it cannot read.
TLSSocket.prototype.setSession = function setSession(session) {
  if (typeof session === 'string') session = Buffer.from(session, 'latin1');
  if (!ArrayBuffer.isView(session)) {
    throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_TYPE', 'Session must be a buffer');
  }
  this._session = session;
};
TLSSocket.prototype.isSessionReused = function isSessionReused() { return !!(this._info && this._info.sessionReused); };
// getSession makes a new buffer each time, as node's does.
TLSSocket.prototype.getSession = function getSession() {
  return this._session && Buffer.from(this._session);
};
TLSSocket.prototype.getTLSTicket = function getTLSTicket() { return undefined; };
TLSSocket.prototype.getFinished = function getFinished() { return undefined; };
TLSSocket.prototype.getPeerFinished = function getPeerFinished() { return undefined; };
TLSSocket.prototype.getEphemeralKeyInfo = function getEphemeralKeyInfo() { return this._tlsOptions.isServer ? null : {}; };
TLSSocket.prototype.getSharedSigalgs = function getSharedSigalgs() { return []; };
TLSSocket.prototype.setMaxSendFragment = function setMaxSendFragment() { return true; };
TLSSocket.prototype.disableRenegotiation = function disableRenegotiation() {};
TLSSocket.prototype.setServername = function setServername(name) {
  if (typeof name !== 'string') throw binding.invalidArgType('name', 'of type string', name);
  this._tlsOptions.servername = name;
};
TLSSocket.prototype.renegotiate = function renegotiate(options, cb) {
  const err = binding.nodeError('Error', 'ERR_TLS_RENEGOTIATION_DISABLED',
    'TLS session renegotiation disabled for this socket');
  if (typeof cb === 'function') process.nextTick(cb, err);
  return false;
};

// ---- checkServerIdentity ----

function unfqdn(host) { return host.replace(/[.]$/, ''); }

function splitHost(host) { return unfqdn(host).toLowerCase().split('.'); }

// wildcardMatch follows RFC 6125 §6.4.3 as node applies it: a '*' only in
// the leftmost label of a name of three labels or more, never in an IDN.
function wildcardMatch(hostParts, pattern) {
  const patternParts = splitHost(pattern);
  if (hostParts.length !== patternParts.length || patternParts.includes('')) return false;
  for (let i = hostParts.length - 1; i > 0; i--) {
    if (hostParts[i] !== patternParts[i]) return false;
  }
  const first = patternParts[0];
  const host = hostParts[0];
  if (!first.includes('*')) return first === host;
  if (patternParts.length < 3 || first.startsWith('xn--')) return false;
  const [prefix, suffix] = first.split('*', 2);
  if (first.indexOf('*') !== first.lastIndexOf('*')) return false;
  return host.length >= prefix.length + suffix.length && host.startsWith(prefix) && host.endsWith(suffix);
}

function checkServerIdentity(hostname, cert) {
  const subject = cert.subject;
  const altNames = cert.subjectaltname;
  const dnsNames = [];
  const ips = [];
  hostname = '' + hostname;
  if (altNames) {
    for (const name of altNames.split(', ')) {
      if (name.startsWith('DNS:')) dnsNames.push(name.slice(4));
      else if (name.startsWith('IP Address:')) ips.push(canonicalIP(name.slice(11)));
    }
  }
  let valid = false;
  let reason = 'Unknown reason';
  hostname = unfqdn(hostname);
  if (net.isIP(hostname)) {
    valid = ips.includes(canonicalIP(hostname));
    if (!valid) reason = `IP: ${hostname} is not in the cert's list: ${ips.join(', ')}`;
  } else if (dnsNames.length > 0 || subject?.CN) {
    const hostParts = splitHost(hostname);
    if (dnsNames.length > 0) {
      valid = dnsNames.some(p => wildcardMatch(hostParts, p));
      if (!valid) reason = `Host: ${hostname}. is not in the cert's altnames: ${altNames}`;
    } else {
      const cn = subject.CN;
      valid = Array.isArray(cn) ? cn.some(p => wildcardMatch(hostParts, p)) : wildcardMatch(hostParts, cn);
      if (!valid) reason = `Host: ${hostname}. is not cert's CN: ${cn}`;
    }
  } else {
    reason = 'Cert does not contain a DNS name';
  }
  if (valid) return undefined;
  const err = binding.nodeError('Error', 'ERR_TLS_CERT_ALTNAME_INVALID',
    `Hostname/IP does not match certificate's altnames: ${reason}`);
  err.reason = reason;
  err.host = hostname;
  err.cert = cert;
  return err;
}

// canonicalIP writes an address the way OpenSSL prints it in a
// certificate, so both sides of a comparison agree.
function canonicalIP(ip) {
  if (net.isIPv4(ip)) return ip;
  if (!net.isIPv6(ip)) return ip;
  let [head, tail = ''] = ip.split('::');
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...h, ...Array(8 - h.length - t.length).fill('0'), ...t] : h;
  return groups.map(g => parseInt(g, 16).toString(16).toUpperCase()).join(':');
}

// ---- connect ----

function normalizeConnectArgs(args) {
  let cb;
  if (args.length && typeof args[args.length - 1] === 'function') cb = args.pop();
  let options = {};
  if (args[0] !== null && typeof args[0] === 'object') {
    options = { ...args[0] };
  } else {
    if (args[0] !== undefined) options.port = args[0];
    if (typeof args[1] === 'string') options.host = args[1];
    const extra = typeof args[1] === 'object' ? args[1] : args[2];
    if (extra && typeof extra === 'object') options = { ...extra, ...options };
  }
  return [options, cb];
}

function connect(...args) {
  const [opts, cb] = normalizeConnectArgs(args);
  const options = { rejectUnauthorized: !process.env.NODE_TLS_REJECT_UNAUTHORIZED ||
    process.env.NODE_TLS_REJECT_UNAUTHORIZED !== '0', ...opts };
  if (options.ALPNProtocols !== undefined) alpnList(options.ALPNProtocols);
  if (!options.socket && (options.port === undefined || options.port === null) && options.path === undefined) {
    throw binding.nodeError('TypeError', 'ERR_MISSING_ARGS', 'The "options" or "port" or "path" argument must be specified');
  }
  validateVersion(options.minVersion, 'minimum');
  validateVersion(options.maxVersion, 'maximum');
  if (options.checkServerIdentity !== undefined && typeof options.checkServerIdentity !== 'function') {
    throw binding.invalidArgType('options.checkServerIdentity', 'of type function', options.checkServerIdentity);
  }
  const host = options.host || 'localhost';
  options.host = host;
  if (options.servername === undefined && !net.isIP(host)) options.servername = host;
  if (options.servername && typeof options.servername !== 'string') {
    throw binding.invalidArgType('options.servername', 'of type string', options.servername);
  }
  options.secureContext ||= createSecureContext(options);
  // The transport is made as node's tls.connect makes it: not through
  // net.connect, so that it is not published on net.client.socket.
  const raw = options.socket || new net.Socket({ allowHalfOpen: true }).connect({
    host, port: options.port, family: options.family, localAddress: options.localAddress,
    lookup: options.lookup,
  });
  const socket = new TLSSocket(raw, { ...options, isServer: false });
  socket._requestStart();
  if (options.timeout) socket.setTimeout(options.timeout);
  if (cb) socket.once('secureConnect', cb);
  return socket;
}

// ---- Server ----

function Server(options, listener) {
  if (!(this instanceof Server)) return new Server(options, listener);
  if (typeof options === 'function') {
    listener = options;
    options = {};
  } else if (options === undefined || options === null) {
    options = {};
  } else if (typeof options !== 'object') {
    throw binding.invalidArgType('options', 'of type object', options);
  }
  if (options.SNICallback !== undefined && typeof options.SNICallback !== 'function') {
    throw binding.invalidArgType('options.SNICallback', 'of type function', options.SNICallback);
  }
  net.Server.call(this, { ...options, allowHalfOpen: true });
  this._tlsOptions = { ...options };
  if (options.ticketKeys !== undefined) {
    const keys = options.ticketKeys;
    if (!ArrayBuffer.isView(keys)) {
      throw binding.invalidArgType('options.ticketKeys', 'an instance of Buffer, TypedArray, or DataView', keys);
    }
    if (keys.byteLength !== 48) {
      throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
        `The property 'options.ticketKeys' must be exactly 48 bytes. Received ${keys.byteLength}`);
    }
    this._ticketKeys = Buffer.from(keys.buffer, keys.byteOffset, 48);
  }
  this._context = createSecureContext(options);
  this._contexts = [];
  if (listener) this.on('secureConnection', listener);
  this.on('connection', tlsConnectionListener);
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

function tlsConnectionListener(raw) {
  const o = this._tlsOptions;
  const SNICallback = o.SNICallback || (this._contexts.length ? contextsSNI(this) : undefined);
  const socket = new TLSSocket(raw, {
    ...o, SNICallback, isServer: true, server: this, secureContext: this._context,
    rejectUnauthorized: o.rejectUnauthorized !== false, allowHalfOpen: o.allowHalfOpen,
  });
  socket.allowHalfOpen = !!o.allowHalfOpen;
  socket._acceptedByServer = true;
  if (o.handshakeTimeout !== 0) {
    socket.setTimeout(o.handshakeTimeout || 120000, () => {
      if (!socket._secureEstablished) {
        const err = binding.nodeError('Error', 'ERR_TLS_HANDSHAKE_TIMEOUT', 'TLS handshake timeout');
        socket._clientError(err);
      }
    });
    socket.once('secure', () => socket.setTimeout(0));
  }
}

Server.prototype.setSecureContext = function setSecureContext(options) {
  this._tlsOptions = { ...this._tlsOptions, ...options };
  this._context = createSecureContext(this._tlsOptions);
};

Server.prototype._getServerData = function _getServerData() {
  return { ticketKeys: this.getTicketKeys().toString('hex') };
};

Server.prototype._setServerData = function _setServerData(data) {
  this.setTicketKeys(Buffer.from(data.ticketKeys, 'hex'));
};

// The session ticket keys are node's 48 bytes (name, HMAC and AES keys);
// crypto/tls takes one 32-byte key, which tls.go derives from them.
Server.prototype.getTicketKeys = function getTicketKeys() {
  this._ticketKeys ??= require('crypto').randomBytes(48);
  return Buffer.from(this._ticketKeys);
};

Server.prototype.setTicketKeys = function setTicketKeys(keys) {
  if (!ArrayBuffer.isView(keys)) {
    throw binding.invalidArgType('buffer', 'an instance of Buffer, TypedArray, or DataView', keys);
  }
  if (keys.byteLength !== 48) {
    throw binding.nodeError('Error', 'ERR_INTERNAL_ASSERTION', 'Session ticket keys must be a 48-byte buffer\n' +
      'This is caused by either a bug in Node.js or incorrect usage of Node.js internals.\n' +
      'Please open an issue with this stack trace at https://github.com/nodejs/node/issues\n');
  }
  this._ticketKeys = Buffer.from(keys.buffer, keys.byteOffset, 48);
};

// setOptions only records the options on the server, as node's does.
let setOptionsDeprecated;
Server.prototype.setOptions = function setOptions(options) {
  setOptionsDeprecated ??= require('util').deprecate(function(o) {
    this.requestCert = o.requestCert === true;
    this.rejectUnauthorized = o.rejectUnauthorized !== false;
    for (const k of ['pfx', 'key', 'passphrase', 'cert', 'clientCertEngine', 'ca', 'minVersion', 'maxVersion',
      'secureProtocol', 'crl', 'ciphers', 'dhparam', 'sessionTimeout', 'ticketKeys']) {
      if (o[k]) this[k] = o[k];
    }
    if (o.ecdhCurve !== undefined) this.ecdhCurve = o.ecdhCurve;
    this.honorCipherOrder = o.honorCipherOrder !== undefined ? !!o.honorCipherOrder : true;
    if (o.secureOptions) this.secureOptions = o.secureOptions;
    if (o.ALPNProtocols) convertALPNProtocols(o.ALPNProtocols, this);
    this.sessionIdContext = o.sessionIdContext || defaultSessionIdContext();
  }, 'Server.prototype.setOptions() is deprecated', 'DEP0122');
  setOptionsDeprecated.call(this, options);
};

// node's default session id context: the first 32 hex digits of the SHA-1
// of the program's command line.
function defaultSessionIdContext() {
  return require('crypto').createHash('sha1').update(process.argv.join(' ')).digest('hex').slice(0, 32);
}

// addContext serves context to clients asking for hostname ('*' matches
// within one label, case counts); the first added match wins, as in node.
Server.prototype.addContext = function addContext(hostname, context) {
  if (typeof hostname !== 'string') throw binding.invalidArgType('hostname', 'of type string', hostname);
  const re = new RegExp('^' + hostname.replace(/([.^$+?\-\\[\]{}])/g, '\\$1').replace(/\*/g, '[^.]*') + '$');
  this._contexts.push([re, context instanceof SecureContext ? context : createSecureContext(context)]);
};

function contextsSNI(server) {
  return (servername, cb) => {
    cb(null, server._contexts.find(([re]) => re.test(servername))?.[1]);
  };
}

function createServer(options, listener) {
  return new Server(options, listener);
}

function getCiphers() {
  return ['aes128-gcm-sha256', 'aes256-gcm-sha384', 'chacha20-poly1305-sha256',
    'ecdhe-ecdsa-aes128-gcm-sha256', 'ecdhe-ecdsa-aes256-gcm-sha384', 'ecdhe-ecdsa-chacha20-poly1305',
    'ecdhe-rsa-aes128-gcm-sha256', 'ecdhe-rsa-aes256-gcm-sha384', 'ecdhe-rsa-chacha20-poly1305',
    'tls_aes_128_gcm_sha256', 'tls_aes_256_gcm_sha384', 'tls_chacha20_poly1305_sha256'];
}

let roots;

// defaultVersion is node's default minimum or maximum protocol version, as
// --tls-min-v1.0 ... --tls-max-v1.3 set it, checked in node's order.
function defaultVersion(which, fallback) {
  const { getOptionValue } = require('internal/options');
  const versions = which === 'min' ? ['1.0', '1.1', '1.2', '1.3'] : ['1.3', '1.2'];
  for (const v of versions) {
    if (getOptionValue(`--tls-${which}-v${v}`)) return v === '1.0' ? 'TLSv1' : `TLSv${v}`;
  }
  return fallback;
}

module.exports = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS,
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MIN_VERSION: defaultVersion('min', 'TLSv1.2'),
  DEFAULT_MAX_VERSION: defaultVersion('max', 'TLSv1.3'),
  getCiphers,
  rootCertificates: undefined,
  convertALPNProtocols,
  checkServerIdentity,
  createSecureContext,
  SecureContext,
  TLSSocket,
  Server,
  createServer,
  connect,
  createSecurePair() {
    throw binding.nodeError('Error', 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'tls.createSecurePair is not supported by Kiln');
  },
};

// The system's roots, read on first use (from the system bundle file Go
// itself trusts; empty where there is none).
Object.defineProperty(module.exports, 'rootCertificates', {
  __proto__: null, configurable: false, enumerable: true,
  get() { return (roots ||= Object.freeze(binding.rootCertificates())); },
});
