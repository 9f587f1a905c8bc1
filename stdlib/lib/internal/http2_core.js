// The HTTP/2 protocol engine (RFC 9113) and node:http2's sessions and
// streams, in JavaScript over Kiln's net and tls sockets.
//
// Why JavaScript and not a Go engine (x/net/http2's Framer, or nghttp2 as
// node has it): Kiln's sockets live on its own event loop, and TLS is Go's
// crypto/tls fed from a net.Socket in JavaScript (lib/tls.js), so a Go
// engine would need the bytes carried into Go and the frames carried back
// out, one crossing per frame each way, and its own copy of the stream and
// flow-control state that the API objects below must mirror anyway. Here a
// session reads frames straight off its socket's 'data' events and writes
// frames with socket.write: the state lives in one place, the API objects
// are the state, and nothing blocks the loop. What is in Go is HPACK
// (stdlib/http2.go), which is byte-twiddling with large tables and gains
// from Go's tested implementation.
//
// The shape of the code follows node's lib/internal/http2/core.js so that
// its observable behaviour (event order, error codes, when a stream is
// destroyed) matches: a stream is closed when both sides have sent
// END_STREAM or either sent RST_STREAM (closeStream), and destroyed when
// its readable side has also been consumed (onStreamClosed).
//
// Flow control: what we send waits on the connection's and the stream's
// send windows (flush); what we receive is acknowledged with WINDOW_UPDATE
// once half a window has been taken, so a peer is never starved. PRIORITY
// frames are read and ignored, as nghttp2 does for node. Server push is
// not sent (pushAllowed is false, pushStream throws) and PUSH_PROMISE from
// a server is refused with RST_STREAM.

const EventEmitter = require('events');
const { Duplex } = require('stream');
const constants = require('internal/http2_constants');

const {
  NGHTTP2_NO_ERROR, NGHTTP2_PROTOCOL_ERROR, NGHTTP2_INTERNAL_ERROR, NGHTTP2_FLOW_CONTROL_ERROR,
  NGHTTP2_STREAM_CLOSED, NGHTTP2_FRAME_SIZE_ERROR, NGHTTP2_REFUSED_STREAM, NGHTTP2_CANCEL,
  NGHTTP2_COMPRESSION_ERROR, NGHTTP2_SESSION_SERVER, NGHTTP2_SESSION_CLIENT,
} = constants;

const PREFACE = 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n';

// Frame types and flags.
const DATA = 0, HEADERS = 1, PRIORITY = 2, RST_STREAM = 3, SETTINGS = 4, PUSH_PROMISE = 5, PING = 6, GOAWAY = 7,
  WINDOW_UPDATE = 8, CONTINUATION = 9;
const END_STREAM = 0x1, ACK = 0x1, END_HEADERS = 0x4, PADDED = 0x8, PRIORITY_FLAG = 0x20;

const kMaxWindow = 2 ** 31 - 1;
const kDefaultWindow = 65535;

let BufferCtor;
function buffer() { return (BufferCtor ||= require('buffer').Buffer); }

// ---- errors ----

function err(cls, code, message) { return binding.nodeError(cls, code, message); }

const errorNames = [];
for (const name of Object.keys(constants)) {
  if (/^NGHTTP2_(NO_ERROR|PROTOCOL_ERROR|INTERNAL_ERROR|FLOW_CONTROL_ERROR|SETTINGS_TIMEOUT|STREAM_CLOSED|FRAME_SIZE_ERROR|REFUSED_STREAM|CANCEL|COMPRESSION_ERROR|CONNECT_ERROR|ENHANCE_YOUR_CALM|INADEQUATE_SECURITY|HTTP_1_1_REQUIRED)$/.test(name)) {
    errorNames[constants[name]] = name;
  }
}
function nameForErrorCode(code) { return errorNames[code] || code; }

function streamError(code) {
  return err('Error', 'ERR_HTTP2_STREAM_ERROR', `Stream closed with error code ${nameForErrorCode(code)}`);
}
function sessionError(code) {
  return err('Error', 'ERR_HTTP2_SESSION_ERROR', `Session closed with error code ${code}`);
}

// ---- settings ----

// The settings node names, by their identifiers (RFC 9113 §6.5.2, RFC 8441).
const settingIds = [
  ['headerTableSize', 1], ['enablePush', 2], ['maxConcurrentStreams', 3], ['initialWindowSize', 4],
  ['maxFrameSize', 5], ['maxHeaderListSize', 6], ['enableConnectProtocol', 8],
];
const settingRanges = {
  headerTableSize: [0, 2 ** 32 - 1], maxConcurrentStreams: [0, 2 ** 32 - 1], initialWindowSize: [0, kMaxWindow],
  maxFrameSize: [16384, 2 ** 24 - 1], maxHeaderListSize: [0, 2 ** 32 - 1], maxHeaderSize: [0, 2 ** 32 - 1],
};

// validateSettings checks a settings object as node does and returns the
// list of [id, value] pairs to send.
function validateSettings(settings) {
  if (settings === undefined) return [];
  if (settings === null || typeof settings !== 'object') {
    throw binding.invalidArgType('settings', 'of type object', settings);
  }
  for (const name of Object.keys(settingRanges)) {
    const v = settings[name];
    if (v === undefined) continue;
    const [lo, hi] = settingRanges[name];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < lo || v > hi) {
      throw err('RangeError', 'ERR_HTTP2_INVALID_SETTING_VALUE', `Invalid value for setting "${name}": ${v}`);
    }
  }
  for (const name of ['enablePush', 'enableConnectProtocol']) {
    const v = settings[name];
    if (v !== undefined && typeof v !== 'boolean') {
      throw err('TypeError', 'ERR_HTTP2_INVALID_SETTING_VALUE', `Invalid value for setting "${name}": ${v}`);
    }
  }
  if (settings.maxHeaderSize !== undefined && settings.maxHeaderListSize !== undefined &&
      settings.maxHeaderSize !== settings.maxHeaderListSize) {
    process.emitWarning('settings.maxHeaderSize overwrite settings.maxHeaderListSize');
  }
  const out = [];
  for (const [name, id] of settingIds) {
    let v = settings[name];
    if (name === 'maxHeaderListSize' && settings.maxHeaderSize !== undefined) v = settings.maxHeaderSize;
    if (v === undefined) continue;
    out.push([id, typeof v === 'boolean' ? +v : v]);
  }
  return out;
}

function packSettings(pairs) {
  const buf = buffer().alloc(pairs.length * 6);
  pairs.forEach(([id, v], i) => {
    buf.writeUInt16BE(id, i * 6);
    buf.writeUInt32BE(v, i * 6 + 2);
  });
  return buf;
}

function getPackedSettings(settings) {
  if (settings === undefined) settings = {};
  return packSettings(validateSettings(settings));
}

function getUnpackedSettings(buf, options = {}) {
  if (!ArrayBuffer.isView(buf) || buf instanceof DataView) {
    throw binding.invalidArgType('buf', 'an instance of Buffer or TypedArray', buf);
  }
  if (buf.length % 6 !== 0) {
    throw err('RangeError', 'ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH', 'Packed settings length must be a multiple of six');
  }
  const b = buffer().from(buf.buffer, buf.byteOffset, buf.byteLength);
  const settings = {};
  for (let i = 0; i < b.length; i += 6) applySetting(settings, b.readUInt16BE(i), b.readUInt32BE(i + 2));
  if (options && options.validate) validateSettings(settings);
  return settings;
}

function applySetting(settings, id, value) {
  switch (id) {
    case 1: settings.headerTableSize = value; break;
    case 2: settings.enablePush = value !== 0; break;
    case 3: settings.maxConcurrentStreams = value; break;
    case 4: settings.initialWindowSize = value; break;
    case 5: settings.maxFrameSize = value; break;
    case 6:
      settings.maxHeaderSize = value;
      settings.maxHeaderListSize = value;
      break;
    case 8: settings.enableConnectProtocol = value !== 0; break;
  }
}

function getDefaultSettings() {
  return {
    headerTableSize: 4096, enablePush: true, initialWindowSize: 65535, maxFrameSize: 16384,
    maxConcurrentStreams: 4294967295, maxHeaderSize: 65535, maxHeaderListSize: 65535, enableConnectProtocol: false,
  };
}

// The settings a session starts with on each side, as node reports them.
function initialSettings() {
  return {
    headerTableSize: 4096, enablePush: true, initialWindowSize: 65535, maxFrameSize: 16384,
    maxConcurrentStreams: 4294967295, maxHeaderListSize: 4294967295, maxHeaderSize: 4294967295,
    enableConnectProtocol: false,
  };
}

// ---- headers ----

const sensitiveHeaders = Symbol('sensitiveHeaders');

const kSingleValueHeaders = new Set([
  ':status', ':method', ':authority', ':scheme', ':path', ':protocol', 'access-control-allow-credentials',
  'access-control-max-age', 'access-control-request-method', 'age', 'authorization', 'content-encoding',
  'content-language', 'content-length', 'content-location', 'content-md5', 'content-range', 'content-type', 'date',
  'dnt', 'etag', 'expires', 'from', 'host', 'if-match', 'if-modified-since', 'if-none-match', 'if-range',
  'if-unmodified-since', 'last-modified', 'location', 'max-forwards', 'proxy-authorization', 'range', 'referer',
  'retry-after', 'tk', 'upgrade-insecure-requests', 'user-agent', 'x-content-type-options',
]);
const kConnectionHeaders = new Set([
  'connection', 'upgrade', 'http2-settings', 'te', 'transfer-encoding', 'proxy-connection', 'keep-alive',
]);
const kValidPseudo = new Set([':status', ':method', ':authority', ':scheme', ':path', ':protocol']);
const kNeverIndex = new Set(['authorization', 'proxy-authorization']);

// mapToHeaders turns a headers object (or a flat [name, value, ...] list)
// into the [name, value, sensitive, ...] list hpackEncode takes, pseudo
// headers first, checking what node checks.
function mapToHeaders(headers) {
  let entries;
  let sensitive = [];
  if (Array.isArray(headers)) {
    entries = [];
    for (let i = 0; i + 1 < headers.length; i += 2) entries.push([headers[i], headers[i + 1]]);
    if (headers[sensitiveHeaders]) sensitive = headers[sensitiveHeaders];
  } else {
    entries = Object.keys(headers).map((k) => [k, headers[k]]);
    if (headers[sensitiveHeaders]) sensitive = headers[sensitiveHeaders];
  }
  const neverIndex = new Set(Array.from(sensitive, (s) => String(s).toLowerCase()));
  const pseudo = [];
  const regular = [];
  for (const [rawName, value] of entries) {
    if (value === undefined) continue;
    const name = String(rawName).toLowerCase();
    const isArray = Array.isArray(value);
    if (isArray && value.length > 1 && kSingleValueHeaders.has(name)) {
      throw err('TypeError', 'ERR_HTTP2_HEADER_SINGLE_VALUE', `Header field "${name}" must only have a single value`);
    }
    if (name[0] === ':') {
      if (!kValidPseudo.has(name)) {
        throw err('TypeError', 'ERR_HTTP2_INVALID_PSEUDOHEADER', `"${name}" is an invalid pseudoheader or is used incorrectly`);
      }
    } else if (kConnectionHeaders.has(name) && !(name === 'te' && String(isArray ? value[0] : value) === 'trailers')) {
      throw err('TypeError', 'ERR_HTTP2_INVALID_CONNECTION_HEADERS',
        `HTTP/1 Connection specific headers are forbidden: "${name}"`);
    }
    const target = name[0] === ':' ? pseudo : regular;
    for (const v of isArray ? value : [value]) {
      const sv = String(v);
      // Never-indexed as nghttp2 sends them for node: credentials, short
      // cookies, and what the caller listed in sensitiveHeaders.
      target.push(name, sv, neverIndex.has(name) || kNeverIndex.has(name) || (name === 'cookie' && sv.length < 20));
    }
  }
  return pseudo.concat(regular);
}

// toHeaderObject builds the null-prototype headers object node hands to
// 'stream', 'response' and 'trailers' from the decoded [name, value, ...].
function toHeaderObject(list, sensitive) {
  const obj = { __proto__: null };
  for (let i = 0; i < list.length; i += 2) {
    const name = list[i];
    let value = list[i + 1];
    if (name === ':status') value |= 0;
    const existing = obj[name];
    if (existing === undefined) {
      obj[name] = name === 'set-cookie' ? [value] : value;
    } else if (!kSingleValueHeaders.has(name)) {
      if (name === 'cookie') obj[name] = `${existing}; ${value}`;
      else if (name === 'set-cookie') existing.push(value);
      else obj[name] = `${existing}, ${value}`;
    }
  }
  obj[sensitiveHeaders] = sensitive;
  return obj;
}

function validateStatus(status) {
  if (status === undefined) return 200;
  const code = status | 0;
  if (code < 100 || code > 599 || code != status) { // eslint-disable-line eqeqeq
    throw err('RangeError', 'ERR_HTTP2_STATUS_INVALID', `Invalid status code: ${status}`);
  }
  return code;
}

// ---- frames ----

function frameHeader(length, type, flags, id) {
  const h = buffer().allocUnsafe(9);
  h.writeUIntBE(length, 0, 3);
  h[3] = type;
  h[4] = flags;
  h.writeUInt32BE(id >>> 0, 5);
  return h;
}

// ---- sessions ----

const kState = Symbol('kState');
const kSocket = Symbol('kSocket');
const kType = Symbol('kType');
const kStreams = Symbol('kStreams');
const kHpack = Symbol('kHpack');
const kSession = Symbol('kSession');
const kID = Symbol('kID');
const kServer = Symbol('kServer');

class Http2Session extends EventEmitter {
  constructor(type, options, socket) {
    super();
    this[kType] = type;
    this[kSocket] = socket;
    this[kStreams] = new Map();
    this[kHpack] = binding.hpackOpen();
    this[kState] = {
      destroyed: false, closed: false, destroyCode: NGHTTP2_NO_ERROR, goawayReceived: false, terminated: false,
      batch: null, newStream: false,
      connecting: false, in: null, prefaceSeen: type === NGHTTP2_SESSION_CLIENT, headers: null,
      nextStreamId: type === NGHTTP2_SESSION_CLIENT ? 1 : 2, lastPeerStreamId: 0,
      sendWindow: kDefaultWindow, recvWindow: kDefaultWindow, recvUnacked: 0,
      localSettings: initialSettings(), remoteSettings: initialSettings(), pendingSettings: [],
      pings: [], pendingStreams: [], sendQueue: new Set(), timeout: 0,
    };
    this.options = options;
    const settings = validateSettings(options.settings);
    this.alpnProtocol = socket.alpnProtocol || (socket.encrypted ? undefined : 'h2c');
    this.encrypted = !!socket.encrypted;
    if (type === NGHTTP2_SESSION_CLIENT) socket.write(PREFACE);
    this._sendSettings(settings, null);
    socket.on('data', (chunk) => this._receive(chunk));
    socket.on('error', (e) => this.destroy(e));
    socket.on('close', () => this.destroy());
    socket.on('end', () => this.destroy());
    socket.on('drain', () => this._flush());
    socket.on('timeout', () => this.emit('timeout'));
  }

  get type() { return this[kType]; }
  get socket() {
    const proxy = this[kState].socketProxy;
    if (proxy) return proxy;
    return (this[kState].socketProxy = socketProxy(this));
  }
  get closed() { return this[kState].closed; }
  get destroyed() { return this[kState].destroyed; }
  get connecting() { return this[kState].connecting; }
  get pendingSettingsAck() { return this[kState].pendingSettings.length > 0; }
  get localSettings() { return { ...this[kState].localSettings }; }
  get remoteSettings() { return { ...this[kState].remoteSettings }; }
  get originSet() {
    if (!this.encrypted || this.destroyed) return undefined;
    return [];
  }
  get state() {
    const s = this[kState];
    return {
      effectiveLocalWindowSize: s.recvWindow, effectiveRecvDataLength: s.recvUnacked,
      nextStreamID: s.nextStreamId, localWindowSize: s.recvWindow, lastProcStreamID: s.lastPeerStreamId,
      remoteWindowSize: s.sendWindow, outboundQueueSize: 1, deflateDynamicTableSize: 0, inflateDynamicTableSize: 0,
    };
  }

  setTimeout(msecs, callback) {
    if (this.destroyed) return this;
    this[kSocket].setTimeout(msecs);
    if (callback !== undefined) {
      if (typeof callback !== 'function') throw binding.invalidArgType('callback', 'of type function', callback);
      this.once('timeout', callback);
    }
    return this;
  }

  ref() { if (this[kSocket].ref) this[kSocket].ref(); }
  unref() { if (this[kSocket].unref) this[kSocket].unref(); }

  setLocalWindowSize(windowSize) {
    if (this.destroyed) throw invalidSession();
    if (typeof windowSize !== 'number') throw binding.invalidArgType('windowSize', 'of type number', windowSize);
    if (!Number.isInteger(windowSize) || windowSize < 0 || windowSize > kMaxWindow) {
      throw binding.outOfRange('windowSize', `>= 0 && <= ${kMaxWindow}`, windowSize);
    }
    const s = this[kState];
    const delta = windowSize - s.recvWindow;
    if (delta > 0) this._write(this._frame(WINDOW_UPDATE, 0, 0, uint32(delta)));
    s.recvWindow = windowSize;
  }

  settings(settings, callback) {
    if (this.destroyed) throw invalidSession();
    const pairs = validateSettings(settings);
    if (callback !== undefined && typeof callback !== 'function') {
      throw binding.invalidArgType('callback', 'of type function', callback);
    }
    this._sendSettings(pairs, callback || null);
  }

  ping(payload, callback) {
    if (this.destroyed) throw invalidSession();
    if (typeof payload === 'function') {
      callback = payload;
      payload = undefined;
    }
    if (payload !== undefined && !ArrayBuffer.isView(payload)) {
      throw binding.invalidArgType('payload', 'an instance of Buffer, TypedArray, or DataView', payload);
    }
    if (payload !== undefined && payload.byteLength !== 8) {
      throw err('RangeError', 'ERR_HTTP2_PING_LENGTH', 'HTTP2 ping payload must be 8 bytes');
    }
    if (typeof callback !== 'function') throw binding.invalidArgType('callback', 'of type function', callback);
    const data = payload === undefined ? randomPingPayload()
      : buffer().from(payload.buffer, payload.byteOffset, 8);
    this[kState].pings.push({ data, callback, start: process.hrtime.bigint() });
    this._write(this._frame(PING, 0, 0, data));
    return true;
  }

  goaway(code = NGHTTP2_NO_ERROR, lastStreamID = this[kState].lastPeerStreamId, opaqueData) {
    if (this.destroyed) throw invalidSession();
    if (opaqueData !== undefined && !ArrayBuffer.isView(opaqueData)) {
      throw binding.invalidArgType('opaqueData', 'an instance of Buffer, TypedArray, or DataView', opaqueData);
    }
    if (typeof code !== 'number') throw binding.invalidArgType('code', 'of type number', code);
    if (typeof lastStreamID !== 'number') throw binding.invalidArgType('lastStreamID', 'of type number', lastStreamID);
    this._sendGoaway(code, lastStreamID, opaqueData);
  }

  _sendGoaway(code, lastStreamID, opaqueData) {
    const extra = opaqueData ? buffer().from(opaqueData.buffer, opaqueData.byteOffset, opaqueData.byteLength) : null;
    const p = buffer().alloc(8 + (extra ? extra.length : 0));
    p.writeUInt32BE(lastStreamID & kMaxWindow, 0);
    p.writeUInt32BE(code >>> 0, 4);
    if (extra) extra.copy(p, 8);
    this._write(this._frame(GOAWAY, 0, 0, p));
  }

  // close ends the session gracefully: a GOAWAY, no new streams, and the
  // session is destroyed once its open streams have closed.
  close(callback) {
    if (this.closed || this.destroyed) return;
    if (callback !== undefined) {
      if (typeof callback !== 'function') throw binding.invalidArgType('callback', 'of type function', callback);
      this.once('close', callback);
    }
    this[kState].closed = true;
    if (!this[kSocket].destroyed) this._sendGoaway(NGHTTP2_NO_ERROR, this[kState].lastPeerStreamId);
    this._maybeDestroy();
  }

  _maybeDestroy() {
    const s = this[kState];
    if (s.closed && !s.destroyed && this[kStreams].size === 0 && s.pendingStreams.length === 0) {
      this.destroy();
    }
  }

  destroy(error = NGHTTP2_NO_ERROR, code) {
    const s = this[kState];
    if (s.destroyed) return;
    if (typeof error === 'number') {
      code = error;
      error = code !== NGHTTP2_NO_ERROR ? sessionError(code) : undefined;
    }
    if (code === undefined && error != null) code = NGHTTP2_INTERNAL_ERROR;
    if (code === undefined) code = NGHTTP2_NO_ERROR;
    s.destroyed = true;
    s.closed = true;
    s.destroyCode = code;
    // Streams that never got an id are canceled; open ones end with the
    // session's error, or are canceled without one.
    for (const stream of s.pendingStreams) {
      const cancel = err('Error', 'ERR_HTTP2_STREAM_CANCEL',
        `The pending stream has been canceled${error ? ` (caused by: ${error.message})` : ''}`);
      if (error) cancel.cause = error;
      stream.destroy(cancel);
    }
    s.pendingStreams = [];
    for (const stream of [...this[kStreams].values()]) stream.destroy(error);
    const socket = this[kSocket];
    this._writeBatch();
    if (!socket.destroyed) {
      if (code !== NGHTTP2_NO_ERROR && !s.terminated) this._sendGoaway(code, s.lastPeerStreamId);
      socket.end();
      if (error) socket.destroy();
      else setImmediate(() => socket.destroy());
    }
    for (const p of s.pings) {
      process.nextTick(p.callback, err('Error', 'ERR_HTTP2_PING_CANCEL', 'HTTP2 ping cancelled'));
    }
    s.pings = [];
    binding.hpackClose(this[kHpack]);
    if (this[kServer]) this[kServer]._sessions.delete(this);
    // 'error' and 'close' come a turn later, after the streams' 'close'.
    setImmediate(() => {
      if (error) this.emit('error', error);
      this.emit('close');
    });
  }

  // ---- writing ----

  _write(data) {
    const s = this[kState];
    if (s.batch) {
      s.batch.push(data);
      return;
    }
    const socket = this[kSocket];
    if (!socket.destroyed && socket.writable !== false) socket.write(data);
  }

  _frame(type, flags, id, payload) {
    const len = payload ? payload.length : 0;
    const h = frameHeader(len, type, flags, id);
    return len ? buffer().concat([h, payload]) : h;
  }

  _sendSettings(pairs, callback) {
    const s = this[kState];
    s.pendingSettings.push({ pairs, callback, start: process.hrtime.bigint() });
    this._write(this._frame(SETTINGS, 0, 0, packSettings(pairs)));
  }

  _sendHeaders(id, list, endStream) {
    const block = buffer().from(binding.hpackEncode(this[kHpack], list));
    const max = this[kState].remoteSettings.maxFrameSize;
    let flags = endStream ? END_STREAM : 0;
    if (block.length <= max) {
      this._write(this._frame(HEADERS, flags | END_HEADERS, id, block));
      return;
    }
    this._write(this._frame(HEADERS, flags, id, block.subarray(0, max)));
    for (let off = max; off < block.length; off += max) {
      flags = off + max >= block.length ? END_HEADERS : 0;
      this._write(this._frame(CONTINUATION, flags, id, block.subarray(off, off + max)));
    }
  }

  _rst(id, code) {
    const p = buffer().alloc(4);
    p.writeUInt32BE(code >>> 0, 0);
    this._write(this._frame(RST_STREAM, 0, id, p));
  }

  // _flush sends what the streams have queued, as far as the windows allow.
  _flush() {
    const s = this[kState];
    if (s.destroyed) return;
    const max = s.remoteSettings.maxFrameSize;
    for (const stream of s.sendQueue) {
      const st = stream[kState];
      while (st.queue.length > 0) {
        const head = st.queue[0];
        const room = Math.min(max, st.sendWindow, s.sendWindow);
        if (room <= 0 && head.data.length > 0) break;
        const n = Math.min(room, head.data.length);
        const last = n === head.data.length && st.queue.length === 1 && st.ending && !st.waitForTrailers;
        this._write(this._frame(DATA, last ? END_STREAM : 0, stream[kID], head.data.subarray(0, n)));
        st.sendWindow -= n;
        s.sendWindow -= n;
        if (n === head.data.length) {
          st.queue.shift();
          if (last) stream._localEnded();
          if (head.callback) process.nextTick(head.callback);
        } else {
          head.data = head.data.subarray(n);
        }
      }
      if (st.queue.length === 0) {
        s.sendQueue.delete(stream);
        if (st.ending && !st.endSent) stream._sendEnd();
      }
    }
  }

  // ---- reading ----

  // _receive reads what the socket gave: the client preface, then whole
  // frames. What the frames make us send (ACKs, WINDOW_UPDATEs, responses
  // written in the handlers) goes out as one write after the chunk, as
  // nghttp2 does; a connection error drops it and sends only the GOAWAY.
  _receive(chunk) {
    const s = this[kState];
    if (s.destroyed || s.terminated) return;
    s.in = s.in ? buffer().concat([s.in, chunk]) : chunk;
    if (!s.prefaceSeen) {
      const n = Math.min(s.in.length, PREFACE.length);
      if (s.in.toString('latin1', 0, n) !== PREFACE.slice(0, n)) {
        // node reports a bad preface (an HTTP/1 request, say) as a session
        // error and ends the session with INTERNAL_ERROR.
        this.destroy(err('Error', 'ERR_HTTP2_ERROR', 'Received bad client magic byte string'), NGHTTP2_INTERNAL_ERROR);
        return;
      }
      if (n < PREFACE.length) return;
      s.prefaceSeen = true;
      s.in = s.in.subarray(PREFACE.length);
    }
    s.batch = [];
    let off = 0;
    const buf = s.in;
    while (!s.destroyed && !s.terminated && buf.length - off >= 9) {
      const length = buf.readUIntBE(off, 3);
      if (length > s.localSettings.maxFrameSize) {
        this._connectionError(NGHTTP2_FRAME_SIZE_ERROR);
        break;
      }
      if (buf.length - off < 9 + length) break;
      const type = buf[off + 3];
      const flags = buf[off + 4];
      const id = buf.readUInt32BE(off + 5) & kMaxWindow;
      const payload = buf.subarray(off + 9, off + 9 + length);
      off += 9 + length;
      this._onFrame(type, flags, id, payload);
    }
    s.in = off === buf.length ? null : buf.subarray(off);
    this._flush();
    this._writeBatch();
  }

  _writeBatch() {
    const s = this[kState];
    const batch = s.batch;
    s.batch = null;
    if (batch && batch.length > 0) this._write(batch.length === 1 ? batch[0] : buffer().concat(batch));
  }

  // _connectionError is a connection error (RFC 9113 §5.4.1): GOAWAY with
  // the code, nothing more read or sent, the socket ended. As with
  // nghttp2's own checks in node, the session emits no 'error': it closes
  // when the socket does.
  _connectionError(code) {
    const s = this[kState];
    if (s.destroyed || s.terminated) return;
    s.terminated = true;
    s.batch = null;
    s.sendQueue.clear();
    this._sendGoaway(code, s.lastPeerStreamId);
    this[kSocket].end();
  }

  _onFrame(type, flags, id, payload) {
    const s = this[kState];
    if (s.headers && type !== CONTINUATION) {
      this._connectionError(NGHTTP2_PROTOCOL_ERROR);
      return;
    }
    const problem = frameProblem(type, flags, id, payload);
    if (problem !== 0) {
      this._connectionError(problem);
      return;
    }
    switch (type) {
      case DATA: return this._onData(flags, id, payload);
      case HEADERS: {
        let p = payload;
        if (flags & PADDED) p = p.subarray(1, p.length - p[0]);
        if (flags & PRIORITY_FLAG) p = p.subarray(5);
        s.headers = { id, flags, parts: [p] };
        if (flags & END_HEADERS) this._onHeaderBlock();
        return;
      }
      case CONTINUATION:
        if (!s.headers || s.headers.id !== id) {
          this._connectionError(NGHTTP2_PROTOCOL_ERROR);
          return;
        }
        s.headers.parts.push(payload);
        if (flags & END_HEADERS) this._onHeaderBlock();
        return;
      case PRIORITY: return;
      case RST_STREAM: {
        const stream = this[kStreams].get(id);
        if (stream) stream._onReset(payload.readUInt32BE(0));
        return;
      }
      case SETTINGS: return this._onSettings(flags, payload);
      case PUSH_PROMISE: {
        // Push is not supported: the promised stream is refused.
        let p = payload;
        if (flags & PADDED) p = p.subarray(1);
        const promised = p.readUInt32BE(0) & kMaxWindow;
        s.headers = { id, flags: flags | END_HEADERS, parts: [], skip: true };
        if (flags & END_HEADERS) s.headers = null;
        this._rst(promised, NGHTTP2_REFUSED_STREAM);
        return;
      }
      case PING:
        if (flags & ACK) {
          const i = s.pings.findIndex((p) => p.data.equals(payload));
          if (i >= 0) {
            const [p] = s.pings.splice(i, 1);
            const ms = Number(process.hrtime.bigint() - p.start) / 1e6;
            p.callback(null, ms, buffer().from(payload));
          }
        } else {
          this._write(this._frame(PING, ACK, 0, payload));
          this.emit('ping', buffer().from(payload));
        }
        return;
      case GOAWAY: {
        const last = payload.readUInt32BE(0) & kMaxWindow;
        const code = payload.readUInt32BE(4);
        const opaque = buffer().from(payload.subarray(8));
        s.goawayReceived = true;
        this.emit('goaway', code, last, opaque);
        for (const [sid, stream] of this[kStreams]) {
          if (sid > last && this._isOwnStream(sid)) stream._onReset(NGHTTP2_REFUSED_STREAM);
        }
        if (code === NGHTTP2_NO_ERROR) this.close();
        else this.destroy(sessionError(code), code);
        return;
      }
      case WINDOW_UPDATE: {
        const inc = payload.readUInt32BE(0) & kMaxWindow;
        if (id === 0) {
          s.sendWindow += inc;
          if (s.sendWindow > kMaxWindow) return this._connectionError(NGHTTP2_FLOW_CONTROL_ERROR);
        } else {
          const stream = this[kStreams].get(id);
          if (stream) {
            stream[kState].sendWindow += inc;
            if (stream[kState].sendWindow > kMaxWindow) this._resetStream(stream, NGHTTP2_FLOW_CONTROL_ERROR);
          }
        }
        return;
      }
    }
    // Unknown frame types are ignored (RFC 9113 §4.1).
  }

  _isOwnStream(id) {
    return (id % 2 === 1) === (this[kType] === NGHTTP2_SESSION_CLIENT);
  }

  _onSettings(flags, payload) {
    const s = this[kState];
    if (flags & ACK) {
      const pending = s.pendingSettings.shift();
      if (!pending) return;
      for (const [id, v] of pending.pairs) applySetting(s.localSettings, id, v);
      const settings = this.localSettings;
      this.emit('localSettings', settings);
      if (pending.callback) {
        pending.callback(null, settings, Number(process.hrtime.bigint() - pending.start) / 1e6);
      }
      return;
    }
    const rs = s.remoteSettings;
    for (let i = 0; i < payload.length; i += 6) {
      const id = payload.readUInt16BE(i);
      const v = payload.readUInt32BE(i + 2);
      if (id === 4) {
        if (v > kMaxWindow) return this._connectionError(NGHTTP2_FLOW_CONTROL_ERROR);
        const delta = v - rs.initialWindowSize;
        for (const stream of this[kStreams].values()) stream[kState].sendWindow += delta;
      } else if (id === 5 && (v < 16384 || v > 16777215)) {
        return this._connectionError(NGHTTP2_PROTOCOL_ERROR);
      } else if (id === 1) {
        binding.hpackTableSize(this[kHpack], v);
      }
      applySetting(rs, id, v);
    }
    this._write(this._frame(SETTINGS, ACK, 0, null));
    this.emit('remoteSettings', this.remoteSettings);
    this._startPending();
  }

  _onHeaderBlock() {
    const s = this[kState];
    const { id, flags, parts, skip } = s.headers;
    s.headers = null;
    if (skip) return;
    if (this[kType] === NGHTTP2_SESSION_SERVER && id % 2 === 1 && id > s.lastPeerStreamId &&
        !this[kStreams].has(id)) {
      s.lastPeerStreamId = id;
      s.newStream = true;
    } else {
      s.newStream = false;
    }
    const result = binding.hpackDecode(this[kHpack], parts.length === 1 ? parts[0] : buffer().concat(parts));
    if (typeof result === 'string') return this._connectionError(NGHTTP2_COMPRESSION_ERROR);
    const [decoded, sensitive] = result;
    const headers = toHeaderObject(decoded, sensitive);
    const endStream = (flags & END_STREAM) !== 0;
    let stream = this[kStreams].get(id);
    if (stream === undefined) {
      if (!s.newStream) return this._rst(id, NGHTTP2_STREAM_CLOSED);
      if (s.closed) return this._rst(id, NGHTTP2_REFUSED_STREAM);
      if (this[kStreams].size >= s.localSettings.maxConcurrentStreams) return this._rst(id, NGHTTP2_REFUSED_STREAM);
      stream = new ServerHttp2Stream(this, id, headers);
      this[kStreams].set(id, stream);
      if (endStream) {
        stream[kState].remoteEnded = true;
        stream.endAfterHeaders = true;
      }
      this.emit('stream', stream, headers, flags, decoded);
      if (endStream) stream._onRemoteEnd();
      return;
    }
    stream._onHeaders(headers, flags, decoded, endStream);
  }

  _onData(flags, id, payload) {
    const s = this[kState];
    let data = payload;
    if (flags & PADDED) data = data.subarray(1, data.length - data[0]);
    s.recvUnacked += payload.length;
    if (s.recvUnacked > s.recvWindow) return this._connectionError(NGHTTP2_FLOW_CONTROL_ERROR);
    if (s.recvUnacked >= s.recvWindow / 2) {
      this._write(this._frame(WINDOW_UPDATE, 0, 0, uint32(s.recvUnacked)));
      s.recvUnacked = 0;
    }
    const stream = this[kStreams].get(id);
    if (stream === undefined) {
      if (id > s.lastPeerStreamId && !this._isOwnStream(id)) return this._connectionError(NGHTTP2_PROTOCOL_ERROR);
      return this._rst(id, NGHTTP2_STREAM_CLOSED);
    }
    stream._onData(data, payload.length, (flags & END_STREAM) !== 0);
  }

  _resetStream(stream, code) {
    this._rst(stream[kID], code);
    stream._onReset(code, true);
  }

  // ---- client streams waiting for a slot ----

  _startPending() {
    const s = this[kState];
    if (s.connecting) return;
    while (s.pendingStreams.length > 0 && this._openOwnStreams() < s.remoteSettings.maxConcurrentStreams) {
      const stream = s.pendingStreams.shift();
      stream._start();
    }
  }

  _openOwnStreams() {
    let n = 0;
    for (const id of this[kStreams].keys()) if (this._isOwnStream(id)) n++;
    return n;
  }

  _streamClosed(stream) {
    this[kStreams].delete(stream[kID]);
    this[kState].sendQueue.delete(stream);
    this._startPending();
    this._maybeDestroy();
  }
}

// socketProxy is session.socket as node gives it: the socket's properties,
// except that reading and writing it directly would corrupt the framing.
const kForbidden = new Set(['destroy', 'emit', 'end', 'pause', 'read', 'resume', 'write', 'setEncoding',
  'setKeepAlive', 'setNoDelay']);
function socketProxy(session) {
  const socket = session[kSocket];
  return new Proxy(socket, {
    get(target, prop) {
      if (kForbidden.has(prop)) {
        throw err('Error', 'ERR_HTTP2_NO_SOCKET_MANIPULATION',
          'HTTP/2 sockets should not be directly manipulated (e.g. read and written)');
      }
      if (prop === 'setTimeout' || prop === 'ref' || prop === 'unref') return session[prop].bind(session);
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
    set(target, prop, value) {
      if (kForbidden.has(prop)) {
        throw err('Error', 'ERR_HTTP2_NO_SOCKET_MANIPULATION',
          'HTTP/2 sockets should not be directly manipulated (e.g. read and written)');
      }
      return Reflect.set(target, prop, value, target);
    },
  });
}

// frameProblem checks a frame's size, stream and padding against RFC 9113
// §6 before it is read, and gives the connection error it is, or 0.
function frameProblem(type, flags, id, payload) {
  const len = payload.length;
  const streamFrame = type === DATA || type === HEADERS || type === PRIORITY || type === RST_STREAM ||
    type === PUSH_PROMISE || type === CONTINUATION;
  if (streamFrame && id === 0) return NGHTTP2_PROTOCOL_ERROR;
  if ((type === SETTINGS || type === PING || type === GOAWAY) && id !== 0) return NGHTTP2_PROTOCOL_ERROR;
  if ((type === DATA || type === HEADERS || type === PUSH_PROMISE) && (flags & PADDED)) {
    if (len < 1) return NGHTTP2_FRAME_SIZE_ERROR;
    let fixed = 1 + payload[0];
    if (type === HEADERS && (flags & PRIORITY_FLAG)) fixed += 5;
    if (type === PUSH_PROMISE) fixed += 4;
    if (fixed > len) return NGHTTP2_PROTOCOL_ERROR;
  }
  switch (type) {
    case HEADERS:
      if ((flags & PRIORITY_FLAG) && len < 5) return NGHTTP2_FRAME_SIZE_ERROR;
      break;
    case PRIORITY:
      if (len !== 5) return NGHTTP2_FRAME_SIZE_ERROR;
      break;
    case RST_STREAM: case WINDOW_UPDATE:
      if (len !== 4) return NGHTTP2_FRAME_SIZE_ERROR;
      if (type === WINDOW_UPDATE && (payload.readUInt32BE(0) & kMaxWindow) === 0) return NGHTTP2_PROTOCOL_ERROR;
      break;
    case SETTINGS:
      if ((flags & ACK) ? len !== 0 : len % 6 !== 0) return NGHTTP2_FRAME_SIZE_ERROR;
      break;
    case PUSH_PROMISE:
      if (len < 4) return NGHTTP2_FRAME_SIZE_ERROR;
      break;
    case PING:
      if (len !== 8) return NGHTTP2_FRAME_SIZE_ERROR;
      break;
    case GOAWAY:
      if (len < 8) return NGHTTP2_FRAME_SIZE_ERROR;
      break;
  }
  return 0;
}

function uint32(v) {
  const b = buffer().alloc(4);
  b.writeUInt32BE(v >>> 0, 0);
  return b;
}

function randomPingPayload() {
  return require('crypto').randomBytes(8);
}

function invalidSession() {
  return err('Error', 'ERR_HTTP2_INVALID_SESSION', 'The session has been destroyed');
}

class ServerHttp2Session extends Http2Session {
  constructor(options, socket, server) {
    super(NGHTTP2_SESSION_SERVER, options, socket);
    this[kServer] = server;
  }
  get server() { return this[kServer]; }

  altsvc() {}
  origin() {}
}

class ClientHttp2Session extends Http2Session {
  constructor(options, socket, authority, protocol) {
    super(NGHTTP2_SESSION_CLIENT, options, socket);
    this._authority = authority;
    this._protocol = protocol;
  }

  request(headers, options) {
    const s = this[kState];
    if (s.destroyed) throw invalidSession();
    if (s.closed) throw err('Error', 'ERR_HTTP2_GOAWAY_SESSION', 'New streams cannot be created after receiving a GOAWAY');
    if (headers === undefined || headers === null) headers = {};
    else if (typeof headers !== 'object') throw binding.invalidArgType('headers', 'of type object', headers);
    if (options === undefined) options = {};
    else if (options === null || typeof options !== 'object') throw binding.invalidArgType('options', 'of type object', options);
    const h = Object.assign({ __proto__: null }, headers);
    if (headers[sensitiveHeaders]) h[sensitiveHeaders] = headers[sensitiveHeaders];
    if (h[':method'] === undefined) h[':method'] = 'GET';
    const connect = h[':method'] === 'CONNECT';
    if (!connect || h[':protocol'] !== undefined) {
      if (h[':authority'] === undefined && h.host === undefined) h[':authority'] = this._authority;
      if (h[':scheme'] === undefined) h[':scheme'] = this._protocol.slice(0, -1);
      if (h[':path'] === undefined) h[':path'] = '/';
    } else if (h[':authority'] === undefined && h.host === undefined) {
      throw err('Error', 'ERR_HTTP2_CONNECT_AUTHORITY', ':authority header is required for CONNECT requests');
    }
    const list = mapToHeaders(h);
    let endStream = options.endStream;
    if (endStream === undefined) {
      endStream = ['GET', 'HEAD', 'DELETE', 'OPTIONS', 'CONNECT', 'TRACE'].includes(h[':method']);
    }
    const stream = new ClientHttp2Stream(this, list, !!options.waitForTrailers);
    stream.sentHeaders = h;
    if (options.signal) {
      const signal = options.signal;
      const abort = () => stream.destroy(abortError(signal.reason));
      if (signal.aborted) process.nextTick(abort);
      else signal.addEventListener('abort', abort, { once: true });
    }
    if (endStream) stream.end();
    // As in node, a stream asked for before the socket connects waits for
    // it (pending, with no id); so does one past the peer's limit.
    if (!s.connecting && this._openOwnStreams() < s.remoteSettings.maxConcurrentStreams &&
        s.pendingStreams.length === 0) {
      stream._start();
    } else {
      s.pendingStreams.push(stream);
    }
    return stream;
  }
}

function abortError(reason) {
  const e = new Error('The operation was aborted');
  e.name = 'AbortError';
  e.code = 'ABORT_ERR';
  if (reason !== undefined) e.cause = reason;
  return e;
}

// ---- streams ----

class Http2Stream extends Duplex {
  constructor(session, options) {
    super({ allowHalfOpen: true, decodeStrings: false, autoDestroy: false, emitClose: true, ...options });
    this[kSession] = session;
    this[kID] = undefined;
    this[kState] = {
      queue: [], ending: false, endSent: false, remoteEnded: false, closed: false, headersSent: false,
      sendWindow: session[kState].remoteSettings.initialWindowSize, recvUnacked: 0,
      recvWindow: session[kState].localSettings.initialWindowSize, waitForTrailers: false, trailersSent: false,
      didRead: false, finalCallback: null, timeout: null, timeoutMs: 0,
    };
    this.rstCode = undefined;
    this.sentTrailers = undefined;
    this.sentInfoHeaders = undefined;
    this.endAfterHeaders = false;
  }

  get id() { return this[kID]; }
  get session() { return this[kSession]; }
  get pending() { return this[kID] === undefined; }
  get closed() { return this[kState].closed; }
  get aborted() { return this[kState].aborted === true; }
  get bufferSize() {
    let n = 0;
    for (const q of this[kState].queue) n += q.data.length;
    return n + this.writableLength;
  }
  get headersSent() { return this[kState].headersSent; }
  get state() {
    const st = this[kState];
    let state = constants.NGHTTP2_STREAM_STATE_OPEN;
    if (st.closed) state = constants.NGHTTP2_STREAM_STATE_CLOSED;
    else if (st.endSent) state = constants.NGHTTP2_STREAM_STATE_HALF_CLOSED_LOCAL;
    else if (st.remoteEnded) state = constants.NGHTTP2_STREAM_STATE_HALF_CLOSED_REMOTE;
    return { localWindowSize: st.recvWindow, state, localClose: +st.endSent, remoteClose: +st.remoteEnded,
      sumDependencyWeight: 0, weight: 16 };
  }

  priority() {}

  setTimeout(msecs, callback) {
    if (this.destroyed) return this;
    const st = this[kState];
    if (callback !== undefined) this.once('timeout', callback);
    if (st.timeout) clearTimeout(st.timeout);
    st.timeout = null;
    st.timeoutMs = msecs;
    if (msecs > 0) this._armTimeout();
    return this;
  }

  _armTimeout() {
    const st = this[kState];
    if (!st.timeoutMs || this.destroyed) return;
    if (st.timeout) clearTimeout(st.timeout);
    st.timeout = setTimeout(() => this.emit('timeout'), st.timeoutMs);
  }

  sendTrailers(headers) {
    if (this.destroyed || this.closed) throw err('Error', 'ERR_HTTP2_INVALID_STREAM', 'The stream has been destroyed');
    const st = this[kState];
    if (st.trailersSent) throw err('Error', 'ERR_HTTP2_TRAILERS_ALREADY_SENT', 'Trailing headers have already been sent');
    if (!st.wantTrailers) throw err('Error', 'ERR_HTTP2_TRAILERS_NOT_READY', 'Trailing headers cannot be sent until after the wantTrailers event is emitted');
    if (headers === null || typeof headers !== 'object') throw binding.invalidArgType('headers', 'of type object', headers);
    const list = mapToHeaders(headers);
    st.trailersSent = true;
    this.sentTrailers = headers;
    // An empty header block is not a valid trailer: nghttp2 ends the
    // stream with an empty DATA frame instead, and so does this.
    if (list.length === 0) this[kSession]._write(this[kSession]._frame(DATA, END_STREAM, this[kID], null));
    else this[kSession]._sendHeaders(this[kID], list, true);
    this._localEnded();
  }

  close(code = NGHTTP2_NO_ERROR, callback) {
    if (typeof code !== 'number') throw binding.invalidArgType('code', 'of type number', code);
    if (!Number.isInteger(code) || code < 0 || code > kMaxWindow) {
      throw binding.outOfRange('code', `>= 0 && <= ${kMaxWindow}`, code);
    }
    if (callback !== undefined && typeof callback !== 'function') {
      throw binding.invalidArgType('callback', 'of type function', callback);
    }
    if (this.closed) return;
    if (callback !== undefined) this.once('close', callback);
    this._closeStream(code, true);
  }

  // ---- Duplex ----

  _read() {
    this[kState].didRead = true;
    this._acknowledge();
  }

  _write(data, encoding, callback) {
    this._writeChunks([{ data: typeof data === 'string' ? buffer().from(data, encoding) : buffer().from(data.buffer, data.byteOffset, data.byteLength) }], callback);
  }

  _writev(chunks, callback) {
    this._writeChunks(chunks.map(({ chunk, encoding }) => ({
      data: typeof chunk === 'string' ? buffer().from(chunk, encoding) : chunk,
    })), callback);
  }

  _writeChunks(items, callback) {
    if (this[kState].closed) {
      callback(err('Error', 'ERR_HTTP2_INVALID_STREAM', 'The stream has been destroyed'));
      return;
    }
    this._beforeWrite();
    this._armTimeout();
    if (this.pending) {
      this.once('ready', () => this._writeChunks(items, callback));
      return;
    }
    items[items.length - 1].callback = callback;
    const st = this[kState];
    for (const it of items) st.queue.push(it);
    this[kSession][kState].sendQueue.add(this);
    this[kSession]._flush();
  }

  _beforeWrite() {}

  _final(callback) {
    const st = this[kState];
    this._beforeWrite();
    if (st.closed) {
      callback();
      return;
    }
    st.ending = true;
    if (this.pending) {
      this.once('ready', () => this._queueEnd());
    } else {
      this._queueEnd();
    }
    callback();
  }

  _queueEnd() {
    const st = this[kState];
    if (st.closed || st.endSent) return;
    const session = this[kSession];
    if (st.queue.length > 0) {
      session[kState].sendQueue.add(this);
      session._flush();
    } else {
      this._sendEnd();
    }
  }

  // _sendEnd ends our side once the queue has gone out: an empty DATA
  // with END_STREAM, or the trailers when the user waits for them.
  _sendEnd() {
    const st = this[kState];
    if (st.endSent || st.closed) return;
    if (st.waitForTrailers) {
      if (st.wantTrailers) return;
      st.wantTrailers = true;
      this.emit('wantTrailers');
      return;
    }
    st.endSent = true;
    this[kSession]._write(this[kSession]._frame(DATA, END_STREAM, this[kID], null));
    this._localEnded();
  }

  // _localEnded notes that END_STREAM has gone out. If the peer has ended
  // too the stream closes, but not before the writable side's 'finish':
  // node's stream closes when nghttp2 has written the frame, a turn of the
  // loop later.
  _localEnded() {
    const st = this[kState];
    st.endSent = true;
    if (st.remoteEnded) setImmediate(() => this._closeStream(NGHTTP2_NO_ERROR, false));
  }

  // ---- incoming ----

  _onData(data, flowed, endStream) {
    const st = this[kState];
    if (st.closed) return;
    if (st.remoteEnded) {
      this[kSession]._resetStream(this, NGHTTP2_STREAM_CLOSED);
      return;
    }
    st.recvUnacked += flowed;
    this._armTimeout();
    // The stream's window opens again as its reader takes the data: while
    // the readable side is full, nothing is acknowledged and the peer
    // stops at the window's end (the connection's window is acknowledged
    // on arrival, so one slow reader does not stall the others).
    const more = data.length > 0 ? this.push(buffer().from(data)) : true;
    if (endStream) {
      st.remoteEnded = true;
      this._onRemoteEnd();
    } else if (more) {
      this._acknowledge();
    }
  }

  _acknowledge() {
    const st = this[kState];
    if (st.remoteEnded || st.closed || this[kID] === undefined || st.recvUnacked < st.recvWindow / 2) return;
    this[kSession]._write(this[kSession]._frame(WINDOW_UPDATE, 0, this[kID], uint32(st.recvUnacked)));
    st.recvUnacked = 0;
  }

  _onRemoteEnd() {
    const st = this[kState];
    st.remoteEnded = true;
    if (st.endSent) this._closeStream(NGHTTP2_NO_ERROR, false);
    else this.push(null);
  }

  _onHeaders(headers, flags, raw, endStream) {
    // Trailers: a header block after the first, ending the stream.
    if (endStream) {
      this.emit('trailers', headers, flags, raw);
      this._onRemoteEnd();
      return;
    }
    this.emit('headers', headers, flags, raw);
  }

  _onReset(code) {
    if (this[kState].closed) return;
    this._closeStream(code, false);
  }

  // _closeStream is node's closeStream and onStreamClose in one: the
  // stream is closed (both sides done, or reset), the session forgets it,
  // and it is destroyed now if it failed or has nothing left to read, else
  // when its reader reaches the end.
  _closeStream(code, sendRst) {
    const st = this[kState];
    if (st.closed) return;
    st.closed = true;
    this.rstCode = code;
    if (st.timeout) clearTimeout(st.timeout);
    const session = this[kSession];
    if (sendRst && this[kID] !== undefined && !session.destroyed) session._rst(this[kID], code);
    st.queue = [];
    session[kState].sendQueue.delete(this);
    // A stream whose writable side was still open is aborted.
    if (!this._writableState.ending) {
      st.aborted = true;
      this.emit('aborted');
      this.end();
    }
    // A stream reset with CANCEL still ends its readable side, as one
    // ended normally does; other codes destroy it with an error.
    if ((code !== NGHTTP2_NO_ERROR && code !== NGHTTP2_CANCEL) || this.readableEnded) {
      this.destroy();
      return;
    }
    this.once('end', () => this.destroy());
    this.push(null);
    if (session[kType] === NGHTTP2_SESSION_SERVER && !st.didRead && this.readableFlowing === null) this.resume();
    else this.read(0);
  }

  _destroy(error, callback) {
    const st = this[kState];
    const session = this[kSession];
    let code = error != null ? NGHTTP2_INTERNAL_ERROR : (this.rstCode !== undefined ? this.rstCode : NGHTTP2_CANCEL);
    if (!st.closed) {
      if (error == null && session.destroyed) code = session[kState].destroyCode || NGHTTP2_NO_ERROR;
      st.closed = true;
      this.rstCode = code;
      if (st.timeout) clearTimeout(st.timeout);
      if (this[kID] !== undefined && !session.destroyed) session._rst(this[kID], code);
    }
    // The session lets go of a stream when it is destroyed, not when it
    // closes: a closing session waits for its streams' readers.
    if (this[kID] !== undefined) {
      session._streamClosed(this);
    } else {
      const i = session[kState].pendingStreams.indexOf(this);
      if (i >= 0) session[kState].pendingStreams.splice(i, 1);
      session._maybeDestroy();
    }
    if (error == null && code !== NGHTTP2_NO_ERROR && code !== NGHTTP2_CANCEL) error = streamError(code);
    callback(error);
  }
}

class ClientHttp2Stream extends Http2Stream {
  constructor(session, list, waitForTrailers) {
    super(session, {});
    this._list = list;
    this[kState].waitForTrailers = waitForTrailers;
    this[kState].gotResponse = false;
  }

  // _start sends the request's HEADERS once the stream has a slot.
  _start() {
    const session = this[kSession];
    const ss = session[kState];
    if (this.destroyed) return;
    const id = ss.nextStreamId;
    ss.nextStreamId += 2;
    this[kID] = id;
    session[kStreams].set(id, this);
    const st = this[kState];
    st.headersSent = true;
    const endNow = st.ending && !st.waitForTrailers && this.writableLength === 0 && st.queue.length === 0;
    session._sendHeaders(id, this._list, endNow);
    if (endNow) st.endSent = true;
    this._list = null;
    this.emit('ready');
  }

  _onHeaders(headers, flags, raw, endStream) {
    const st = this[kState];
    if (!st.gotResponse) {
      const status = headers[':status'];
      if (status >= 100 && status < 200) {
        if (status === 100) this.emit('continue');
        this.emit('headers', headers, flags, raw);
        return;
      }
      st.gotResponse = true;
      this.emit('response', headers, flags, raw);
      if (endStream) this._onRemoteEnd();
      return;
    }
    super._onHeaders(headers, flags, raw, endStream);
  }
}

class ServerHttp2Stream extends Http2Stream {
  constructor(session, id, headers) {
    super(session, {});
    this[kID] = id;
    this.sentHeaders = undefined;
    this._requestHeaders = headers;
  }

  get pushAllowed() { return false; }

  pushStream() {
    throw err('Error', 'ERR_HTTP2_PUSH_DISABLED', 'HTTP/2 client has disabled push streams');
  }

  additionalHeaders(headers) {
    if (this.destroyed || this.closed) throw err('Error', 'ERR_HTTP2_INVALID_STREAM', 'The stream has been destroyed');
    if (this.headersSent) throw err('Error', 'ERR_HTTP2_HEADERS_AFTER_RESPOND', 'Cannot specify additional headers after response initiated');
    const h = Object.assign({ __proto__: null }, headers);
    if (h[':status'] !== undefined) {
      const status = validateStatus(h[':status']);
      if (status === 101) throw err('Error', 'ERR_HTTP2_STATUS_101', 'HTTP status code 101 (Switching Protocols) is forbidden in HTTP/2');
      if (status < 100 || status >= 200) {
        throw err('RangeError', 'ERR_HTTP2_INVALID_INFO_STATUS', `Invalid informational status code: ${h[':status']}`);
      }
    }
    this.sentInfoHeaders ||= [];
    this.sentInfoHeaders.push(h);
    this[kSession]._sendHeaders(this[kID], mapToHeaders(h), false);
  }

  respond(headers, options) {
    if (this.destroyed || this.closed) throw err('Error', 'ERR_HTTP2_INVALID_STREAM', 'The stream has been destroyed');
    if (this.headersSent) throw err('Error', 'ERR_HTTP2_HEADERS_SENT', 'Response has already been initiated.');
    options = options === undefined ? {} : options;
    if (options === null || typeof options !== 'object') throw binding.invalidArgType('options', 'of type object', options);
    const h = Object.assign({ __proto__: null }, headers);
    if (headers && headers[sensitiveHeaders]) h[sensitiveHeaders] = headers[sensitiveHeaders];
    const status = validateStatus(h[':status']);
    if (status === 101) throw err('Error', 'ERR_HTTP2_STATUS_101', 'HTTP status code 101 (Switching Protocols) is forbidden in HTTP/2');
    if (status < 200) {
      throw err('RangeError', 'ERR_HTTP2_INVALID_INFO_STATUS', `Invalid informational status code: ${h[':status']}`);
    }
    h[':status'] = status;
    if (options.sendDate !== false && h.date === undefined) h.date = new Date().toUTCString();
    let endStream = !!options.endStream;
    // 204, 205 and 304 responses carry no body (RFC 9110 §6.4.1).
    if (status === 204 || status === 205 || status === 304 || this._requestHeaders[':method'] === 'HEAD') {
      endStream = true;
    }
    const list = mapToHeaders(h);
    const st = this[kState];
    st.waitForTrailers = !!options.waitForTrailers;
    st.headersSent = true;
    this.sentHeaders = h;
    const endNow = endStream && !st.waitForTrailers;
    this[kSession]._sendHeaders(this[kID], list, endNow);
    if (endNow) {
      st.endSent = true;
      this.end();
      this._localEnded();
    } else if (endStream) {
      this.end();
    }
  }

  _beforeWrite() {
    if (!this.headersSent && !this[kState].closed) this.respond();
  }

  respondWithFD(fd, headers, options) {
    const fs = require('fs');
    this._respondWithStream(() => fs.createReadStream(null, { fd: typeof fd === 'object' ? fd.fd : fd, autoClose: false, ...rangeOf(options) }), headers, options);
  }

  respondWithFile(path, headers, options) {
    const fs = require('fs');
    options = options || {};
    let stat;
    try {
      stat = fs.statSync(path);
    } catch (e) {
      if (typeof options.onError === 'function') {
        options.onError(e);
        return;
      }
      this.destroy(e);
      return;
    }
    if (!stat.isFile()) {
      const e = err('Error', 'ERR_HTTP2_SEND_FILE', 'Directories cannot be sent');
      if (typeof options.onError === 'function') options.onError(e);
      else this.destroy(e);
      return;
    }
    const h = Object.assign({ __proto__: null }, headers);
    if (typeof options.statCheck === 'function' && options.statCheck(stat, h, options) === false) return;
    const { start, end } = rangeOf(options);
    if (h['content-length'] === undefined) {
      const last = end === undefined ? stat.size - 1 : Math.min(end, stat.size - 1);
      h['content-length'] = Math.max(0, last - (start || 0) + 1);
    }
    if (this.headersSent) return;
    this._respondWithStream(() => fs.createReadStream(path, rangeOf(options)), h, options);
  }

  _respondWithStream(open, headers, options) {
    if (this.destroyed || this.closed) throw err('Error', 'ERR_HTTP2_INVALID_STREAM', 'The stream has been destroyed');
    if (this.headersSent) throw err('Error', 'ERR_HTTP2_HEADERS_SENT', 'Response has already been initiated.');
    this.respond(headers, { ...options, endStream: false });
    if (this.closed) return;
    open().on('error', (e) => this.destroy(e)).pipe(this);
  }
}

function rangeOf(options) {
  const out = {};
  if (!options) return out;
  if (typeof options.offset === 'number' && options.offset >= 0) out.start = options.offset;
  if (typeof options.length === 'number' && options.length >= 0) {
    out.end = (out.start || 0) + options.length - 1;
  }
  return out;
}

module.exports = {
  ClientHttp2Session, ServerHttp2Session, Http2Session, Http2Stream, ClientHttp2Stream, ServerHttp2Stream,
  getDefaultSettings, getPackedSettings, getUnpackedSettings, validateSettings, sensitiveHeaders,
  kSession, kServer, kSocket, kState,
};
