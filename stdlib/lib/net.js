// The net module: TCP sockets and servers over the loop's streams (see
// stdlib/net.go for the handle protocol). A handle is a plain object the Go
// side calls back: onread(chunk | null at EOF | undefined, err),
// onconnect(err | null), onconnection(handle | undefined, err); its id
// names it to the binding; a Unix-domain socket's handle (node's "pipe") has
// pipe set. Sockets on file descriptors and Windows named pipes are not
// supported yet.

const EventEmitter = require('events');
const { Duplex } = require('stream');

let BufferCtor;
function toBuffer(u8) {
  BufferCtor ||= require('buffer').Buffer;
  return Object.setPrototypeOf(u8, BufferCtor.prototype);
}

// ---- errors in Node's forms ----

const { errnoException, exceptionWithHostPort, uvExceptionWithHostPort } = require('internal/net_errors');

const { describe } = require('internal/received');

function isLegalPort(port) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0)) return false;
  return +port === (+port >>> 0) && +port <= 0xFFFF;
}

function validatePort(port, name = 'Port') {
  if (!isLegalPort(port)) {
    throw binding.nodeError('RangeError', 'ERR_SOCKET_BAD_PORT',
      `${name} should be >= 0 and < 65536. Received ${describe(port)}.`);
  }
  return +port;
}

function validateNumber(v, name) {
  if (typeof v !== 'number') throw binding.invalidArgType(name, 'of type number', v);
}

// ---- addresses ----

const v4Part = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)';
const v4Str = `(?:${v4Part}\\.){3}${v4Part}`;
// The address patterns are compiled on first use: the IPv6 one alone was
// 1.5% of a program requiring ten of node's modules, most of which never
// look at an address.
let v4Re;
let v6Re;
const v6Seg = '(?:[0-9a-fA-F]{1,4})';

function isIPv4(s) {
  v4Re ??= new RegExp(`^${v4Str}$`);
  return v4Re.test(String(s));
}
function isIPv6(s) {
  v6Re ??= new RegExp('^(?:' +
    `(?:${v6Seg}:){7}(?:${v6Seg}|:)|` +
    `(?:${v6Seg}:){6}(?:${v4Str}|:${v6Seg}|:)|` +
    `(?:${v6Seg}:){5}(?::${v4Str}|(?::${v6Seg}){1,2}|:)|` +
    `(?:${v6Seg}:){4}(?:(?::${v6Seg}){0,1}:${v4Str}|(?::${v6Seg}){1,3}|:)|` +
    `(?:${v6Seg}:){3}(?:(?::${v6Seg}){0,2}:${v4Str}|(?::${v6Seg}){1,4}|:)|` +
    `(?:${v6Seg}:){2}(?:(?::${v6Seg}){0,3}:${v4Str}|(?::${v6Seg}){1,5}|:)|` +
    `(?:${v6Seg}:){1}(?:(?::${v6Seg}){0,4}:${v4Str}|(?::${v6Seg}){1,6}|:)|` +
    `(?::(?:(?::${v6Seg}){0,5}:${v4Str}|(?::${v6Seg}){1,7}|:))` +
    ')(?:%[0-9a-zA-Z-.:]{1,})?$');
  return v6Re.test(String(s));
}
function isIP(s) {
  if (isIPv4(s)) return 4;
  if (isIPv6(s)) return 6;
  return 0;
}

// isPipeName is node's test of a listen or connect argument that names a
// socket file rather than a port: a string that is not a number >= 0.
function isPipeName(s) {
  return typeof s === 'string' && !(Number(s) >= 0);
}

function addressObject(triple) {
  if (!Array.isArray(triple) || typeof triple[0] !== 'string') return {};
  return { address: triple[0], family: triple[1] === 6 ? 'IPv6' : 'IPv4', port: triple[2] };
}

// ---- Socket ----

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (typeof options === 'number') options = { fd: options };
  options = { ...options };
  if (options.fd !== undefined) {
    throw binding.nodeError('Error', 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
      'Sockets on file descriptors are not supported by Kiln yet');
  }
  const allowHalfOpen = !!options.allowHalfOpen;
  Duplex.call(this, {
    allowHalfOpen, emitClose: false, autoDestroy: true, decodeStrings: false,
    highWaterMark: options.highWaterMark,
  });
  this.allowHalfOpen = allowHalfOpen;
  this.connecting = false;
  this._hadError = false;
  this._handle = null;
  this._host = null;
  this._peer = null;
  this._sock = null;
  this._reading = false;
  this._unref = false;
  this._timer = null;
  this._bytesWritten = 0;
  this.bytesRead = 0;
  this.server = null;
  this._server = null;
  if (options.handle) {
    this._attach(options.handle);
    // An accepted connection reads from the start, as node's does.
    this.read(0);
  }
  this.on('end', onReadableEnd);
}
Object.setPrototypeOf(Socket.prototype, Duplex.prototype);
Object.setPrototypeOf(Socket, Duplex);

function onReadableEnd() {
  if (!this.allowHalfOpen) this.write = writeAfterFIN;
}

function writeAfterFIN(chunk, encoding, cb) {
  if (typeof encoding === 'function') cb = encoding;
  const err = new Error('This socket has been ended by the other party');
  err.code = 'EPIPE';
  if (typeof cb === 'function') process.nextTick(cb, err);
  this.destroy(err);
  return false;
}

Socket.prototype._attach = function _attach(handle) {
  this._handle = handle;
  handle.owner = this;
  handle.onread = onread;
};

function onread(chunk, err) {
  const socket = this.owner;
  if (!socket || socket.destroyed) return;
  socket._touch();
  if (chunk) {
    socket.bytesRead += chunk.length;
    if (!socket.push(toBuffer(chunk)) && socket._handle) {
      socket._reading = false;
      binding.readStop(socket._handle.id);
    }
  } else if (err) {
    socket.destroy(errnoException(err, 'read'));
  } else {
    socket._reading = false;
    socket.push(null);
    socket.read(0);
  }
}

Socket.prototype._read = function _read() {
  if (this.connecting || !this._handle) {
    this.once('connect', () => this._read());
    return;
  }
  if (this._reading) return;
  this._reading = true;
  const err = binding.readStart(this._handle.id);
  if (err) this.destroy(errnoException(err, 'read'));
};

Socket.prototype._write = function _write(chunk, encoding, cb) {
  if (this.connecting) {
    this.once('connect', () => this._write(chunk, encoding, cb));
    return;
  }
  if (!this._handle) {
    cb(binding.nodeError('Error', 'ERR_SOCKET_CLOSED', 'Socket is closed'));
    return;
  }
  this._touch();
  const data = typeof chunk === 'string' && encoding !== 'utf8' && encoding !== 'utf-8'
    ? Buffer.from(chunk, encoding) : chunk;
  let sync = false;
  const res = binding.write(this._handle.id, data, (err) => {
    if (sync) {
      if (err) this.destroy(errnoException(err, 'write'));
      return;
    }
    this._touch();
    cb(err ? errnoException(err, 'write') : undefined);
  });
  if (Array.isArray(res)) {
    cb(errnoException(res, 'write'));
    return;
  }
  // res is the byte count, or -1 when the kernel took everything already.
  if (res < 0) {
    this._bytesWritten -= res + 1;
    sync = true;
    cb();
  } else {
    this._bytesWritten += res;
  }
};

Socket.prototype._final = function _final(cb) {
  if (this.connecting) {
    this.once('connect', () => this._final(cb));
    return;
  }
  if (!this._handle) return cb();
  const err = binding.shutdown(this._handle.id, (e) => cb(e ? errnoException(e, 'shutdown') : undefined));
  if (err) cb(errnoException(err, 'shutdown'));
};

Socket.prototype._destroy = function _destroy(exception, cb) {
  this.connecting = false;
  this._clearTimer();
  if (this._handle) {
    const hadError = !!exception;
    this._handle.onread = noop;
    this._handle.owner = null;
    binding.close(this._handle.id, () => this.emit('close', hadError));
    this._handle = null;
    cb(exception);
  } else {
    cb(exception);
    process.nextTick(() => this.emit('close', !!exception));
  }
  if (this._server) {
    this._server._connections--;
    this._server._emitCloseIfDrained();
  }
};

function noop() {}

Socket.prototype.connect = function connect(...args) {
  let options;
  let cb;
  if (args.length && typeof args[args.length - 1] === 'function') cb = args.pop();
  if (args[0] !== null && typeof args[0] === 'object') {
    options = args[0];
  } else if (isPipeName(args[0])) {
    options = { path: args[0] };
  } else {
    options = { port: args[0], host: args[1] };
  }
  if (options.path) {
    if (typeof options.path !== 'string') throw binding.invalidArgType('options.path', 'of type string', options.path);
    if (cb) this.once('connect', cb);
    if (options.timeout) this.setTimeout(options.timeout);
    this.connecting = true;
    if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
    this._connectPipe(options.path);
    return this;
  }
  if (options.port === undefined || options.port === null) {
    throw binding.nodeError('TypeError', 'ERR_MISSING_ARGS', 'The "options" or "port" or "path" argument must be specified');
  }
  const host = options.host || 'localhost';
  if (typeof host !== 'string') throw binding.invalidArgType('hostname', 'of type string', host);
  const port = validatePort(options.port);
  if (cb) this.once('connect', cb);
  if (options.timeout) this.setTimeout(options.timeout);
  if (options.noDelay) this._noDelay = true;
  this.connecting = true;
  this._host = host;
  if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
  if (isIP(host)) {
    process.nextTick(() => { if (this.connecting) this._connectTo(host, port); });
    return this;
  }
  const family = options.family === 4 || options.family === 6 ? options.family : 0;
  require('dns').lookup(host, { family }, (err, address, fam) => {
    this.emit('lookup', err, address, fam, host);
    if (!this.connecting) return;
    if (err) {
      this.destroy(err);
      return;
    }
    this._connectTo(address, port);
  });
  return this;
};

Socket.prototype._connectTo = function _connectTo(address, port) {
  const handle = { id: 0, owner: null, onread: noop, onconnect };
  const res = binding.connect(handle, address, port);
  if (Array.isArray(res)) {
    this.destroy(exceptionWithHostPort(res, 'connect', address, port));
    return;
  }
  this._attach(handle);
  this._peer = [address, isIP(address), port];
  if (this._unref) binding.ref(handle.id, false);
  if (this._noDelay) binding.setNoDelay(handle.id, true);
};

// _connectPipe connects to a Unix-domain socket at path. The failure of a
// connect that fails at once comes a tick later, as from node's pipe.
Socket.prototype._connectPipe = function _connectPipe(path) {
  const handle = { id: 0, owner: null, onread: noop, onconnect, pipe: true };
  const res = binding.connectPipe(handle, path);
  if (Array.isArray(res)) {
    process.nextTick(() => this.destroy(exceptionWithHostPort(res, 'connect', path)));
    return;
  }
  this._attach(handle);
  this._peer = [path];
  if (this._unref) binding.ref(handle.id, false);
};

function onconnect(err) {
  const socket = this.owner;
  if (!socket || !socket.connecting) return;
  socket.connecting = false;
  if (err) {
    const [address, , port] = socket._peer;
    socket.destroy(exceptionWithHostPort(err, 'connect', address, port));
    return;
  }
  socket._peer = null;
  socket._touch();
  socket.emit('connect');
  socket.emit('ready');
  if (!socket.isPaused()) socket.read(0);
}

Socket.prototype.setNoDelay = function setNoDelay(enable = true) {
  if (this._handle?.pipe) return this;
  if (this._handle) binding.setNoDelay(this._handle.id, !!enable);
  else this._noDelay = !!enable;
  return this;
};

// Keep-alive probes are not exposed by the loop; accepting the call keeps
// code written for node working.
Socket.prototype.setKeepAlive = function setKeepAlive() { return this; };

Socket.prototype.setTimeout = function setTimeout(ms, cb) {
  validateNumber(ms, 'msecs');
  if (!Number.isFinite(ms) || ms < 0) {
    throw binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE',
      `The value of "msecs" is out of range. It must be a non-negative finite number. Received ${binding.inspect(ms)}`);
  }
  if (ms !== 0 && ms === this.timeout && this._timer) {
    // Re-arming with the same delay (HTTP keep-alive does it per response)
    // reuses the timer.
    if (typeof cb === 'function') this.once('timeout', cb);
    this._timer.refresh();
    return this;
  }
  this.timeout = ms;
  this._clearTimer();
  if (ms === 0) {
    if (typeof cb === 'function') this.removeListener('timeout', cb);
  } else {
    if (typeof cb === 'function') this.once('timeout', cb);
    this._timer = globalThis.setTimeout(() => {
      this._timer = null;
      this.emit('timeout');
    }, ms);
    this._timer.unref();
  }
  return this;
};

Socket.prototype._touch = function _touch() {
  if (this._timer) this._timer.refresh();
};

Socket.prototype._clearTimer = function _clearTimer() {
  if (this._timer) {
    clearTimeout(this._timer);
    this._timer = null;
  }
};

Socket.prototype.address = function address() {
  if (!this._handle || this._handle.pipe) return {};
  this._sock ||= binding.localAddress(this._handle.id);
  return addressObject(this._sock);
};

Socket.prototype._peerName = function _peerName() {
  if (!this._handle || this._handle.pipe || this.connecting) return undefined;
  this._remote ||= binding.remoteAddress(this._handle.id);
  return Array.isArray(this._remote) && typeof this._remote[0] === 'string' ? this._remote : undefined;
};

const getters = {
  remoteAddress() { return this._peerName()?.[0]; },
  remoteFamily() { const p = this._peerName(); return p && (p[1] === 6 ? 'IPv6' : 'IPv4'); },
  remotePort() { return this._peerName()?.[2]; },
  localAddress() { return this.address().address; },
  localPort() { return this.address().port; },
  localFamily() { return this.address().family; },
  bytesWritten() { return this._bytesWritten; },
  pending() { return !this._handle || this.connecting; },
  readyState() {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  },
  bufferSize() { return this._handle ? this.writableLength : undefined; },
};
for (const name of Object.keys(getters)) {
  Object.defineProperty(Socket.prototype, name, { __proto__: null, configurable: true, enumerable: true, get: getters[name] });
}

Socket.prototype.ref = function ref() {
  this._unref = false;
  if (this._handle) binding.ref(this._handle.id, true);
  return this;
};

Socket.prototype.unref = function unref() {
  this._unref = true;
  if (this._handle) binding.ref(this._handle.id, false);
  return this;
};

Socket.prototype.destroySoon = function destroySoon() {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

Socket.prototype.resetAndDestroy = function resetAndDestroy() {
  return this.destroy();
};

// ---- Server ----

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
  } else if (options === undefined || options === null) {
    options = {};
  } else if (typeof options !== 'object') {
    throw binding.invalidArgType('options', 'of type object', options);
  }
  if (connectionListener) this.on('connection', connectionListener);
  this._connections = 0;
  this._handle = null;
  this._unref = false;
  this._listening = false;
  this.allowHalfOpen = !!options.allowHalfOpen;
  this.pauseOnConnect = !!options.pauseOnConnect;
  this.noDelay = !!options.noDelay;
  this.maxConnections = undefined;
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

Object.defineProperty(Server.prototype, 'listening', {
  __proto__: null, configurable: true, enumerable: true,
  get() { return !!this._handle; },
});

Server.prototype.listen = function listen(...args) {
  let cb;
  if (args.length && typeof args[args.length - 1] === 'function') cb = args.pop();
  let options;
  if (args[0] !== null && typeof args[0] === 'object') {
    options = args[0];
  } else if (isPipeName(args[0])) {
    options = { path: args[0] };
    if (typeof args[1] === 'number') options.backlog = args[1];
  } else {
    options = { port: args[0], host: typeof args[1] === 'string' ? args[1] : undefined };
    const backlog = typeof args[1] === 'number' ? args[1] : args[2];
    if (typeof backlog === 'number') options.backlog = backlog;
  }
  if (this._handle) {
    throw binding.nodeError('Error', 'ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.');
  }
  if (typeof options.port !== 'number' && typeof options.port !== 'string' && options.path && isPipeName(options.path)) {
    if (cb) this.once('listening', cb);
    this._listenPipe(options.path, options.backlog || 511, options.readableAll, options.writableAll);
    return this;
  }
  const port = options.port === undefined || options.port === null ? 0 : validatePort(options.port, 'options.port');
  const backlog = options.backlog || 511;
  if (cb) this.once('listening', cb);
  if (options.host === undefined || options.host === null || options.host === '') {
    this._listenOn(null, port, backlog);
  } else {
    // Node resolves even a numeric host, which puts 'listening' a tick later.
    require('dns').lookup(options.host, (err, address) => {
      if (err) this.emit('error', err);
      else this._listenOn(address, port, backlog);
    });
  }
  return this;
};

Server.prototype._listenOn = function _listenOn(host, port, backlog) {
  const handle = { id: 0, owner: this, onconnection };
  // A cluster's workers share a port through SO_REUSEPORT (see cluster.js).
  const cluster = require('cluster');
  const shared = cluster.isWorker;
  let res;
  if (host === null) {
    // No host: the IPv6 wildcard, which takes IPv4 too, or the IPv4 one
    // on a machine without IPv6.
    res = binding.listen(handle, '::', port, backlog, shared);
    if (Array.isArray(res) && res[1] === 'EAFNOSUPPORT') {
      host = '0.0.0.0';
      res = binding.listen(handle, host, port, backlog, shared);
    } else {
      host = '::';
    }
  } else {
    res = binding.listen(handle, host, port, backlog, shared);
  }
  if (Array.isArray(res)) {
    const err = uvExceptionWithHostPort(res, 'listen', host, port);
    process.nextTick(() => this.emit('error', err));
    return;
  }
  handle.id = res;
  this._handle = handle;
  if (this._unref) binding.refListener(res, false);
  process.nextTick(() => {
    if (this._handle !== handle) return;
    this.emit('listening');
    if (shared) cluster._listening(this);
  });
};

// _listenPipe listens on a Unix-domain socket at path; a failure reports
// port -1, as node's does for a pipe.
Server.prototype._listenPipe = function _listenPipe(path, backlog, readableAll, writableAll) {
  const handle = { id: 0, owner: this, onconnection, pipe: true };
  const res = binding.listenPipe(handle, path, backlog);
  if (Array.isArray(res)) {
    const err = uvExceptionWithHostPort(res, 'listen', path, -1);
    process.nextTick(() => this.emit('error', err));
    return;
  }
  handle.id = res;
  if (readableAll || writableAll) {
    // libuv's uv_pipe_chmod: read and/or write for everyone, added to the
    // socket file's mode.
    const want = (readableAll ? 0o444 : 0) | (writableAll ? 0o222 : 0);
    const fs = require('fs');
    try {
      const mode = fs.statSync(path).mode & 0o7777;
      if ((mode & want) !== want) fs.chmodSync(path, mode | want);
    } catch (e) {
      binding.closeListener(res, noop);
      const err = new Error(`uv_pipe_chmod ${e.code}`);
      err.errno = e.errno;
      err.code = e.code;
      err.syscall = 'uv_pipe_chmod';
      throw err;
    }
  }
  this._handle = handle;
  this._pipeName = path;
  if (this._unref) binding.refListener(res, false);
  process.nextTick(() => { if (this._handle === handle) this.emit('listening'); });
};

function onconnection(clientHandle, err) {
  const server = this.owner;
  if (err) {
    server.emit('error', errnoException(err, 'accept'));
    return;
  }
  if (this.pipe) clientHandle.pipe = true;
  if (server.maxConnections && server._connections >= server.maxConnections) {
    const local = addressObject(binding.localAddress(clientHandle.id));
    const remote = addressObject(binding.remoteAddress(clientHandle.id));
    binding.close(clientHandle.id, null);
    server.emit('drop', {
      localAddress: local.address, localPort: local.port, localFamily: local.family,
      remoteAddress: remote.address, remotePort: remote.port, remoteFamily: remote.family,
    });
    return;
  }
  const socket = new Socket({ handle: clientHandle, allowHalfOpen: server.allowHalfOpen });
  if (server.noDelay) socket.setNoDelay(true);
  if (server.pauseOnConnect) socket.pause();
  socket.server = server;
  socket._server = server;
  server._connections++;
  server.emit('connection', socket);
}

// A pipe server answers its path, even once closed, as node's does.
Server.prototype.address = function address() {
  if (this._handle && !this._handle.pipe) return addressObject(binding.listenerAddress(this._handle.id));
  if (this._pipeName !== undefined) return this._pipeName;
  if (!this._handle) return null;
  return addressObject(binding.listenerAddress(this._handle.id));
};

Server.prototype.close = function close(cb) {
  if (typeof cb === 'function') {
    if (!this._handle) {
      this.once('close', () => cb(binding.nodeError('Error', 'ERR_SERVER_NOT_RUNNING', 'Server is not running.')));
    } else {
      this.once('close', cb);
    }
  }
  if (this._handle) {
    binding.closeListener(this._handle.id, noop);
    this._handle = null;
  }
  this._emitCloseIfDrained();
  return this;
};

Server.prototype._emitCloseIfDrained = function _emitCloseIfDrained() {
  if (this._handle || this._connections) return;
  process.nextTick(() => this.emit('close'));
};

Server.prototype.getConnections = function getConnections(cb) {
  process.nextTick(cb, null, this._connections);
  return this;
};

Server.prototype.ref = function ref() {
  this._unref = false;
  if (this._handle) binding.refListener(this._handle.id, true);
  return this;
};

Server.prototype.unref = function unref() {
  this._unref = true;
  if (this._handle) binding.refListener(this._handle.id, false);
  return this;
};

Server.prototype[Symbol.asyncDispose] = function asyncDispose() {
  return new Promise((resolve, reject) => this.close(err => (err ? reject(err) : resolve())));
};

// ---- factories ----

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

function connect(...args) {
  let options = {};
  if (args[0] !== null && typeof args[0] === 'object') options = args[0];
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(...args);
}

// Kept for code that reads or sets them; connect tries only the first
// address dns.lookup gives, so they change nothing yet.
let autoSelectFamily = true;
let autoSelectFamilyAttemptTimeout = 250;

// BlockList and SocketAddress load on first use: most programs never
// touch them.
let blocklist;
function lazyBlocklist() {
  blocklist ??= require('internal/blocklist');
  return blocklist;
}

module.exports = {
  get BlockList() { return lazyBlocklist().BlockList; },
  get SocketAddress() { return lazyBlocklist().SocketAddress; },
  Server, Socket, Stream: Socket,
  createServer, connect, createConnection: connect,
  isIP, isIPv4, isIPv6,
  getDefaultAutoSelectFamily() { return autoSelectFamily; },
  setDefaultAutoSelectFamily(v) { autoSelectFamily = !!v; },
  getDefaultAutoSelectFamilyAttemptTimeout() { return autoSelectFamilyAttemptTimeout; },
  setDefaultAutoSelectFamilyAttemptTimeout(v) { autoSelectFamilyAttemptTimeout = Math.max(v, 10); },
};
