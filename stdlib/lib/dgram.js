// The dgram module: UDP sockets over the loop's UDP handle (see
// stdlib/dgram.go for the handle protocol). A handle is a plain object the
// Go side calls back, onmessage(msg, address, family, port) or
// onmessage(undefined, err); its id names it to the binding. As libuv's
// uv_udp_t, the handle has no socket until it is bound: until then the
// binding answers calls on it with EBADF.
//
// Binding, connecting and sending to a host all go through a lookup first
// (dns.lookup unless options.lookup replaces it), so their effects come a
// tick later even for a numeric address, as in node. Sends and connects
// made before the bind has finished wait in a queue that 'listening'
// flushes; a send on an unbound socket binds it to the wildcard address.
// The cluster module does not exist in Kiln, so options.exclusive changes
// nothing, and binding to an existing fd is not supported.

const EventEmitter = require('events');
const { describe } = require('internal/received');

let BufferCtor;
function buffer() {
  BufferCtor ||= require('buffer').Buffer;
  return BufferCtor;
}

const UNBOUND = 0;
const BINDING = 1;
const BOUND = 2;

const DISCONNECTED = 0;
const CONNECTING = 1;
const CONNECTED = 2;

const kState = Symbol('state symbol');

// ---- errors in node's forms ----

const { errnoException, exceptionWithHostPort } = require('internal/net_errors');

function notRunning() {
  return binding.nodeError('Error', 'ERR_SOCKET_DGRAM_NOT_RUNNING', 'Not running');
}

function notConnected() {
  return binding.nodeError('Error', 'ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected');
}

const bufferTypes = 'of type string or an instance of Buffer, TypedArray, or DataView';

function validatePort(port) {
  if ((typeof port === 'number' || (typeof port === 'string' && port.trim() !== '')) &&
      +port === (+port >>> 0) && +port > 0 && +port <= 0xFFFF) {
    return +port;
  }
  throw binding.nodeError('RangeError', 'ERR_SOCKET_BAD_PORT',
    `Port should be > 0 and < 65536. Received ${describe(port)}.`);
}

function validateString(v, name) {
  if (typeof v !== 'string') throw binding.invalidArgType(name, 'of type string', v);
}

function validateNumber(v, name) {
  if (typeof v !== 'number') throw binding.invalidArgType(name, 'of type number', v);
}

function validateUint32(v, name) {
  validateNumber(v, name);
  if (!Number.isInteger(v)) {
    throw binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE',
      `The value of "${name}" is out of range. It must be an integer. Received ${binding.inspect(v)}`);
  }
  if (v < 0 || v > 0xFFFFFFFF) {
    throw binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE',
      `The value of "${name}" is out of range. It must be >= 0 && <= 4294967295. Received ${binding.inspect(v)}`);
  }
}

function outOfBounds(name) {
  return binding.nodeError('RangeError', 'ERR_BUFFER_OUT_OF_BOUNDS', `"${name}" is outside of buffer bounds`);
}

// ---- Socket ----

function defaultLookup(address, family, cb) {
  return require('dns').lookup(address, family, cb);
}

function Socket(type, listener) {
  if (!(this instanceof Socket)) return new Socket(type, listener);
  EventEmitter.call(this);
  let options;
  let lookup = defaultLookup;
  let recvBufferSize;
  let sendBufferSize;
  if (type !== null && typeof type === 'object') {
    options = type;
    type = options.type;
    if (options.lookup !== undefined) {
      if (typeof options.lookup !== 'function') throw binding.invalidArgType('lookup', 'of type function', options.lookup);
      lookup = options.lookup;
    }
    if (options.recvBufferSize !== undefined) {
      validateUint32(options.recvBufferSize, 'options.recvBufferSize');
      recvBufferSize = options.recvBufferSize;
    }
    if (options.sendBufferSize !== undefined) {
      validateUint32(options.sendBufferSize, 'options.sendBufferSize');
      sendBufferSize = options.sendBufferSize;
    }
  }
  if (type !== 'udp4' && type !== 'udp6') {
    throw binding.nodeError('TypeError', 'ERR_SOCKET_BAD_TYPE', 'Bad socket type specified. Valid types are: udp4, udp6');
  }
  this.type = type;
  if (typeof listener === 'function') this.on('message', listener);
  this[kState] = {
    handle: null,
    family: type === 'udp4' ? 4 : 6,
    lookup,
    receiving: false,
    bindState: UNBOUND,
    connectState: DISCONNECTED,
    queue: undefined,
    reuseAddr: !!options?.reuseAddr,
    ipv6Only: !!options?.ipv6Only,
    recvBufferSize,
    sendBufferSize,
  };
  const handle = { id: 0, owner: this, onmessage };
  const id = binding.create(handle);
  if (Array.isArray(id)) throw errnoException(id, 'socket');
  handle.id = id;
  this[kState].handle = handle;
  const signal = options?.signal;
  if (signal !== undefined) {
    if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
      throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_TYPE',
        `The "options.signal" property must be an instance of AbortSignal. Received ${describe(signal)}`);
    }
    const onAborted = () => { if (this[kState].handle) this.close(); };
    if (signal.aborted) onAborted();
    else {
      signal.addEventListener('abort', onAborted, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }
}
Object.setPrototypeOf(Socket.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Socket, EventEmitter);

function healthCheck(socket) {
  if (!socket[kState].handle) throw notRunning();
}

// resolve runs the socket's lookup, with node's defaults for an empty host.
function resolve(socket, address, cb) {
  const state = socket[kState];
  const host = address || (state.family === 4 ? '127.0.0.1' : '::1');
  state.lookup(host, state.family, cb);
}

function onmessage(msg, address, family, port) {
  const socket = this.owner;
  if (!socket) return;
  if (msg === undefined) {
    socket.emit('error', errnoException(address, 'recvmsg'));
    return;
  }
  // A view over the same bytes, not setPrototypeOf (see net.js's toBuffer).
  const buf = buffer().from(msg.buffer, msg.byteOffset, msg.length);
  socket.emit('message', buf, { address, family: family === 6 ? 'IPv6' : 'IPv4', port, size: buf.length });
}

Socket.prototype.bind = function bind(port_, address_ /* , callback */) {
  let port = port_;
  healthCheck(this);
  const state = this[kState];
  if (state.bindState !== UNBOUND) {
    throw binding.nodeError('Error', 'ERR_SOCKET_ALREADY_BOUND', 'Socket is already bound');
  }
  state.bindState = BINDING;
  const cb = arguments.length && arguments[arguments.length - 1];
  if (typeof cb === 'function') {
    const onListening = () => {
      this.removeListener('error', removeListeners);
      cb.call(this);
    };
    const removeListeners = () => {
      this.removeListener('error', removeListeners);
      this.removeListener('listening', onListening);
    };
    this.on('error', removeListeners);
    this.on('listening', onListening);
  }
  let address;
  if (port !== null && typeof port === 'object') {
    if (port.fd !== undefined) {
      throw binding.nodeError('Error', 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
        'Binding a UDP socket to a file descriptor is not supported by Kiln yet');
    }
    address = port.address || '';
    port = port.port;
  } else {
    address = typeof address_ === 'function' ? '' : address_;
  }
  if (!address) address = state.family === 4 ? '0.0.0.0' : '::';
  state.lookup(address, state.family, (err, ip) => {
    if (!state.handle) return;
    if (err) {
      state.bindState = UNBOUND;
      this.emit('error', err);
      return;
    }
    // The port goes to the socket as a 16-bit number, which is what node's
    // unchecked conversion gives too.
    const p = (Number(port) >>> 0) & 0xFFFF;
    const res = binding.bind(state.handle.id, ip, p, state.reuseAddr, state.ipv6Only);
    if (res) {
      state.bindState = UNBOUND;
      this.emit('error', exceptionWithHostPort(res, 'bind', ip, port));
      return;
    }
    startListening(this);
  });
  return this;
};

function startListening(socket) {
  const state = socket[kState];
  const err = binding.recvStart(state.handle.id);
  if (err) throw errnoException(err, 'recvStart');
  state.receiving = true;
  state.bindState = BOUND;
  if (state.recvBufferSize) bufferSize(socket, state.recvBufferSize, true);
  if (state.sendBufferSize) bufferSize(socket, state.sendBufferSize, false);
  socket.emit('listening');
}

// enqueue holds a call until the bind in progress finishes.
function enqueue(socket, fn) {
  const state = socket[kState];
  if (state.queue === undefined) {
    state.queue = [];
    socket.once('error', onListenError);
    socket.once('listening', onListenSuccess);
  }
  state.queue.push(fn);
}

function onListenSuccess() {
  this.removeListener('error', onListenError);
  const queue = this[kState].queue;
  this[kState].queue = undefined;
  for (const fn of queue) fn();
}

function onListenError() {
  this.removeListener('listening', onListenSuccess);
  this[kState].queue = undefined;
}

Socket.prototype.connect = function connect(port, address, callback) {
  port = validatePort(port);
  if (typeof address === 'function') {
    callback = address;
    address = '';
  } else if (address === undefined) {
    address = '';
  }
  validateString(address, 'address');
  const state = this[kState];
  if (state.connectState !== DISCONNECTED) {
    throw binding.nodeError('Error', 'ERR_SOCKET_DGRAM_IS_CONNECTED', 'Already connected');
  }
  state.connectState = CONNECTING;
  if (state.bindState === UNBOUND) this.bind({ port: 0, exclusive: true }, null);
  if (state.bindState !== BOUND) {
    enqueue(this, () => this._connect(port, address, callback));
    return;
  }
  this._connect(port, address, callback);
};

Socket.prototype._connect = function _connect(port, address, callback) {
  const state = this[kState];
  if (callback) this.once('connect', callback);
  resolve(this, address, (ex, ip) => {
    if (!state.handle) return;
    if (!ex) {
      const err = binding.connect(state.handle.id, ip, port);
      if (err) ex = exceptionWithHostPort(err, 'connect', address, port);
    }
    if (ex) {
      state.connectState = DISCONNECTED;
      process.nextTick(() => {
        if (callback) {
          this.removeListener('connect', callback);
          callback(ex);
        } else {
          this.emit('error', ex);
        }
      });
      return;
    }
    state.connectState = CONNECTED;
    process.nextTick(() => this.emit('connect'));
  });
};

Socket.prototype.disconnect = function disconnect() {
  const state = this[kState];
  if (state.connectState !== CONNECTED) throw notConnected();
  const err = binding.disconnect(state.handle.id);
  if (err) throw errnoException(err, 'connect');
  state.connectState = DISCONNECTED;
};

// sliceBuffer is send's (msg, offset, length) form.
function sliceBuffer(buf, offset, length) {
  if (typeof buf === 'string') {
    buf = buffer().from(buf);
  } else if (!ArrayBuffer.isView(buf)) {
    throw binding.invalidArgType('buffer', bufferTypes, buf);
  }
  offset >>>= 0;
  length >>>= 0;
  if (offset > buf.byteLength) throw outOfBounds('offset');
  if (offset + length > buf.byteLength) throw outOfBounds('length');
  return buffer().from(buf.buffer, buf.byteOffset + offset, length);
}

function bufferList(list) {
  const out = new Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const b = list[i];
    if (typeof b === 'string') out[i] = buffer().from(b);
    else if (ArrayBuffer.isView(b)) out[i] = b;
    else return null;
  }
  return out;
}

Socket.prototype.send = function send(buf, offset, length, port, address, callback) {
  const state = this[kState];
  const connected = state.connectState === CONNECTED;
  if (!connected) {
    if (address || (port && typeof port !== 'function')) {
      buf = sliceBuffer(buf, offset, length);
    } else {
      callback = port;
      port = offset;
      address = length;
    }
  } else {
    if (typeof length === 'number') {
      buf = sliceBuffer(buf, offset, length);
      if (typeof port === 'function') {
        callback = port;
        port = null;
      }
    } else {
      callback = offset;
    }
    if (port || address) {
      throw binding.nodeError('Error', 'ERR_SOCKET_DGRAM_IS_CONNECTED', 'Already connected');
    }
  }
  let list;
  if (!Array.isArray(buf)) {
    if (typeof buf === 'string') list = [buffer().from(buf)];
    else if (!ArrayBuffer.isView(buf)) throw binding.invalidArgType('buffer', bufferTypes, buf);
    else list = [buf];
  } else if (!(list = bufferList(buf))) {
    throw binding.invalidArgType('buffer list arguments', bufferTypes, buf);
  }
  if (!connected) port = validatePort(port);
  if (typeof callback !== 'function') callback = undefined;
  if (typeof address === 'function') {
    callback = address;
    address = undefined;
  } else if (address !== undefined && address !== null) {
    validateString(address, 'address');
  }
  healthCheck(this);
  if (state.bindState === UNBOUND) this.bind({ port: 0, exclusive: true }, null);
  if (state.bindState !== BOUND) {
    enqueue(this, () => this.send(list, port, address, callback));
    return;
  }
  if (connected) {
    doSend(null, this, null, list, address, port, callback);
  } else {
    resolve(this, address, (ex, ip) => doSend(ex, this, ip, list, address, port, callback));
  }
};

function doSend(ex, socket, ip, list, address, port, callback) {
  const state = socket[kState];
  if (ex) {
    if (callback) process.nextTick(callback, ex);
    else process.nextTick(() => socket.emit('error', ex));
    return;
  }
  if (!state.handle) return;
  const res = binding.send(state.handle.id, list, ip === null ? undefined : ip, port, (err, sent) => {
    if (callback) callback(err ? exceptionWithHostPort(err, 'send', address, port) : null, sent);
  });
  if (Array.isArray(res)) {
    if (callback) process.nextTick(callback, exceptionWithHostPort(res, 'send', address, port));
    return;
  }
  // res is the byte count plus one when the datagram is already out.
  if (res >= 1 && callback) process.nextTick(callback, null, res - 1);
}

Socket.prototype.sendto = function sendto(buf, offset, length, port, address, callback) {
  validateNumber(offset, 'offset');
  validateNumber(length, 'length');
  validateNumber(port, 'port');
  validateString(address, 'address');
  this.send(buf, offset, length, port, address, callback);
};

Socket.prototype.close = function close(callback) {
  const state = this[kState];
  if (typeof callback === 'function') this.on('close', callback);
  if (state.queue !== undefined) {
    state.queue.push(() => this.close());
    return this;
  }
  healthCheck(this);
  stopReceiving(this);
  binding.close(state.handle.id, null);
  state.handle.owner = null;
  state.handle = null;
  process.nextTick(() => this.emit('close'));
  return this;
};

function stopReceiving(socket) {
  const state = socket[kState];
  if (!state.receiving) return;
  binding.recvStop(state.handle.id);
  state.receiving = false;
}

Socket.prototype.address = function address() {
  healthCheck(this);
  const res = binding.localAddress(this[kState].handle.id);
  if (typeof res[0] !== 'string') throw errnoException(res, 'getsockname');
  return { address: res[0], family: res[1] === 6 ? 'IPv6' : 'IPv4', port: res[2] };
};

Socket.prototype.remoteAddress = function remoteAddress() {
  healthCheck(this);
  const state = this[kState];
  if (state.connectState !== CONNECTED) throw notConnected();
  const res = binding.remoteAddress(state.handle.id);
  if (typeof res[0] !== 'string') throw errnoException(res, 'getpeername');
  return { address: res[0], family: res[1] === 6 ? 'IPv6' : 'IPv4', port: res[2] };
};

// option calls the binding's setter. Node's setters reach for the handle
// without a health check, so on a closed socket they throw the TypeError of
// a property read on null, which this repeats word for word.
function option(socket, name, value) {
  const handle = socket[kState].handle;
  if (handle === null) throw new TypeError(`Cannot read properties of null (reading '${name}')`);
  const err = binding[name](handle.id, value);
  if (err) throw errnoException(err, name);
}

Socket.prototype.setBroadcast = function setBroadcast(arg) {
  option(this, 'setBroadcast', !!arg);
};

Socket.prototype.setTTL = function setTTL(ttl) {
  validateNumber(ttl, 'ttl');
  option(this, 'setTTL', ttl);
  return ttl;
};

Socket.prototype.setMulticastTTL = function setMulticastTTL(ttl) {
  validateNumber(ttl, 'ttl');
  option(this, 'setMulticastTTL', ttl);
  return ttl;
};

Socket.prototype.setMulticastLoopback = function setMulticastLoopback(arg) {
  option(this, 'setMulticastLoopback', !!arg);
  return arg;
};

Socket.prototype.setMulticastInterface = function setMulticastInterface(interfaceAddress) {
  healthCheck(this);
  validateString(interfaceAddress, 'interfaceAddress');
  option(this, 'setMulticastInterface', interfaceAddress);
};

function membership(socket, multicastAddress, interfaceAddress, join) {
  healthCheck(socket);
  if (!multicastAddress) {
    throw binding.nodeError('TypeError', 'ERR_MISSING_ARGS', 'The "multicastAddress" argument must be specified');
  }
  const err = binding.membership(socket[kState].handle.id, String(multicastAddress),
    interfaceAddress === undefined || interfaceAddress === null ? undefined : String(interfaceAddress), join);
  if (err) throw errnoException(err, join ? 'addMembership' : 'dropMembership');
}

Socket.prototype.addMembership = function addMembership(multicastAddress, interfaceAddress) {
  membership(this, multicastAddress, interfaceAddress, true);
};

Socket.prototype.dropMembership = function dropMembership(multicastAddress, interfaceAddress) {
  membership(this, multicastAddress, interfaceAddress, false);
};

function sourceMembership(socket, sourceAddress, groupAddress, interfaceAddress, join) {
  healthCheck(socket);
  validateString(sourceAddress, 'sourceAddress');
  validateString(groupAddress, 'groupAddress');
  const err = binding.sourceMembership(socket[kState].handle.id, sourceAddress, groupAddress,
    interfaceAddress === undefined || interfaceAddress === null ? undefined : String(interfaceAddress), join);
  if (err) throw errnoException(err, join ? 'addSourceSpecificMembership' : 'dropSourceSpecificMembership');
}

Socket.prototype.addSourceSpecificMembership = function addSourceSpecificMembership(sourceAddress, groupAddress, interfaceAddress) {
  sourceMembership(this, sourceAddress, groupAddress, interfaceAddress, true);
};

Socket.prototype.dropSourceSpecificMembership = function dropSourceSpecificMembership(sourceAddress, groupAddress, interfaceAddress) {
  sourceMembership(this, sourceAddress, groupAddress, interfaceAddress, false);
};

Socket.prototype.ref = function ref() {
  const handle = this[kState].handle;
  if (handle) binding.ref(handle.id, true);
  return this;
};

Socket.prototype.unref = function unref() {
  const handle = this[kState].handle;
  if (handle) binding.ref(handle.id, false);
  return this;
};

function bufferSize(socket, size, recv) {
  if (size >>> 0 !== size) {
    throw binding.nodeError('TypeError', 'ERR_SOCKET_BAD_BUFFER_SIZE', 'Buffer size must be a positive integer');
  }
  const res = binding.bufferSize(socket[kState].handle.id, recv, size);
  if (typeof res !== 'number') throw res;
  return res;
}

Socket.prototype.setRecvBufferSize = function setRecvBufferSize(size) { bufferSize(this, size, true); };
Socket.prototype.setSendBufferSize = function setSendBufferSize(size) { bufferSize(this, size, false); };
Socket.prototype.getRecvBufferSize = function getRecvBufferSize() { return bufferSize(this, 0, true); };
Socket.prototype.getSendBufferSize = function getSendBufferSize() { return bufferSize(this, 0, false); };

Socket.prototype.getSendQueueSize = function getSendQueueSize() {
  return binding.sendQueue(this[kState].handle.id, false);
};

Socket.prototype.getSendQueueCount = function getSendQueueCount() {
  return binding.sendQueue(this[kState].handle.id, true);
};

Socket.prototype[Symbol.asyncDispose] = function asyncDispose() {
  if (!this[kState].handle) return Promise.resolve();
  return new Promise((resolve) => this.close(resolve));
};

function createSocket(type, listener) {
  return new Socket(type, listener);
}

module.exports = { createSocket, Socket };
