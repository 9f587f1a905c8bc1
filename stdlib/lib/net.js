// The net module: TCP sockets and servers over the loop's streams (see
// stdlib/net.go for the handle protocol). A handle is an object the Go side
// calls back: onread(ArrayBuffer | null at EOF | undefined, err),
// onconnect(err | null), onconnection(handle | undefined, err) (a handle made
// with the listener handle's clientProto as its prototype); its id
// names it to the binding; a Unix-domain socket's handle (node's "pipe") has
// pipe set. A socket's handle is a Handle, node's TCP wrap in miniature (see
// there). Sockets on file descriptors and Windows named pipes are not
// supported yet.

const EventEmitter = require('events');
// As node's internals, the process object itself, not the global (an
// accessor, which a program may set, and a native call per read).
const process = require('process');
const { Duplex } = require('stream');

// A read's bytes come as an ArrayBuffer of their own, as node's
// onStreamRead gets them, and become a Buffer over the same memory without
// Buffer.from's checks.
const { FastBuffer } = require('internal/buffer');

// ---- errors in Node's forms ----

const { errnoException, exceptionWithHostPort, uvExceptionWithHostPort } = require('internal/net_errors');

const { describe } = require('internal/received');

// node's built-in diagnostics channels of net (see its diagnostics_channel
// docs): connect() publishes the sockets it makes, a server the ones it
// accepts, and listen() traces its start, its success and its failure.
const dc = require('diagnostics_channel');
const clientSocketChannel = dc.channel('net.client.socket');
const serverSocketChannel = dc.channel('net.server.socket');
const listenChannel = dc.tracingChannel('net.server.listen');

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

// normalizeArgs is node's net._normalizeArgs: connect's and listen's
// arguments as [options, cb or null], marked so that socket.connect takes
// the pair as it is (packages such as agent-base pass one).
const normalizedArgsSymbol = Symbol('normalizedArgs');
function normalizeArgs(args) {
  let arr;
  if (args.length === 0) {
    arr = [{}, null];
    arr[normalizedArgsSymbol] = true;
    return arr;
  }
  const arg0 = args[0];
  let options = {};
  if (typeof arg0 === 'object' && arg0 !== null) {
    options = arg0;
  } else if (isPipeName(arg0)) {
    options.path = arg0;
  } else {
    options.port = arg0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  arr = typeof cb !== 'function' ? [options, null] : [options, cb];
  arr[normalizedArgsSymbol] = true;
  return arr;
}

// unwrapNormalized turns a normalized pair passed as connect's only
// argument back into connect's arguments.
function unwrapNormalized(args) {
  if (Array.isArray(args[0]) && args[0][normalizedArgsSymbol]) {
    const [options, cb] = args[0];
    return cb ? [options, cb] : [options];
  }
  return args;
}

// _setSimultaneousAccepts matters on Windows only; elsewhere node's warns
// that it is deprecated (DEP0121), once, and does nothing.
let warnSimultaneousAccepts = true;
const _setSimultaneousAccepts = function() {
  if (warnSimultaneousAccepts) {
    process.emitWarning('net._setSimultaneousAccepts() is deprecated and will be removed.', 'DeprecationWarning', 'DEP0121');
    warnSimultaneousAccepts = false;
  }
};

function addressObject(triple) {
  if (!Array.isArray(triple) || typeof triple[0] !== 'string') return {};
  return { address: triple[0], family: triple[1] === 6 ? 'IPv6' : 'IPv4', port: triple[2] };
}

// ---- handles ----

// A Handle is the part of node's TCP and Pipe wraps that net.Socket calls
// through its _handle: connect and connect6 (which complete through
// req.oncomplete, node's afterConnect protocol), readStart, getsockname,
// getpeername, ref, close. Packages that stand in for the network
// (@mswjs/interceptors, under nock and msw) replace these on the instance
// to take a connection over, so the socket must go through them. A socket
// gets its handle when connect starts, before the lookup, as in node; id
// stays 0, which the binding knows no stream by, until connect opens one.
function Handle() {
  this.id = 0;
  this.owner = null;
  this.onread = noop;
  this.onconnect = onconnect;
  this.reading = false;
  this._req = null;
  this._refed = true;
  this._noDelay = false;
}

// Pipe and TCP are the two kinds, named as node's wraps are (code checks
// _handle.constructor.name, or instanceof on process.binding's classes).
function Pipe() {
  Handle.call(this);
}
Object.setPrototypeOf(Pipe.prototype, Handle.prototype);
Pipe.prototype.pipe = true;

function TCP() {
  Handle.call(this);
}
Object.setPrototypeOf(TCP.prototype, Handle.prototype);

// TTY is a terminal's handle (a tty stream's), made by ttyHandle.
function TTY() {
  Handle.call(this);
}
Object.setPrototypeOf(TTY.prototype, Handle.prototype);
TTY.prototype.pipe = true;

// ttyHandle opens the terminal on fd for a tty stream, as node's TTY wrap
// does, or throws node's SystemError ERR_TTY_INIT_FAILED.
function ttyHandle(fd) {
  const handle = new TTY();
  const res = binding.openTTY(handle, fd);
  if (Array.isArray(res)) {
    throw binding.systemError('ERR_TTY_INIT_FAILED', 'TTY initialization failed',
      { errno: res[0], code: res[1], message: res[2], syscall: 'uv_tty_init' });
  }
  return handle;
}

// open takes over a descriptor the process was given (a pipe or socket
// as its stdio, or from a parent): 0, or the failure as connect's.
Handle.prototype.open = function open(fd) {
  const res = binding.open(this, fd);
  if (Array.isArray(res)) return res;
  if (!this._refed) binding.ref(this.id, false);
  return 0;
};

// setBlocking makes writes wait until the kernel takes them all.
Handle.prototype.setBlocking = function setBlocking(blocking) {
  if (!this.id) return 0;
  const res = binding.setBlocking(this.id, !!blocking);
  return Array.isArray(res) ? res[0] : 0;
};

Object.defineProperty(Handle.prototype, 'writeQueueSize', {
  __proto__: null, configurable: true, enumerable: true,
  get() { return this.id ? binding.writeQueueSize(this.id) : 0; },
});

// connect answers 0, or the binding's [errno, code, description] where
// node's answers a negative errno.
Handle.prototype.connect = function connect(req, address, port) {
  return this._opened(req, binding.connect(this, address, port));
};
Handle.prototype.connect6 = Handle.prototype.connect;

Handle.prototype.connectPipe = function connectPipe(req, path) {
  return this._opened(req, binding.connectPipe(this, path));
};

Handle.prototype._opened = function _opened(req, res) {
  if (Array.isArray(res)) return res;
  this._req = req;
  if (!this._refed) binding.ref(this.id, false);
  if (this._noDelay) binding.setNoDelay(this.id, true);
  return 0;
};

function onconnect(err) {
  const req = this._req;
  this._req = null;
  if (req) req.oncomplete(err || 0, this, req, true, true);
}

Handle.prototype.readStart = function readStart() {
  const err = binding.readStart(this.id);
  this.reading = !err;
  return err;
};

Handle.prototype.readStop = function readStop() {
  this.reading = false;
  binding.readStop(this.id);
};

// getsockname and getpeername fill out as node's do and answer 0, or
// non-zero when there is no address to give.
Handle.prototype.getsockname = function getsockname(out) {
  return fillAddress(out, this.id && !this.pipe ? binding.localAddress(this.id) : null);
};

Handle.prototype.getpeername = function getpeername(out) {
  return fillAddress(out, this.id && !this.pipe ? binding.remoteAddress(this.id) : null);
};

function fillAddress(out, triple) {
  if (!Array.isArray(triple) || typeof triple[0] !== 'string') return -1;
  Object.assign(out, addressObject(triple));
  return 0;
}

// shutdown answers 1 when there is nothing to shut down (node's answer for
// a stream that is not connected, which a socket taken over by an
// interceptor never is), 0 when req.oncomplete will follow, or the failure.
Handle.prototype.shutdown = function shutdown(req) {
  if (!this.id) return 1;
  return binding.shutdown(this.id, (e) => req.oncomplete(e || 0)) || 0;
};

// fd is the descriptor of the handle's stream, -1 when it has none.
Object.defineProperty(Handle.prototype, 'fd', {
  __proto__: null, configurable: true, enumerable: true,
  get() { return this.id ? binding.fd(this.id) : -1; },
});

Handle.prototype.setNoDelay = function setNoDelay(enable) {
  this._noDelay = enable;
  if (this.id) binding.setNoDelay(this.id, enable);
};

Handle.prototype.ref = function ref() {
  this._refed = true;
  if (this.id) binding.ref(this.id, true);
};

Handle.prototype.unref = function unref() {
  this._refed = false;
  if (this.id) binding.ref(this.id, false);
};

Handle.prototype.hasRef = function hasRef() { return this._refed; };

// close of a handle that never opened a stream calls back in the check
// phase, after the error a destroy emits on the next tick, as node's close
// callbacks come after it.
Handle.prototype.close = function close(cb = noop) {
  this._req = null;
  if (this.id) binding.close(this.id, cb);
  else setImmediate(cb);
};

// ---- Socket ----

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (typeof options === 'number') options = { fd: options };
  options = { ...options };
  const allowHalfOpen = !!options.allowHalfOpen;
  Duplex.call(this, {
    allowHalfOpen, emitClose: false, autoDestroy: true, decodeStrings: false,
    highWaterMark: options.highWaterMark, readableHighWaterMark: options.readableHighWaterMark,
    writableHighWaterMark: options.writableHighWaterMark, readable: options.readable, writable: options.writable,
  });
  this.allowHalfOpen = allowHalfOpen;
  this.connecting = false;
  this._hadError = false;
  this._handle = null;
  this._host = null;
  this._sockname = null;
  this._peername = null;
  this._pendingData = null;
  this._pendingEncoding = '';
  this._unref = false;
  this._timer = null;
  this._bytesWritten = 0;
  this.bytesRead = 0;
  this.server = null;
  this._server = null;
  if (options.handle) {
    this._attach(options.handle);
  } else if (options.fd !== undefined) {
    this._attach(handleOnFd(options.fd));
  }
  // A socket made on a handle or descriptor (an accepted connection, a
  // pipe to a child, process.stdin) reads from the start, as node's does,
  // unless it was made not readable or asked to wait (manualStart).
  if (this._handle && options.readable !== false && !options.manualStart) this.read(0);
  this.on('end', onReadableEnd);
}
Object.setPrototypeOf(Socket.prototype, Duplex.prototype);
Object.setPrototypeOf(Socket, Duplex);

// handleOnFd is node's createHandle and open for net.Socket({ fd }): a
// Pipe or TCP handle by what the descriptor is, else ERR_INVALID_FD_TYPE.
function handleOnFd(fd) {
  if (typeof fd !== 'number') throw binding.invalidArgType('fd', 'of type number', fd);
  if (!Number.isInteger(fd)) throw binding.outOfRange('fd', 'an integer', fd);
  if (fd < 0 || fd > 2147483647) throw binding.outOfRange('fd', '>= 0 && <= 2147483647', fd);
  const type = binding.guessHandleType(fd);
  if (type !== 'PIPE' && type !== 'TCP') {
    throw binding.nodeError('TypeError', 'ERR_INVALID_FD_TYPE', `Unsupported fd type: ${type}`);
  }
  const handle = type === 'PIPE' ? new Pipe() : new TCP();
  const err = handle.open(fd);
  if (err) throw errnoException(err, 'open');
  return handle;
}

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
  // (socket._touch, without the call per read)
  if (socket._timer) socket._timer.refresh();
  if (chunk) {
    socket.bytesRead += chunk.byteLength;
    if (!socket.push(new FastBuffer(chunk)) && socket._handle) socket._handle.readStop();
  } else if (err) {
    socket.destroy(errnoException(err, 'read'));
  } else {
    if (socket._handle) socket._handle.reading = false;
    socket.push(null);
    socket.read(0);
  }
}

Socket.prototype._read = function _read() {
  if (this.connecting || !this._handle) {
    this.once('connect', () => this._read());
    return;
  }
  if (this._handle.reading) return;
  const err = this._handle.readStart();
  if (err) this.destroy(errnoException(err, 'read'));
};

Socket.prototype._write = function _write(chunk, encoding, cb) {
  this._writeGeneric(false, chunk, encoding, cb);
};

// _writev sends the writes that a cork (or a write in progress) held back
// in one write: the binding joins them, with the copy it makes anyway.
Socket.prototype._writev = function _writev(chunks, cb) {
  this._writeGeneric(true, chunks, '', cb);
};

// _writeGeneric is node's one write path, for _write and _writev (chunk is
// then the array of { chunk, encoding }). Interceptors replace it on the
// instance to see what a client sends; the data of a write that waits for
// the connection is in _pendingData meanwhile, where node keeps it.
Socket.prototype._writeGeneric = function _writeGeneric(writev, chunk, encoding, cb) {
  if (this.connecting) {
    this._pendingData = chunk;
    this._pendingEncoding = encoding;
    const onClose = () => cb(binding.nodeError('Error', 'ERR_SOCKET_CLOSED_BEFORE_CONNECTION',
      'Socket closed before the connection was established'));
    this.once('connect', () => {
      this.removeListener('close', onClose);
      this._writeGeneric(writev, chunk, encoding, cb);
    });
    this.once('close', onClose);
    return;
  }
  this._pendingData = null;
  this._pendingEncoding = '';
  if (!this._handle) {
    cb(binding.nodeError('Error', 'ERR_SOCKET_CLOSED', 'Socket is closed'));
    return;
  }
  if (this._timer) this._timer.refresh();
  // Latin-1 text (an http head) goes to the binding as it is, marked, and
  // is encoded there, without a Buffer made for it here.
  let data;
  let latin1 = false;
  if (writev) {
    data = new Array(chunk.length);
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i].chunk;
      if (typeof c === 'string' && isLatin1(chunk[i].encoding)) {
        latin1 ||= new Array(chunk.length).fill(false);
        latin1[i] = true;
        data[i] = c;
      } else {
        data[i] = bindingData(c, chunk[i].encoding);
      }
    }
  } else if (typeof chunk === 'string' && (encoding === 'latin1' || encoding === 'binary' || encoding === 'ascii')) {
    data = chunk;
    latin1 = true;
  } else {
    data = typeof chunk === 'string' ? bindingData(chunk, encoding) : chunk;
  }
  let sync = false;
  const res = binding.write(this._handle.id, data, (err) => {
    if (sync) {
      if (err) this.destroy(errnoException(err, 'write'));
      return;
    }
    this._touch();
    cb(err ? errnoException(err, 'write') : undefined);
  }, latin1);
  if (Array.isArray(res)) {
    cb(errnoException(res, 'write'));
    return;
  }
  // res is the byte count, or -1 when the kernel took everything already
  // (the callback then comes only with a failure).
  if (res < 0) {
    this._bytesWritten -= res + 1;
    sync = true;
    cb();
  } else {
    this._bytesWritten += res;
  }
};

function isLatin1(encoding) {
  return encoding === 'latin1' || encoding === 'binary' || encoding === 'ascii';
}

// bindingData is what binding.write takes for a chunk: bytes, or text it
// sends as UTF-8.
function bindingData(chunk, encoding) {
  return typeof chunk === 'string' && encoding !== 'utf8' && encoding !== 'utf-8' ? Buffer.from(chunk, encoding) : chunk;
}

Socket.prototype._final = function _final(cb) {
  if (this.connecting) {
    this.once('connect', () => this._final(cb));
    return;
  }
  if (!this._handle) return cb();
  // As node's afterShutdown, the outcome of a shutdown that started is not
  // the stream's: a pipe's write end (a child's stdin) cannot be shut down
  // (ENOTSOCK), and closes when the socket is destroyed after 'finish'.
  const req = { oncomplete: () => cb() };
  const err = this._handle.shutdown(req);
  if (err === 1) cb();
  else if (err) cb(errnoException(err, 'shutdown'));
};

Socket.prototype._destroy = function _destroy(exception, cb) {
  this.connecting = false;
  this._clearTimer();
  if (this._handle) {
    const hadError = !!exception;
    this._handle.onread = noop;
    this._handle.owner = null;
    this._handle.close(() => this.emit('close', hadError));
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
  args = unwrapNormalized(args);
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
    this._newHandle(true);
    this.connecting = true;
    if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
    const req = { oncomplete: afterConnect, address: options.path };
    const err = this._handle.connectPipe(req, options.path);
    // A connect that fails at once fails a tick later, as node's pipe does.
    if (err) process.nextTick(() => this.destroy(exceptionWithHostPort(err, 'connect', options.path)));
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
  this._newHandle(false);
  if (options.noDelay) this._handle.setNoDelay(true);
  this.connecting = true;
  if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
  lookupAndConnect(this, options, host, port);
  return this;
};

Socket.prototype._newHandle = function _newHandle(pipe) {
  if (this._handle) return;
  const handle = pipe ? new Pipe() : new TCP();
  handle.owner = this;
  handle.onread = onread;
  if (this._unref) handle.unref();
  if (this._noDelay) handle.setNoDelay(true);
  this._handle = handle;
};

// lookupAndConnect is node's: an IP address connects a tick later; a name
// goes to options.lookup (dns.lookup by default) with node's options,
// asking for every address when the family is open and autoSelectFamily is
// on, and the socket then tries them in turn.
function lookupAndConnect(self, options, host, port) {
  let auto = autoSelectFamily;
  if (options.autoSelectFamily !== undefined && options.autoSelectFamily !== null) {
    if (typeof options.autoSelectFamily !== 'boolean') {
      throw binding.invalidArgType('options.autoSelectFamily', 'of type boolean', options.autoSelectFamily);
    }
    auto = options.autoSelectFamily;
  }
  let timeout = autoSelectFamilyAttemptTimeout;
  const t = options.autoSelectFamilyAttemptTimeout;
  if (t !== undefined && t !== null) {
    validateNumber(t, 'options.autoSelectFamilyAttemptTimeout');
    if (!Number.isInteger(t)) throw binding.outOfRange('options.autoSelectFamilyAttemptTimeout', 'an integer', t);
    if (t < 1 || t > 2147483647) throw binding.outOfRange('options.autoSelectFamilyAttemptTimeout', '>= 1 && <= 2147483647', t);
    timeout = Math.max(t, 10);
  }
  const addressType = isIP(host);
  if (addressType) {
    process.nextTick(() => {
      if (self.connecting) internalConnect(self, host, port, addressType);
    });
    return;
  }
  if (options.lookup !== undefined && options.lookup !== null && typeof options.lookup !== 'function') {
    throw binding.invalidArgType('options.lookup', 'of type function', options.lookup);
  }
  const dns = require('dns');
  const family = socketToDnsFamily(options.family);
  const dnsopts = { family, hints: options.hints || 0 };
  if (process.platform !== 'win32' && family !== 4 && family !== 6 && dnsopts.hints === 0) {
    dnsopts.hints = dns.ADDRCONFIG;
  }
  self._host = host;
  const lookup = options.lookup || dns.lookup;
  if (family !== 4 && family !== 6 && !options.localAddress && auto) {
    dnsopts.all = true;
    lookup(host, dnsopts, (err, addresses) => {
      if (self.connecting) connectToAny(self, options, host, port, err, addresses, timeout);
    });
    return;
  }
  lookup(host, dnsopts, (err, ip, type) => {
    self.emit('lookup', err, ip, type, host);
    if (!self.connecting) return;
    if (!err && (typeof ip !== 'string' || !isIP(ip))) err = invalidIPAddress(ip);
    else if (!err && type !== 4 && type !== 6) err = invalidAddressFamily(type, options);
    if (err) {
      process.nextTick(() => self.destroy(err));
      return;
    }
    self._unrefTimer();
    internalConnect(self, ip, port, type);
  });
}

function socketToDnsFamily(family) {
  if (family === 'IPv4') return 4;
  if (family === 'IPv6') return 6;
  return family;
}

// invalidIPAddress shows what the lookup gave as node's %s does: an object
// (an array of addresses where one was expected) inspected shallowly.
function invalidIPAddress(ip) {
  const shown = ip !== null && typeof ip === 'object' ? require('util').inspect(ip, { depth: 0 }) : ip;
  return binding.nodeError('TypeError', 'ERR_INVALID_IP_ADDRESS', `Invalid IP address: ${shown}`);
}

function invalidAddressFamily(type, options) {
  return binding.nodeError('RangeError', 'ERR_INVALID_ADDRESS_FAMILY',
    `Invalid address family: ${type} ${options.host}:${options.port}`);
}

// connectToAny takes the answer of an all:true lookup: it emits 'lookup'
// per address, keeps each valid address once, orders them alternating
// between the families starting with the first one's, and connects to the
// only one or tries them in turn. With no valid address it fails on the
// first.
function connectToAny(self, options, host, port, err, addresses, timeout) {
  if (err) {
    self.emit('lookup', err, undefined, undefined, host);
    process.nextTick(() => self.destroy(err));
    return;
  }
  const groups = [[], []];
  let first;
  // An index loop, as node's: a lookup that answers a string here is
  // walked by its characters, none an address.
  for (let i = 0; i < addresses.length; i++) {
    const { address, family } = addresses[i];
    self.emit('lookup', err, address, family, host);
    if (!self.connecting) return;
    if (!isIP(address) || (family !== 4 && family !== 6)) continue;
    first ??= family;
    const group = groups[family === first ? 0 : 1];
    if (!group.some((a) => a.address === address)) group.push({ address, family });
  }
  if (!groups[0].length) {
    const { address, family } = addresses[0];
    const bad = isIP(address) ? invalidAddressFamily(family, options) : invalidIPAddress(address);
    process.nextTick(() => self.destroy(bad));
    return;
  }
  const order = [];
  for (let i = 0; i < groups[0].length || i < groups[1].length; i++) {
    if (i < groups[0].length) order.push(groups[0][i]);
    if (i < groups[1].length) order.push(groups[1][i]);
  }
  self._unrefTimer();
  if (order.length === 1) {
    internalConnect(self, order[0].address, port, order[0].family);
    return;
  }
  self.autoSelectFamilyAttemptedAddresses = [];
  connectNext(self, { addresses: order, current: 0, port, timeout, timer: null, errors: [] });
}

function internalConnect(self, address, port, addressType) {
  self.emit('connectionAttempt', address, port, addressType);
  const req = { oncomplete: afterConnect, address, port, addressType };
  const err = addressType === 6 ? self._handle.connect6(req, address, port) : self._handle.connect(req, address, port);
  if (err) self.destroy(exceptionWithHostPort(err, 'connect', address, port));
}

// afterConnect is node's completion of a connect, called through the
// request's oncomplete with status 0 or the failure.
function afterConnect(status, handle, req, readable, writable) {
  const self = handle.owner;
  if (!self || self.destroyed) return;
  self.connecting = false;
  self._sockname = null;
  if (status) {
    const ex = exceptionWithHostPort(status, 'connect', req.address, req.port);
    if (!handle.pipe) self.emit('connectionAttemptFailed', req.address, req.port, req.addressType, ex);
    self.destroy(ex);
    return;
  }
  if (self.readable && !readable) {
    self.push(null);
    self.read();
  }
  if (self.writable && !writable) self.end();
  self._unrefTimer();
  self.emit('connect');
  self.emit('ready');
  if (readable && !self.isPaused()) self.read(0);
}

// connectNext makes the next attempt of a connect to several addresses,
// each on a handle of its own; one that has not completed within the
// attempt timeout is abandoned for the next address, as in node.
function connectNext(self, ctx) {
  const { address, family } = ctx.addresses[ctx.current++];
  if (ctx.current > 1) {
    // The abandoned attempt's handle goes; the last one's goes with the
    // socket.
    self._handle.owner = null;
    self._handle.close();
    self._handle = null;
    self._newHandle(false);
  }
  self.autoSelectFamilyAttemptedAddresses.push(`${address}:${ctx.port}`);
  self.emit('connectionAttempt', address, ctx.port, family);
  const req = { oncomplete: afterConnectNext, address, port: ctx.port, addressType: family, ctx };
  const handle = self._handle;
  const err = family === 6 ? handle.connect6(req, address, ctx.port) : handle.connect(req, address, ctx.port);
  if (err) {
    attemptFailed(self, ctx, req, exceptionWithHostPort(err, 'connect', address, ctx.port));
    return;
  }
  if (ctx.current < ctx.addresses.length) {
    ctx.timer = globalThis.setTimeout(() => {
      ctx.timer = null;
      if (self._handle !== handle || !self.connecting) return;
      self.emit('connectionAttemptTimeout', address, ctx.port, family);
      const etimedout = [-require('os').constants.errno.ETIMEDOUT, 'ETIMEDOUT', 'connection timed out'];
      ctx.errors.push(exceptionWithHostPort(etimedout, 'connect', address, ctx.port));
      connectNext(self, ctx);
    }, ctx.timeout);
    ctx.timer.unref();
  }
}

function afterConnectNext(status, handle, req, readable, writable) {
  const ctx = req.ctx;
  const self = handle.owner;
  if (!self || self.destroyed) return;
  if (ctx.timer) {
    clearTimeout(ctx.timer);
    ctx.timer = null;
  }
  if (!status) {
    afterConnect(status, handle, req, readable, writable);
    return;
  }
  attemptFailed(self, ctx, req, exceptionWithHostPort(status, 'connect', req.address, req.port));
}

// attemptFailed moves on to the next address, or fails the connect: with
// the one error, or an AggregateError of all that carries the first's code.
function attemptFailed(self, ctx, req, ex) {
  ctx.errors.push(ex);
  self.emit('connectionAttemptFailed', req.address, req.port, req.addressType, ex);
  if (ctx.current < ctx.addresses.length) {
    connectNext(self, ctx);
    return;
  }
  self.connecting = false;
  let err = ctx.errors[0];
  if (ctx.errors.length > 1) {
    err = new AggregateError(ctx.errors);
    err.code = ctx.errors[0].code;
  }
  self.destroy(err);
}

Socket.prototype.setNoDelay = function setNoDelay(enable = true) {
  if (this._handle?.pipe) return this;
  if (this._handle) this._handle.setNoDelay(!!enable);
  else this._noDelay = !!enable;
  return this;
};

// Keep-alive probes are not exposed by the loop; accepting the call keeps
// code written for node working.
Socket.prototype.setKeepAlive = function setKeepAlive() { return this; };

Socket.prototype.setTimeout = function setTimeout(ms, cb) {
  if (ms === this.timeout && ms !== 0 && cb === undefined && this._timer) {
    // Re-arming with the same delay (HTTP keep-alive does it per response)
    // refreshes the timer.
    this._timer.refresh();
    return this;
  }
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

// _unrefTimer is node's name for _touch, which interceptors call on data
// they deliver themselves.
Socket.prototype._unrefTimer = Socket.prototype._touch;

Socket.prototype._clearTimer = function _clearTimer() {
  if (this._timer) {
    clearTimeout(this._timer);
    this._timer = null;
  }
};

Socket.prototype.address = function address() {
  if (!this._handle || this._handle.pipe) return {};
  if (!this._sockname) {
    const out = {};
    if (this._handle.getsockname(out)) return {};
    this._sockname = out;
  }
  return this._sockname;
};

// _peerName is the peer's {address, family, port}, kept once connected.
Socket.prototype._peerName = function _peerName() {
  if (this._peername) return this._peername;
  if (!this._handle || this._handle.pipe || this.connecting) return undefined;
  const out = {};
  if (this._handle.getpeername(out)) return undefined;
  this._peername = out;
  return out;
};

const getters = {
  remoteAddress() { return this._peerName()?.address; },
  remoteFamily() { return this._peerName()?.family; },
  remotePort() { return this._peerName()?.port; },
  localAddress() { return this.address().address; },
  localPort() { return this.address().port; },
  localFamily() { return this.address().family; },
  bytesWritten() { return this._bytesWritten + unsentBytes(this); },
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

// unsentBytes is what node adds to bytesWritten before it is sent: the
// write buffer and the data of a write waiting for the connection.
function unsentBytes(socket) {
  let n = 0;
  const count = (chunk, encoding) => {
    n += typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.length;
  };
  for (const el of socket.writableBuffer || []) count(el.chunk, el.encoding);
  const data = socket._pendingData;
  if (Array.isArray(data)) for (const el of data) count(el.chunk, el.encoding);
  else if (data) count(data, socket._pendingEncoding);
  return n;
}

Socket.prototype.ref = function ref() {
  this._unref = false;
  if (this._handle) this._handle.ref();
  return this;
};

Socket.prototype.unref = function unref() {
  this._unref = true;
  if (this._handle) this._handle.unref();
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
    options = { port: args[0] };
    if (typeof args[1] === 'string') options.host = args[1];
    const backlog = typeof args[1] === 'number' ? args[1] : args[2];
    if (typeof backlog === 'number') options.backlog = backlog;
  }
  if (this._handle) {
    throw binding.nodeError('Error', 'ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.');
  }
  if (listenChannel.asyncStart.hasSubscribers) listenChannel.asyncStart.publish({ server: this, options });
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
  const cluster = require('cluster');
  if (cluster.isWorker && port === 0 && process.connected) {
    // A cluster's workers listening on port 0 share one port, which the
    // primary hands out (see cluster.js).
    cluster._sharedPort(host, (shared) => this._bindListener(host, shared, backlog));
    return;
  }
  this._bindListener(host, port, backlog);
};

// _bindListener listens on host and port, and returns the port it got, or
// 0 when it failed (the 'error' event comes on the next tick).
Server.prototype._bindListener = function _bindListener(host, port, backlog) {
  const handle = { id: 0, owner: this, onconnection, clientProto: TCP.prototype };
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
    listenFailed(this, err);
    return 0;
  }
  handle.id = res;
  this._handle = handle;
  if (listenChannel.asyncEnd.hasSubscribers) listenChannel.asyncEnd.publish({ server: this });
  if (this._unref) binding.refListener(res, false);
  process.nextTick(() => {
    if (this._handle !== handle) return;
    this.emit('listening');
    if (shared) cluster._listening(this);
  });
  return this.address().port;
};

// _listenPipe listens on a Unix-domain socket at path; a failure reports
// port -1, as node's does for a pipe.
Server.prototype._listenPipe = function _listenPipe(path, backlog, readableAll, writableAll) {
  const handle = { id: 0, owner: this, onconnection, pipe: true, clientProto: Pipe.prototype };
  const res = binding.listenPipe(handle, path, backlog);
  if (Array.isArray(res)) {
    listenFailed(this, uvExceptionWithHostPort(res, 'listen', path, -1));
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
  if (listenChannel.asyncEnd.hasSubscribers) listenChannel.asyncEnd.publish({ server: this });
  if (this._unref) binding.refListener(res, false);
  process.nextTick(() => { if (this._handle === handle) this.emit('listening'); });
};

// listenFailed reports a listen's failure: to the tracing channel at once,
// as an 'error' event on the next tick.
function listenFailed(server, error) {
  if (listenChannel.error.hasSubscribers) listenChannel.error.publish({ server, error });
  process.nextTick(() => server.emit('error', error));
}

function onconnection(clientHandle, err) {
  const server = this.owner;
  if (err) {
    server.emit('error', errnoException(err, 'accept'));
    return;
  }
  clientHandle.reading = false;
  clientHandle._refed = true;
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
  if (serverSocketChannel.hasSubscribers) serverSocketChannel.publish({ socket });
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
  args = unwrapNormalized(args);
  let options = {};
  if (args[0] !== null && typeof args[0] === 'object') options = args[0];
  const socket = new Socket(options);
  if (clientSocketChannel.hasSubscribers) clientSocketChannel.publish({ socket });
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(...args);
}

// The defaults of connect's autoSelectFamily options (see
// lookupAndConnect), node 20's.
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
  _normalizeArgs: normalizeArgs,
  _setSimultaneousAccepts,
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
// tty's WriteStream is a socket over a TTY handle (node's tty_wrap).
Object.defineProperty(module.exports, Symbol.for('kiln.ttyHandle'), { __proto__: null, value: ttyHandle });
