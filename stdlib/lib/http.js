// The http module: an HTTP/1.1 server and client over lib/net.js, with the
// message parser in internal/http_parser.js; https runs the same server
// and client on TLS sockets. What node v20 has and this lacks:
// - the option uniqueHeaders; maxHeadersCount and
//   maxRequestsPerSocket are kept but not enforced;
// - the Agent hooks keepSocketAlive/reuseSocket (a released socket goes
//   straight to the next queued request or the free list), and
//   maxTotalSockets closing another origin's free socket to make room;
// - closeIdleConnections (so close) also closes a connection that has sent
//   nothing yet, where node waits for its headersTimeout;

const EventEmitter = require('events');
const { withLength } = require('internal/shape');
// As node's internals, the process object itself, not the global (an
// accessor, which a program may set, and a native call per read).
const process = require('process');
const Stream = require('stream');
const { Readable } = Stream;
const net = require('net');
const { Parser, defaultMaxHeaderSize } = require('internal/http_parser');

// node's built-in diagnostics channels of http (see its diagnostics_channel
// docs), published at the points where node's _http_client and
// _http_server publish them. fetch's requests, undici's in node, publish
// none of them (see kFromFetch).
const dc = require('diagnostics_channel');
const clientRequestStartChannel = dc.channel('http.client.request.start');
const clientRequestErrorChannel = dc.channel('http.client.request.error');
const clientResponseFinishChannel = dc.channel('http.client.response.finish');
const serverRequestStartChannel = dc.channel('http.server.request.start');
const serverResponseFinishChannel = dc.channel('http.server.response.finish');
// fetch's requests carry this option (internal/fetch.js), shared through
// the symbol registry as net's kiln.ttyHandle is.
const kFromFetch = Symbol.for('kiln.fromFetch');

const STATUS_CODES = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information', 204: 'No Content',
  205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status', 208: 'Already Reported', 226: 'IM Used',
  300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified',
  305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 406: 'Not Acceptable', 407: 'Proxy Authentication Required', 408: 'Request Timeout',
  409: 'Conflict', 410: 'Gone', 411: 'Length Required', 412: 'Precondition Failed', 413: 'Payload Too Large',
  414: 'URI Too Long', 415: 'Unsupported Media Type', 416: 'Range Not Satisfiable', 417: 'Expectation Failed',
  418: 'I\'m a Teapot', 421: 'Misdirected Request', 422: 'Unprocessable Entity', 423: 'Locked',
  424: 'Failed Dependency', 425: 'Too Early', 426: 'Upgrade Required', 428: 'Precondition Required',
  429: 'Too Many Requests', 431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable',
  504: 'Gateway Timeout', 505: 'HTTP Version Not Supported', 506: 'Variant Also Negotiates',
  507: 'Insufficient Storage', 508: 'Loop Detected', 509: 'Bandwidth Limit Exceeded', 510: 'Not Extended',
  511: 'Network Authentication Required',
};

// standardReasons keeps the messages as they were at load: a program may
// change STATUS_CODES, and only a message known to be well-formed skips
// writeHead's check.
const standardReasons = { __proto__: null, ...STATUS_CODES };

const METHODS = [
  'ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK', 'M-SEARCH', 'MERGE',
  'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS', 'PATCH', 'POST', 'PROPFIND', 'PROPPATCH',
  'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT', 'SEARCH', 'SOURCE', 'SUBSCRIBE', 'TRACE', 'UNBIND', 'UNLINK',
  'UNLOCK', 'UNSUBSCRIBE',
];

const tokenRe = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
const invalidValueRe = /[^\t\x20-\x7e\x80-\xff]/;

function nodeError(kind, code, message) {
  return binding.nodeError(kind, code, message);
}

// validateHeaderName and validateHeaderValue are node's hideStackFrames
// wrappers, taking ...args (length 0).
const validateHeaderName = withLength(function validateHeaderName(name, label = 'Header name') {
  if (typeof name !== 'string' || !name || !tokenRe.test(name)) {
    throw nodeError('TypeError', 'ERR_INVALID_HTTP_TOKEN', `${label} must be a valid HTTP token ["${name}"]`);
  }
}, 0);

const validateHeaderValue = withLength(function validateHeaderValue(name, value) {
  if (value === undefined) {
    throw nodeError('TypeError', 'ERR_HTTP_INVALID_HEADER_VALUE', `Invalid value "${value}" for header "${name}"`);
  }
  if (invalidValueRe.test(String(value))) {
    throw nodeError('TypeError', 'ERR_INVALID_CHAR', `Invalid character in header content ["${name}"]`);
  }
}, 0);

// Headers a repeat of which node drops rather than joins.
const singleHeaders = new Set([
  'age', 'authorization', 'content-length', 'content-type', 'etag', 'expires', 'from', 'host',
  'if-modified-since', 'if-unmodified-since', 'last-modified', 'location', 'max-forwards',
  'proxy-authorization', 'referer', 'retry-after', 'server', 'user-agent',
]);

// headersObject is a message's headers: a repeated field joined, or its
// first value kept for one of singleHeaders unless join
// (joinDuplicateHeaders). It is an ordinary object, as node's: a field is
// there once its value is a string, so `constructor` becomes an own
// property and `__proto__` is assigned to the prototype, which ignores a
// string (node's _addHeaderLine).
function headersObject(raw, join) {
  const h = {};
  for (let i = 0; i < raw.length; i += 2) {
    const k = raw[i].toLowerCase();
    const v = raw[i + 1];
    const cur = h[k];
    if (k === 'set-cookie') {
      if (cur === undefined) h[k] = [v];
      else cur.push(v);
    } else if (typeof cur !== 'string') {
      h[k] = v;
    } else if (join || !singleHeaders.has(k)) {
      h[k] = cur + (k === 'cookie' ? '; ' : ', ') + v;
    }
  }
  return h;
}

// hasRawField reports whether raw (name, value, ...) has a field named
// lower in any case: what the server itself asks of a request (Host,
// Expect) without making its headers object, which node too makes only
// when the program reads it.
function hasRawField(raw, lower) {
  for (let i = 0; i < raw.length; i += 2) {
    if (raw[i].length === lower.length && raw[i].toLowerCase() === lower) return true;
  }
  return false;
}

let cachedDate = '';
function utcDate() {
  if (!cachedDate) {
    cachedDate = new Date().toUTCString();
    setTimeout(() => { cachedDate = ''; }, 1000 - new Date().getMilliseconds()).unref();
  }
  return cachedDate;
}

// ---- IncomingMessage ----

function IncomingMessage(socket) {
  if (!(this instanceof IncomingMessage)) return new IncomingMessage(socket);
  Readable.call(this);
  this.socket = socket;
  this.httpVersionMajor = null;
  this.httpVersionMinor = null;
  this.httpVersion = null;
  this.complete = false;
  this.rawHeaders = [];
  this.rawTrailers = [];
  this.aborted = false;
  this.upgrade = null;
  this.url = '';
  this.method = null;
  this.statusCode = null;
  this.statusMessage = null;
  this._headers = null;
  this.joinDuplicateHeaders = undefined;
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

// connection is the deprecated name of socket, both ways, and (as in node)
// neither enumerable nor configurable.
Object.defineProperty(IncomingMessage.prototype, 'connection', {
  __proto__: null,
  get() { return this.socket; },
  set(v) { this.socket = v; },
});
Object.defineProperty(IncomingMessage.prototype, 'headers', {
  __proto__: null, configurable: true, enumerable: true,
  get() { return (this._headers ||= headersObject(this.rawHeaders, this.joinDuplicateHeaders)); },
  set(v) { this._headers = v; },
});
Object.defineProperty(IncomingMessage.prototype, 'trailers', {
  __proto__: null, configurable: true, enumerable: true,
  get() { return (this._trailers ||= headersObject(this.rawTrailers, this.joinDuplicateHeaders)); },
  set(v) { this._trailers = v; },
});

// headersDistinct and trailersDistinct list every value of each field,
// names lower-cased, in arrival order.
function distinctObject(raw) {
  const out = { __proto__: null };
  for (let i = 0; i < raw.length; i += 2) {
    const k = raw[i].toLowerCase();
    if (out[k]) out[k].push(raw[i + 1]);
    else out[k] = [raw[i + 1]];
  }
  return out;
}
Object.defineProperty(IncomingMessage.prototype, 'headersDistinct', {
  __proto__: null, configurable: true, enumerable: true,
  get() { return (this._headersDistinct ||= distinctObject(this.rawHeaders)); },
  set(v) { this._headersDistinct = v; },
});
Object.defineProperty(IncomingMessage.prototype, 'trailersDistinct', {
  __proto__: null, configurable: true, enumerable: true,
  get() { return (this._trailersDistinct ||= distinctObject(this.rawTrailers)); },
  set(v) { this._trailersDistinct = v; },
});

// Backpressure: a body chunk the message cannot take pauses the socket,
// and reading the message resumes it. As in node, only the socket's
// readable, _paused and resume are used: a message made over a stand-in
// socket (nock's) works.
IncomingMessage.prototype._read = function _read() {
  readStart(this.socket);
};

function readStart(socket) {
  if (socket && socket.readable && !socket._paused) socket.resume();
}

// A message's error is emitted only to a listener, as node does: an
// aborted request nobody watches for errors does not crash the server.
IncomingMessage.prototype._destroy = function _destroy(err, cb) {
  if (!this._readableState.endEmitted || !this.complete) {
    this.aborted = true;
    if (this.socket && !this.socket.destroyed && this._isResponse) this.socket.destroy(err);
  }
  cb(this.listenerCount('error') ? err : undefined);
};

IncomingMessage.prototype.setTimeout = function setTimeout(ms, cb) {
  if (cb) this.on('timeout', cb);
  this.socket.setTimeout(ms);
  return this;
};

function setHead(msg, info) {
  msg.httpVersionMajor = info.versionMajor;
  msg.httpVersionMinor = info.versionMinor;
  msg.httpVersion = `${info.versionMajor}.${info.versionMinor}`;
  msg.rawHeaders = info.rawHeaders;
}

// ---- OutgoingMessage ----

const kHeaders = Symbol('kHeaders');

function OutgoingMessage() {
  Stream.call(this);
  this[kHeaders] = null; // lower-case name → [name, value]
  this.finished = false;
  this._closed = false;
  this.chunkedEncoding = false;
  this.useChunkedEncodingByDefault = true;
  this.sendDate = false;
  this.socket = null;
  this.destroyed = false;
  this._header = null;
  this._hasBody = true;
  this._contentLength = -1;
  this._keepAlive = true;
  this._pending = []; // output made before the socket was ready
  this._bodyBytes = 0;
  this._trailer = '';
  // Set here, as node's constructor does, so that every message has the
  // same shape and reading a flag finds an own property.
  this._headerSent = false;
  this._removedConnection = false;
  this._removedContLen = false;
  this._removedTE = false;
}
// node's takes (options), whose highWaterMark Kiln's streams do not use.
withLength(OutgoingMessage, 1);
Object.setPrototypeOf(OutgoingMessage.prototype, Stream.prototype);
Object.setPrototypeOf(OutgoingMessage, Stream);

// See IncomingMessage's connection: nock sets it on its requests.
Object.defineProperty(OutgoingMessage.prototype, 'connection', {
  __proto__: null,
  get() { return this.socket; },
  set(v) { this.socket = v; },
});
Object.defineProperty(OutgoingMessage.prototype, 'writable', {
  __proto__: null, configurable: true, enumerable: true,
  get() { return !this.writableEnded && !this.destroyed; },
});

const kFinished = Symbol('kFinished');
const kErrored = Symbol('kErrored');

// emitClose is every outgoing message's 'close', which closed reports.
function emitClose(msg) {
  msg._closed = true;
  msg.emit('close');
}

function pendingLength(msg) {
  let n = 0;
  for (const [data, encoding] of msg._pending) n += byteLength(data, encoding);
  return n;
}

// The stream state node keeps on OutgoingMessage.prototype as getters.
Object.defineProperties(OutgoingMessage.prototype, {
  errored: { __proto__: null, configurable: true, enumerable: true, get() { return this[kErrored] ?? null; } },
  closed: { __proto__: null, configurable: true, enumerable: true, get() { return this._closed; } },
  writableFinished: {
    __proto__: null, configurable: true, enumerable: true, get() { return this[kFinished] === true; },
  },
  writableObjectMode: { __proto__: null, configurable: true, enumerable: true, get() { return false; } },
  writableLength: {
    __proto__: null, configurable: true, enumerable: true,
    get() { return pendingLength(this) + (this.socket && this._attached ? this.socket.writableLength : 0); },
  },
  writableHighWaterMark: {
    __proto__: null, configurable: true, enumerable: true,
    get() { return this.socket ? this.socket.writableHighWaterMark : 16384; },
  },
  writableCorked: {
    __proto__: null, configurable: true, enumerable: true,
    get() { return this.socket ? this.socket.writableCorked : 0; },
  },
  writableEnded: { __proto__: null, configurable: true, enumerable: true, get() { return this.finished; } },
  writableNeedDrain: {
    __proto__: null, configurable: true, enumerable: true,
    get() { return !this.destroyed && !this.finished && !!this._needDrain; },
  },
  headersSent: { __proto__: null, configurable: true, enumerable: true, get() { return !!this._header; } },
});

// _headers and _headerNames are node's deprecated views of the headers.
let headersDeprecated;
let headerNamesDeprecated;
Object.defineProperties(OutgoingMessage.prototype, {
  _headers: {
    __proto__: null, configurable: true, enumerable: false,
    get() {
      headersDeprecated ??= require('util').deprecate(function() { return this.getHeaders(); },
        'OutgoingMessage.prototype._headers is deprecated', 'DEP0066');
      return headersDeprecated.call(this);
    },
    set(v) {
      this[kHeaders] = null;
      if (v !== null && typeof v === 'object') for (const k of Object.keys(v)) this.setHeader(k, v[k]);
    },
  },
  _headerNames: {
    __proto__: null, configurable: true, enumerable: false,
    get() {
      headerNamesDeprecated ??= require('util').deprecate(function() {
        if (!this[kHeaders]) return null;
        const out = { __proto__: null };
        for (const [k, [name]] of this[kHeaders]) out[k] = name;
        return out;
      }, 'OutgoingMessage.prototype._headerNames is deprecated', 'DEP0066');
      return headerNamesDeprecated.call(this);
    },
    set() {},
  },
});

// _implicitHeader is node's name for the head a first write makes; the
// compression middleware and others call it. The base class has none.
OutgoingMessage.prototype._implicitHeader = function _implicitHeader() {
  throw nodeError('Error', 'ERR_METHOD_NOT_IMPLEMENTED', 'The _implicitHeader() method is not implemented');
};

OutgoingMessage.prototype.pipe = function pipe() {
  this.emit('error', nodeError('Error', 'ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable'));
};

// setHeaders takes a Headers or a Map; a Headers' set-cookie values stay
// separate, as iterating it gives them.
OutgoingMessage.prototype.setHeaders = function setHeaders(headers) {
  if (this._header) {
    throw nodeError('Error', 'ERR_HTTP_HEADERS_SENT', 'Cannot set headers after they are sent to the client');
  }
  if (!headers || Array.isArray(headers) || typeof headers.keys !== 'function' || typeof headers.get !== 'function') {
    throw binding.invalidArgType('headers', 'an instance of Headers or Map', headers);
  }
  const cookies = [];
  for (const [key, value] of headers) {
    if (key === 'set-cookie') {
      if (Array.isArray(value)) cookies.push(...value);
      else cookies.push(value);
      continue;
    }
    this.setHeader(key, value);
  }
  if (cookies.length) this.setHeader('set-cookie', cookies);
  return this;
};

OutgoingMessage.prototype.setHeader = function setHeader(name, value) {
  if (this._header) {
    throw nodeError('Error', 'ERR_HTTP_HEADERS_SENT', 'Cannot set headers after they are sent to the client');
  }
  // The validators' checks, with the calls only to throw their errors.
  if (typeof name !== 'string' || !tokenRe.test(name)) validateHeaderName(name);
  if (value === undefined || invalidValueRe.test(typeof value === 'string' ? value : String(value))) {
    validateHeaderValue(name, value);
  }
  (this[kHeaders] ||= new Map()).set(name.toLowerCase(), [name, value]);
  return this;
};

OutgoingMessage.prototype.appendHeader = function appendHeader(name, value) {
  const prev = this.getHeader(name);
  if (prev === undefined) return this.setHeader(name, value);
  return this.setHeader(name, [].concat(prev, value));
};

OutgoingMessage.prototype.getHeader = function getHeader(name) {
  if (typeof name !== 'string') throw binding.invalidArgType('name', 'of type string', name);
  const e = this[kHeaders]?.get(name.toLowerCase());
  return e && e[1];
};

OutgoingMessage.prototype.hasHeader = function hasHeader(name) {
  if (typeof name !== 'string') throw binding.invalidArgType('name', 'of type string', name);
  return !!this[kHeaders]?.has(name.toLowerCase());
};

OutgoingMessage.prototype.removeHeader = function removeHeader(name) {
  if (typeof name !== 'string') throw binding.invalidArgType('name', 'of type string', name);
  if (this._header) {
    throw nodeError('Error', 'ERR_HTTP_HEADERS_SENT', 'Cannot remove headers after they are sent to the client');
  }
  const key = name.toLowerCase();
  // Removing one of the headers node adds by itself keeps it out of the
  // head, as in node: mocking libraries (nock, msw) drop Date and
  // Connection from the responses they render this way.
  switch (key) {
    case 'connection': this._removedConnection = true; break;
    case 'content-length': this._removedContLen = true; break;
    case 'transfer-encoding': this._removedTE = true; break;
    case 'date': this.sendDate = false; break;
  }
  this[kHeaders]?.delete(key);
};

OutgoingMessage.prototype.getHeaders = function getHeaders() {
  const out = { __proto__: null };
  if (this[kHeaders]) for (const [k, [, v]] of this[kHeaders]) out[k] = v;
  return out;
};

OutgoingMessage.prototype.getHeaderNames = function getHeaderNames() {
  return this[kHeaders] ? [...this[kHeaders].keys()] : [];
};

OutgoingMessage.prototype.getRawHeaderNames = function getRawHeaderNames() {
  return this[kHeaders] ? [...this[kHeaders].values()].map(e => e[0]) : [];
};

// addTrailers replaces the trailers set before; it takes an object or an
// array of [name, value] pairs, as setHeader's callers can.
OutgoingMessage.prototype.addTrailers = function addTrailers(headers) {
  const pairs = Array.isArray(headers);
  let trailer = '';
  for (const key of Object.keys(headers)) {
    const field = pairs ? headers[key][0] : key;
    const value = pairs ? headers[key][1] : headers[key];
    if (typeof field !== 'string' || !field || !tokenRe.test(field)) {
      throw nodeError('TypeError', 'ERR_INVALID_HTTP_TOKEN', `Trailer name must be a valid HTTP token ["${field}"]`);
    }
    if (invalidValueRe.test(String(value))) {
      throw nodeError('TypeError', 'ERR_INVALID_CHAR', `Invalid character in trailer content ["${field}"]`);
    }
    trailer += `${field}: ${value}\r\n`;
  }
  this._trailer = trailer;
};

OutgoingMessage.prototype.flushHeaders = function flushHeaders() {
  if (!this._header) this._implicitHead(-1);
  if (!this._headerSent) this._send('', 'latin1', null);
};

OutgoingMessage.prototype.setTimeout = function setTimeout(ms, cb) {
  if (cb) this.on('timeout', cb);
  if (this.socket) this.socket.setTimeout(ms);
  else this.once('socket', s => s.setTimeout(ms));
  return this;
};

// _renderHead makes the head from the first line and the headers set;
// bodyLength is the whole body's length when end() knows it, else -1.
OutgoingMessage.prototype._renderHead = function _renderHead(firstLine, bodyLength) {
  let head = firstLine;
  let hasLength = false;
  let hasTE = false;
  let hasConnection = false;
  let hasDate = false;
  if (this[kHeaders]) {
    // Entries indexed, not destructured: a destructuring pattern goes
    // through the iterator protocol, twice per header here.
    for (const entry of this[kHeaders]) {
      const k = entry[0];
      const name = entry[1][0];
      const value = entry[1][1];
      if (Array.isArray(value)) {
        for (const v of value) head += `${name}: ${v}\r\n`;
      } else {
        head += `${name}: ${value}\r\n`;
      }
      if (k === 'content-length') hasLength = true;
      else if (k === 'transfer-encoding') hasTE = true;
      else if (k === 'connection') {
        hasConnection = true;
        if (/(?:^|,)\s*close\b/i.test(String(value))) this._keepAlive = false;
      } else if (k === 'date') hasDate = true;
    }
  }
  if (this._extraHeaders !== noExtraHeaders) head += this._extraHeaders();
  if (this.sendDate && !hasDate) head += `Date: ${cachedDate || utcDate()}\r\n`;
  // node keeps a server's connection alive only when the response's end
  // is known: a Content-Length set, or chunks (below HTTP/1.1, only if the
  // request's TE asks for them).
  if (this._isServerResponse && !hasLength && !this.useChunkedEncodingByDefault) this._keepAlive = false;
  if (!hasConnection && !this._removedConnection) {
    if (this._keepAlive) {
      head += 'Connection: keep-alive\r\n';
      if (this._keepAliveTimeout) head += `Keep-Alive: timeout=${Math.floor(this._keepAliveTimeout / 1000)}\r\n`;
    } else {
      head += 'Connection: close\r\n';
    }
  }
  if (this._hasBody && !hasLength && !hasTE) {
    // Without chunking by default (GET-like requests, HTTP/1.0 peers) the
    // body runs to the connection's end, as in node.
    if (!this.useChunkedEncodingByDefault) {
      if (this._isServerResponse) this._keepAlive = false;
    } else if (bodyLength >= 0 && !this._removedContLen) {
      head += `Content-Length: ${bodyLength}\r\n`;
    } else if (!this._removedTE) {
      head += 'Transfer-Encoding: chunked\r\n';
      this.chunkedEncoding = true;
    } else if (this._isServerResponse) {
      // Neither length nor chunks: the body runs to the connection's end.
      this._keepAlive = false;
    }
  } else if (hasTE) {
    this.chunkedEncoding = /(?:^|,)\s*chunked\s*$/i.test(String(this.getHeader('transfer-encoding')));
  }
  this._header = head + '\r\n';
};

// _extraHeaders is what a ClientRequest adds to its head (Host, ...);
// _renderHead calls it only where it is not this.
function noExtraHeaders() { return ''; }
OutgoingMessage.prototype._extraHeaders = noExtraHeaders;

function byteLength(chunk, encoding) {
  return typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.length;
}

function validateChunk(chunk) {
  if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
    throw binding.invalidArgType('chunk', 'of type string or an instance of Buffer or Uint8Array', chunk);
  }
}

OutgoingMessage.prototype.write = function write(chunk, encoding, cb) {
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = undefined;
  }
  if (this.writableEnded) {
    const err = nodeError('Error', 'ERR_STREAM_WRITE_AFTER_END', 'write after end');
    process.nextTick(() => {
      if (typeof cb === 'function') cb(err);
      this.emit('error', err);
    });
    return true;
  }
  if (chunk === null) throw nodeError('TypeError', 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream');
  validateChunk(chunk);
  if (!this._header) this._implicitHead(-1);
  if (!this._hasBody) {
    if (typeof cb === 'function') process.nextTick(cb);
    return true;
  }
  return this._writeBody(chunk, encoding, cb);
};

OutgoingMessage.prototype._writeBody = function _writeBody(chunk, encoding, cb) {
  const len = byteLength(chunk, encoding);
  if (len === 0) {
    if (typeof cb === 'function') process.nextTick(cb);
    return true;
  }
  this._bodyBytes += len;
  if (this.chunkedEncoding) {
    // Text goes out with its framing in one write, as the head does.
    if (typeof chunk === 'string' && (encoding === undefined || encoding === 'utf8' || encoding === 'latin1')) {
      return this._send(`${len.toString(16)}\r\n${chunk}\r\n`, encoding, cb);
    }
    this._send(`${len.toString(16)}\r\n`, 'latin1', null);
    this._send(chunk, encoding, null);
    return this._send('\r\n', 'latin1', cb);
  }
  return this._send(chunk, encoding, cb);
};

// _send writes to the socket, or keeps the output until there is one; the
// head goes out with the first piece.
OutgoingMessage.prototype._send = function _send(data, encoding, cb) {
  let head = null;
  if (this._header && !this._headerSent) {
    this._headerSent = true;
    if (typeof data === 'string' && (encoding === undefined || encoding === 'utf8' || encoding === 'latin1')) {
      data = this._header + data;
    } else {
      head = this._header;
    }
  }
  // Output for a socket that can take no more (ended, destroyed) is kept
  // and never sent, as node does: the message just never finishes.
  if (this._attached && this.socket && this.socket.writable) {
    const socket = this.socket;
    // A head before bytes is corked with them: one write (the socket's
    // _writev) carries both.
    if (head !== null) {
      socket.cork();
      socket.write(head, 'latin1', null);
    }
    const ok = socket.write(data, encoding, cb);
    if (head !== null) socket.uncork();
    if (!ok) this._needDrain = true;
    return ok;
  }
  if (head !== null) this._pending.push([head, 'latin1', null]);
  this._pending.push([data, encoding, cb]);
  return true;
};

// _onSocketDrain passes the socket's 'drain' on to the message writing.
OutgoingMessage.prototype._onSocketDrain = function _onSocketDrain() {
  if (this._needDrain) {
    this._needDrain = false;
    this.emit('drain');
  }
};

OutgoingMessage.prototype._flushPending = function _flushPending() {
  const out = this._pending;
  if (out.length === 0) return;
  this._pending = [];
  const socket = this.socket;
  socket.cork();
  for (const [data, encoding, cb] of out) socket.write(data, encoding, cb);
  socket.uncork();
};

OutgoingMessage.prototype.end = function end(chunk, encoding, cb) {
  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = undefined;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = undefined;
  }
  // (this.finished is writableEnded, without the getter's call.)
  if (this.finished) {
    if (typeof cb === 'function') {
      if (this.writableFinished) process.nextTick(cb);
      else this.once('finish', cb);
    }
    return this;
  }
  const given = chunk !== undefined && chunk !== null;
  const text = typeof chunk === 'string';
  if (given && !text && !(chunk instanceof Uint8Array)) validateChunk(chunk);
  // The length is measured once, for the head and the count of bytes.
  const len = !given ? 0 : text ? Buffer.byteLength(chunk, encoding) : chunk.length;
  if (!this._header) this._implicitHead(len);
  // Without chunking, the body's last piece is the end's own write: one
  // pass through the socket's stream rather than a second, empty one.
  const hasChunk = given && this._hasBody;
  const folded = hasChunk && !this.chunkedEncoding;
  // A chunked body's last piece and the end go out in one write (the
  // socket's _writev), as node's end corks the socket for them.
  const corked = hasChunk && !folded && this._attached ? this.socket : null;
  if (corked) corked.cork();
  if (hasChunk && !folded) this._writeBody(chunk, encoding, null);
  this.finished = true;
  if (typeof cb === 'function') this.once('finish', cb);
  const onFinish = () => this._onFinish();
  if (folded) {
    this._bodyBytes += len;
    this._send(chunk, encoding, onFinish);
  } else {
    // Trailers need a chunked body; without one they are dropped, as node does.
    const last = this.chunkedEncoding && this._hasBody ? `0\r\n${this._trailer}\r\n` : '';
    this._send(last, 'latin1', onFinish);
  }
  if (corked) corked.uncork();
  if (this._attached && this._sent) this._sent();
  return this;
};

// A message whose socket failed does not finish, though the write of its
// end calls back (with the error), as in node.
OutgoingMessage.prototype._onFinish = function _onFinish() {
  if (this[kFinished] || this.socket?._hadError) return;
  this[kFinished] = true;
  this.emit('prefinish');
  this.emit('finish');
  if (this._afterFinish) this._afterFinish();
};

OutgoingMessage.prototype.destroy = function destroy(err) {
  if (this.destroyed) return this;
  this.destroyed = true;
  if (err) this[kErrored] = err;
  if (this.socket) this.socket.destroy(err);
  else this.once('socket', s => s.destroy(err));
  return this;
};

OutgoingMessage.prototype.cork = function cork() { this.socket?.cork(); };
OutgoingMessage.prototype.uncork = function uncork() { this.socket?.uncork(); };

// ---- ServerResponse ----

function ServerResponse(req, options) {
  if (!(this instanceof ServerResponse)) return new ServerResponse(req, options);
  OutgoingMessage.call(this);
  this.req = req;
  this.sendDate = true;
  this._isServerResponse = true;
  this._keepAlive = req.shouldKeepAlive;
  this._expectContinue = false;
  this._sent100 = false;
  // Below HTTP/1.1, as for a request not yet parsed (a response rendered
  // standalone), node chunks only when the request's TE asks for it.
  if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
    this.useChunkedEncodingByDefault = /(?:^|,)\s*chunked\b/i.test(req.headers.te || '');
  }
  if (req.method === 'HEAD') this._hasBody = false;
}
Object.setPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ServerResponse, OutgoingMessage);

ServerResponse.prototype.statusCode = 200;
ServerResponse.prototype.statusMessage = undefined;

ServerResponse.prototype.writeHead = function writeHead(statusCode, reason, headers) {
  if (this._header) {
    throw nodeError('Error', 'ERR_HTTP_HEADERS_SENT', 'Cannot write headers after they are sent to the client');
  }
  const given = statusCode;
  statusCode |= 0;
  if (statusCode < 100 || statusCode > 999) {
    throw nodeError('RangeError', 'ERR_HTTP_INVALID_STATUS_CODE', `Invalid status code: ${given}`);
  }
  if (typeof reason === 'string') {
    this.statusMessage = reason;
  } else {
    // As node: a message left empty (Next.js copies a fetch Response's
    // statusText, '' by default, into it) or not a string takes the code's
    // standard one, and writeHead(code, undefined, headers) keeps its headers.
    this.statusMessage ||= STATUS_CODES[statusCode] || 'unknown';
    headers ??= reason;
  }
  this.statusCode = statusCode;
  if (Array.isArray(headers)) {
    if (headers.length && Array.isArray(headers[0])) {
      for (const [k, v] of headers) this.appendHeader(k, v);
    } else {
      for (let i = 0; i < headers.length; i += 2) this.appendHeader(headers[i], headers[i + 1]);
    }
  } else if (headers) {
    for (const k of Object.keys(headers)) if (headers[k] !== undefined) this.setHeader(k, headers[k]);
  }
  const message = this.statusMessage;
  if (message !== standardReasons[statusCode] && invalidValueRe.test(message)) {
    throw nodeError('TypeError', 'ERR_INVALID_CHAR', 'Invalid character in statusMessage');
  }
  this._renderStatus(this._contentLength);
  return this;
};

// writeHeader is node's old name for writeHead, the same function.
ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;

// A head the response makes itself goes through writeHead, as node's does:
// middleware such as on-headers (express-session's cookie, compression)
// wraps writeHead to change the headers at the last moment. end() knows the
// body's length and passes it on in _contentLength.
ServerResponse.prototype._implicitHead = function _implicitHead(bodyLength) {
  this._contentLength = bodyLength;
  this.writeHead(this.statusCode);
};

// _implicitHeader is node's name for the same, which such middleware also
// calls to render the head before the body, with no length known yet.
ServerResponse.prototype._implicitHeader = function _implicitHeader() {
  if (!this._header) this._implicitHead(-1);
};

ServerResponse.prototype._renderStatus = function _renderStatus(bodyLength) {
  const code = this.statusCode;
  if (code < 100 || code > 999) {
    throw nodeError('RangeError', 'ERR_HTTP_INVALID_STATUS_CODE', `Invalid status code: ${code}`);
  }
  if (code === 204 || code === 304 || (code >= 100 && code < 200)) this._hasBody = false;
  const reason = this.statusMessage;
  if (this.req.method === 'HEAD' && bodyLength >= 0) bodyLength = -1;
  // A client still waiting for a 100 may send the body it held back: the
  // connection cannot carry another request after it.
  if (this._expectContinue && !this._sent100) this._keepAlive = false;
  this._renderHead(`HTTP/1.1 ${code} ${reason}\r\n`, bodyLength);
};

// Interim (1xx) responses go out ahead of the head, through the same
// queue as the response so that a pipelined request's answers keep order.
ServerResponse.prototype._writeInterim = function _writeInterim(text, cb) {
  if (this._attached && this.socket && !this.socket.destroyed) this.socket.write(text, 'latin1', cb);
  else this._pending.push([text, 'latin1', cb]);
};

ServerResponse.prototype.writeContinue = function writeContinue(cb) {
  this._writeInterim('HTTP/1.1 100 Continue\r\n\r\n', cb);
  this._sent100 = true;
};

const linkRe = /^<[^>]*>(?:\s*;\s*[^;"\s]+(?:=(?:"[^;"\s]*"|[^;"\s]*))?)*$/;

// validateLink names the first bad link of an array, as node does.
function validateLink(link) {
  const links = Array.isArray(link) ? link : [link];
  for (const l of links) {
    if (typeof l !== 'string' || !linkRe.test(l)) {
      throw binding.invalidArgValue('hints', l,
        'must be an array or string of format "</styles.css>; rel=preload; as=style"');
    }
  }
  return links.join(', ');
}

ServerResponse.prototype.writeEarlyHints = function writeEarlyHints(hints, cb) {
  if (hints === null || typeof hints !== 'object' || Array.isArray(hints)) {
    throw binding.invalidArgType('hints', 'of type object', hints);
  }
  if (hints.link === null || hints.link === undefined) return;
  let head = `HTTP/1.1 103 Early Hints\r\nLink: ${validateLink(hints.link)}\r\n`;
  for (const key of Object.keys(hints)) {
    if (key === 'link') continue;
    validateHeaderName(key);
    validateHeaderValue(key, hints[key]);
    head += `${key}: ${hints[key]}\r\n`;
  }
  this._writeInterim(`${head}\r\n`, cb);
};

ServerResponse.prototype.writeProcessing = function writeProcessing(cb) {
  this._writeInterim('HTTP/1.1 102 Processing\r\n\r\n', cb);
};

ServerResponse.prototype.assignSocket = function assignSocket(socket) {
  this.socket = socket;
  this._attached = true;
  this._flushPending();
};

ServerResponse.prototype.detachSocket = function detachSocket(socket) {
  this.socket = null;
  this._attached = false;
};

// ---- Server ----

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  }
  options ||= {};
  net.Server.call(this, { allowHalfOpen: true, noDelay: options.noDelay ?? true });
  if (requestListener) this.on('request', requestListener);
  setupServer(this, options);
  this.on('connection', connectionListener);
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

Server.prototype.setTimeout = function setTimeout(ms, cb) {
  this.timeout = ms;
  if (cb) this.on('timeout', cb);
  return this;
};

function validateInteger(value, name) {
  if (typeof value !== 'number') throw binding.invalidArgType(name, 'of type number', value);
  if (!Number.isInteger(value)) {
    throw nodeError('RangeError', 'ERR_OUT_OF_RANGE',
      `The value of "${name}" is out of range. It must be an integer. Received ${binding.inspect(value)}`);
  }
  if (value < 0 || value > Number.MAX_SAFE_INTEGER) {
    throw nodeError('RangeError', 'ERR_OUT_OF_RANGE',
      `The value of "${name}" is out of range. It must be >= 0 && <= ${Number.MAX_SAFE_INTEGER}. Received ${binding.inspect(value)}`);
  }
  return value;
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw binding.invalidArgType(name, 'of type boolean', value);
  return value;
}

// setupServer gives an http or https server node's options and the
// periodic check of the headers and request timeouts, which node also
// makes every connectionsCheckingInterval rather than with a timer per
// connection.
function setupServer(server, options) {
  const requestTimeout = validateInteger(options.requestTimeout ?? 300000, 'requestTimeout');
  const headersTimeout = validateInteger(options.headersTimeout ?? Math.min(60000, requestTimeout), 'headersTimeout');
  if (requestTimeout > 0 && headersTimeout > 0 && headersTimeout > requestTimeout) {
    throw nodeError('RangeError', 'ERR_OUT_OF_RANGE',
      `The value of "headersTimeout" is out of range. It must be <= requestTimeout. Received ${headersTimeout}`);
  }
  server.connectionsCheckingInterval = validateInteger(options.connectionsCheckingInterval ?? 30000,
    'connectionsCheckingInterval');
  server.timeout = 0;
  server.keepAliveTimeout = validateInteger(options.keepAliveTimeout ?? 5000, 'keepAliveTimeout');
  server.headersTimeout = headersTimeout;
  server.requestTimeout = requestTimeout;
  server.maxHeadersCount = null;
  server.maxRequestsPerSocket = 0;
  if (options.maxHeaderSize !== undefined) validateInteger(options.maxHeaderSize, 'maxHeaderSize');
  server.maxHeaderSize = options.maxHeaderSize;
  if (options.insecureHTTPParser !== undefined) validateBoolean(options.insecureHTTPParser, 'options.insecureHTTPParser');
  server.insecureHTTPParser = options.insecureHTTPParser;
  server.requireHostHeader = validateBoolean(options.requireHostHeader ?? true, 'options.requireHostHeader');
  server.joinDuplicateHeaders = options.joinDuplicateHeaders;
  if (server.joinDuplicateHeaders !== undefined) {
    validateBoolean(server.joinDuplicateHeaders, 'options.joinDuplicateHeaders');
  }
  server._conns = new Set();
  server._checkTimer = null;
  server.on('listening', () => {
    clearInterval(server._checkTimer);
    server._checkTimer = setInterval(checkConnections, server.connectionsCheckingInterval, server).unref();
  });
}

// checkConnections answers 408 on each connection whose message in
// progress began longer ago than headersTimeout (its head still
// incomplete) or requestTimeout.
function checkConnections(server) {
  const { headersTimeout, requestTimeout } = server;
  if (!headersTimeout && !requestTimeout) return;
  const now = Date.now();
  for (const conn of server._conns) {
    if (conn.started === null) continue;
    const age = now - conn.started;
    if ((headersTimeout > 0 && !conn.headDone && age > headersTimeout) || (requestTimeout > 0 && age > requestTimeout)) {
      conn.started = null;
      clientError(server, conn, nodeError('Error', 'ERR_HTTP_REQUEST_TIMEOUT', 'Request timeout'));
    }
  }
}

Server.prototype.close = function close(cb) {
  clearInterval(this._checkTimer);
  this.closeIdleConnections();
  return net.Server.prototype.close.call(this, cb);
};

Server.prototype.closeAllConnections = function closeAllConnections() {
  for (const c of this._conns) c.socket.destroy();
};

Server.prototype.closeIdleConnections = function closeIdleConnections() {
  for (const c of this._conns) if (c.queue.length === 0 && !c.req) c.socket.destroy();
};

function connectionListener(socket) {
  const server = this;
  // started: when the message in progress began (the connection, for the
  // first), null between messages; headDone: its head is parsed; failed:
  // the parser met bad input; errored: a client error was reported.
  const conn = {
    socket, queue: [], req: null, parser: null, started: Date.now(), headDone: false, failed: false, errored: false,
  };
  server._conns.add(conn);
  if (server.timeout) socket.setTimeout(server.timeout);
  // One socket timer serves both server.timeout and the keep-alive
  // timeout: while a request is in progress only the former counts.
  const onTimeout = () => {
    const idle = conn.queue.length === 0 && !conn.req;
    if (idle && !server.timeout) socket.destroy();
    else if (server.timeout && !server.emit('timeout', socket)) socket.destroy();
  };
  const onDrain = () => conn.queue[0]?._onSocketDrain();
  const onData = (chunk) => {
    if (conn.started === null) {
      conn.started = Date.now();
      conn.headDone = false;
    }
    const err = conn.parser.execute(chunk);
    if (err) {
      err.rawPacket = chunk;
      conn.failed = true;
      clientError(server, conn, err);
    }
    else if (conn.started === null && !conn.parser.idle()) conn.started = Date.now();
  };
  // The peer's end in the middle of a message is a client error (after a
  // parse error, no second one), as llhttp's finish reports it.
  const onEnd = () => {
    if (!conn.failed && !conn.parser.finish()) {
      const err = new Error('Parse Error');
      err.code = 'HPE_INVALID_EOF_STATE';
      err.reason = 'Invalid EOF state';
      err.bytesParsed = 0;
      clientError(server, conn, err);
    } else {
      // As in node, whose server is not httpAllowHalfOpen: the peer's end
      // aborts the requests still waiting for their responses.
      for (const res of conn.queue) abortRequest(res.req);
      socket.end();
    }
  };
  const onError = (err) => {
    if (!conn.errored) clientError(server, conn, err);
  };
  const onClose = () => {
    server._conns.delete(conn);
    if (conn.req && !conn.req.complete) abortRequest(conn.req);
    for (const res of conn.queue) {
      res.destroyed = true;
      emitClose(res);
    }
    conn.queue.length = 0;
  };
  // An upgrade hands the socket to the 'upgrade' or 'connect' listener
  // with none of the server's listeners left on it, and paused until that
  // listener reads, so no byte of the new protocol is lost or parsed here.
  const onUpgrade = (head) => {
    const req = conn.req;
    conn.req = null;
    req.complete = true;
    req.push(null);
    server._conns.delete(conn);
    socket.removeListener('timeout', onTimeout);
    socket.removeListener('drain', onDrain);
    socket.removeListener('data', onData);
    socket.removeListener('end', onEnd);
    socket.removeListener('error', onError);
    socket.removeListener('close', onClose);
    const event = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    if (event === 'connect' && !server.listenerCount('connect')) {
      socket.destroy();
      return;
    }
    socket.readableFlowing = null;
    server.emit(event, req, socket, head);
  };
  socket.on('timeout', onTimeout);
  socket.on('drain', onDrain);
  conn.parser = new Parser('request', {
    onHead(info) {
      conn.headDone = true;
      const req = new IncomingMessage(socket);
      setHead(req, info);
      req.joinDuplicateHeaders = server.joinDuplicateHeaders;
      req.method = info.method;
      req.url = info.url;
      req.shouldKeepAlive = info.shouldKeepAlive;
      conn.req = req;
      // Node gives an Upgrade request to 'request' when nobody listens for
      // 'upgrade', but a CONNECT never.
      req.upgrade = info.upgrade && (info.method === 'CONNECT' || server.listenerCount('upgrade') > 0);
      if (req.upgrade) return 'upgrade';
      const res = new ServerResponse(req);
      res._keepAliveTimeout = server.keepAliveTimeout;
      res.socket = socket;
      conn.queue.push(res);
      res._afterFinish = () => responseDone(server, conn, res);
      if (conn.queue.length === 1) res.assignSocket(socket);
      if (serverRequestStartChannel.hasSubscribers) {
        serverRequestStartChannel.publish({ request: req, response: res, socket, server });
      }
      // Before the user's 'finish' listeners, as node's resOnFinish; the
      // listener is there only while someone listens on the channel.
      if (serverResponseFinishChannel.hasSubscribers) {
        res.once('finish', () => serverResponseFinishChannel.publish({ request: req, response: res, socket, server }));
      }
      // An HTTP/1.1 request must name its host: node answers one that
      // does not with 400 and closes, and the server never sees it.
      if (server.requireHostHeader && info.versionMajor === 1 && info.versionMinor === 1 &&
          !(info.hasHost ?? hasRawField(req.rawHeaders, 'host'))) {
        res.writeHead(400, ['Connection', 'close']);
        res.end();
        return false;
      }
      dispatchRequest(server, req, res, info.hasExpect);
      return false;
    },
    onBody(chunk) {
      if (!conn.req.push(chunk)) socket.pause();
    },
    onTrailers(raw) {
      conn.req.rawTrailers = raw;
    },
    onEnd() {
      conn.started = null;
      const req = conn.req;
      conn.req = null;
      req.complete = true;
      req.push(null);
      // The last body chunk may have paused the socket, and a message at
      // its end is read no more: the next message on the connection is
      // read all the same, as node's parserOnMessageComplete does.
      readStart(socket);
    },
    onUpgrade,
  }, server.maxHeaderSize || defaultMaxHeaderSize, server.insecureHTTPParser);
  socket.on('data', onData);
  socket.on('end', onEnd);
  socket.on('error', onError);
  socket.on('close', onClose);
}

// abortRequest destroys a request whose connection is over; only one not
// yet read to its end was aborted, as node's IncomingMessage reports.
function abortRequest(req) {
  if ((!req.readableEnded || !req.complete) && !req.aborted) {
    req.aborted = true;
    req.emit('aborted');
  }
  req.destroy(connReset('aborted'));
}

const continueRe = /(?:^|\W)100-continue(?:$|\W)/i;

// dispatchRequest emits the request, or first answers its Expect header
// as node does (only HTTP/1.1 requests have one that counts); hasExpect
// says whether there is one, when the parser knows.
function dispatchRequest(server, req, res, hasExpect) {
  const expect = (hasExpect ?? hasRawField(req.rawHeaders, 'expect')) ? req.headers.expect : undefined;
  if (expect === undefined || req.httpVersionMajor !== 1 || req.httpVersionMinor !== 1) {
    server.emit('request', req, res);
  } else if (continueRe.test(expect)) {
    res._expectContinue = true;
    if (server.listenerCount('checkContinue')) {
      server.emit('checkContinue', req, res);
    } else {
      res.writeContinue();
      server.emit('request', req, res);
    }
  } else if (server.listenerCount('checkExpectation')) {
    server.emit('checkExpectation', req, res);
  } else {
    res.writeHead(417);
    res.end();
  }
}

const errorStatus = {
  __proto__: null,
  HPE_HEADER_OVERFLOW: '431 Request Header Fields Too Large',
  ERR_HTTP_REQUEST_TIMEOUT: '408 Request Timeout',
};

function noop() {}

// clientError answers a bad or late request, or a socket error, unless
// 'clientError' is listened; a response already under way is cut short
// rather than corrupted by a second head. Later errors of the socket are
// ignored, as node does: the connection is over.
function clientError(server, conn, err) {
  const socket = conn.socket;
  if (!conn.errored) {
    conn.errored = true;
    socket.on('error', noop);
  }
  if (server.listenerCount('clientError')) {
    server.emit('clientError', err, socket);
    return;
  }
  const status = errorStatus[err.code] || '400 Bad Request';
  if (socket.writable && !conn.queue[0]?._headerSent) socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`);
  socket.destroySoon();
}

function responseDone(server, conn, res) {
  conn.queue.shift();
  const socket = conn.socket;
  // 'close' comes a tick after 'finish', as node's resOnFinish emits it.
  process.nextTick(emitClose, res);
  // A request body nobody read is drained, so that its 'end' and 'close'
  // still come, as node's dump does.
  // (The request is Kiln's own IncomingMessage: its state is read, not its
  // readableEnded and readableFlowing getters.)
  const state = res.req._readableState;
  if (!state.endEmitted && state.flowing === null) res.req.resume();
  const destroyed = socket.destroyed;
  if (!res._keepAlive || destroyed) {
    if (!destroyed) socket.destroySoon();
    return;
  }
  if (conn.queue.length > 0) {
    conn.queue[0].assignSocket(socket);
  } else if (!server._handle) {
    // (net.Server's listening, without its getter's call per response)
    socket.destroy();
  } else if (!conn.req && server.keepAliveTimeout && !server.timeout) {
    socket.setTimeout(server.keepAliveTimeout);
  }
}

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

// ---- Agent ----

const kAgentOptions = Symbol('kAgentOptions');

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  EventEmitter.call(this);
  this.options = { __proto__: null, ...options };
  this.defaultPort = 80;
  this.protocol = 'http:';
  this.keepAlive = !!this.options.keepAlive;
  this.keepAliveMsecs = this.options.keepAliveMsecs || 1000;
  this.maxSockets = this.options.maxSockets || Infinity;
  this.maxFreeSockets = this.options.maxFreeSockets || 256;
  this.maxTotalSockets = this.options.maxTotalSockets || Infinity;
  this.scheduling = this.options.scheduling || 'lifo';
  this.requests = { __proto__: null };
  this.sockets = { __proto__: null };
  this.freeSockets = { __proto__: null };
  this.totalSocketCount = 0;
}
Object.setPrototypeOf(Agent.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Agent, EventEmitter);

Agent.prototype.getName = function getName(options = {}) {
  let name = options.host || 'localhost';
  name += ':';
  if (options.port) name += options.port;
  name += ':';
  if (options.localAddress) name += options.localAddress;
  if (options.family === 4 || options.family === 6) name += `:${options.family}`;
  if (options.socketPath) name += `:${options.socketPath}`;
  return name;
};

// addRequest gives the request a free socket, a new one while the limits
// allow, or queues it in agent.requests until a socket is released.
Agent.prototype.addRequest = function addRequest(req, options) {
  const name = this.getName(options);
  const free = this.freeSockets[name];
  if (free && free.length) {
    const socket = this.scheduling === 'fifo' ? free.shift() : free.pop();
    if (!free.length) delete this.freeSockets[name];
    socket.setTimeout(0);
    socket.removeAllListeners('timeout');
    this.reuseSocket(socket, req);
    (this.sockets[name] ||= []).push(socket);
    req.onSocket(socket);
  } else if ((this.sockets[name]?.length || 0) < this.maxSockets && this.totalSocketCount < this.maxTotalSockets) {
    this._connect(req, name, options);
  } else {
    req._agentOptions = options;
    (this.requests[name] ||= []).push(req);
  }
};

// _connect gives req a new socket through createSocket, as node's
// addRequest does.
Agent.prototype._connect = function _connect(req, name, options) {
  this.createSocket(req, options, (err, socket) => {
    if (err) {
      process.nextTick(() => req.destroy(err));
      return;
    }
    req.onSocket(socket);
  });
};

// createSocket is node's: it makes a socket through createConnection, which
// may return it or hand it (or an error) to the callback it is given, and
// enters it in the agent. Agents built on promises override one or the
// other (agent-base, and so @npmcli/agent, npm's, and the proxy agents).
Agent.prototype.createSocket = function createSocket(req, options, cb) {
  const name = this.getName(options);
  this.totalSocketCount++;
  let called = false;
  const oncreate = (err, socket) => {
    if (called) return;
    called = true;
    if (err || !socket) {
      this.totalSocketCount--;
      cb(err || new Error('createConnection gave no socket'));
      return;
    }
    // 'agentRemove' is how a socket leaves the agent for good (an upgraded
    // connection, or one a package takes over), as in node.
    const onRemove = () => {
      socket.removeListener('close', onRemove);
      socket.removeListener('agentRemove', onRemove);
      this.removeSocket(socket, options);
    };
    socket.on('close', onRemove);
    socket.on('agentRemove', onRemove);
    // A socket of an agent's own making may be any duplex stream.
    if (typeof socket.setNoDelay === 'function') socket.setNoDelay(true);
    if (this.options.timeout) socket.setTimeout(this.options.timeout);
    (this.sockets[name] ||= []).push(socket);
    socket._agentName = name;
    socket[kAgentOptions] = options;
    cb(null, socket);
  };
  // As in node, the connection's options carry the agent's name for it
  // (https.Agent keys its TLS sessions by it).
  const socket = this.createConnection({ ...options, _agentKey: name }, oncreate);
  if (socket) oncreate(null, socket);
};

Agent.prototype.createConnection = function createConnection(options) {
  return net.createConnection(options);
};

function takeRequest(agent, name) {
  const queue = agent.requests[name];
  const req = queue.shift();
  if (!queue.length) delete agent.requests[name];
  return req;
}

// removeSocket takes a socket out of agent.sockets: one going to the free
// list, one that closed, or one that left the agent ('agentRemove'). The
// room it leaves goes to a queued request of its origin, or of any. Like
// keepSocketAlive and reuseSocket it is one of node's hooks that agents
// override (and call), so it is a method called where node calls it.
Agent.prototype.removeSocket = function removeSocket(socket, options) {
  const name = this.getName(options);
  const tables = [this.sockets];
  // A socket that can no longer write leaves the free list too.
  if (!socket.writable) tables.push(this.freeSockets);
  for (const table of tables) {
    const list = table[name];
    if (!list) continue;
    const i = list.indexOf(socket);
    if (i < 0) continue;
    list.splice(i, 1);
    if (!list.length) delete table[name];
    this.totalSocketCount--;
  }
  const waiting = this.requests[name] ? name : Object.keys(this.requests)[0];
  if (waiting === undefined || (this.sockets[waiting]?.length || 0) >= this.maxSockets) return;
  const req = takeRequest(this, waiting);
  this._connect(req, waiting, req._agentOptions);
};

// keepSocketAlive readies a socket for the free list and says whether it
// may go there: not when the server's Keep-Alive hint leaves no time.
Agent.prototype.keepSocketAlive = function keepSocketAlive(socket) {
  // A socket of an agent's own making may be any duplex stream.
  if (typeof socket.setKeepAlive === 'function') socket.setKeepAlive(true, this.keepAliveMsecs);
  socket.unref();
  let agentTimeout = this.options.timeout || 0;
  let canKeepSocketAlive = true;
  const hint = socket._httpMessage?.res?.headers['keep-alive'];
  const seconds = hint && /^timeout=(\d+)/.exec(hint)?.[1];
  if (seconds) {
    // Expire a second before the server would, to dodge ECONNRESET.
    const serverTimeout = Math.max(parseInt(seconds, 10) * 1000 - 1000, 0);
    if (serverTimeout === 0) canKeepSocketAlive = false;
    else if (serverTimeout < agentTimeout) agentTimeout = serverTimeout;
  }
  if (socket.timeout !== agentTimeout) socket.setTimeout(agentTimeout);
  return canKeepSocketAlive;
};

Agent.prototype.reuseSocket = function reuseSocket(socket, req) {
  req.reusedSocket = true;
  socket.ref();
};

// _release hands a socket whose exchange is done to the next queued
// request, parks it in the free list, or destroys it.
// A destroyed socket stays in agent.sockets until it closes, as in node.
Agent.prototype._release = function _release(socket, reusable) {
  const name = socket._agentName;
  if (reusable && !socket.destroyed && this.requests[name]) {
    takeRequest(this, name).onSocket(socket);
    return;
  }
  const free = this.freeSockets[name] || [];
  if (!reusable || !this.keepAlive || socket.destroyed || free.length >= this.maxFreeSockets ||
      !this.keepSocketAlive(socket)) {
    socket.destroy();
    return;
  }
  socket._httpMessage = null;
  // totalSocketCount counts open sockets, free ones too: removeSocket's
  // decrement is for a socket that leaves the agent.
  this.totalSocketCount++;
  this.removeSocket(socket, socket[kAgentOptions]);
  free.push(socket);
  this.freeSockets[name] = free;
  socket.once('timeout', () => socket.destroy());
  this.emit('free', socket, {});
};

Agent.prototype.destroy = function destroy() {
  for (const table of [this.freeSockets, this.sockets]) {
    for (const name of Object.keys(table)) for (const s of [...table[name]]) s.destroy();
  }
};

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

// ---- ClientRequest ----

const noBodyByDefault = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT']);

function ClientRequest(input, options, cb) {
  if (!(this instanceof ClientRequest)) return new ClientRequest(input, options, cb);
  OutgoingMessage.call(this);
  if (typeof input === 'string') {
    input = urlToOptions(new URL(input));
  } else if (input instanceof URL) {
    input = urlToOptions(input);
  } else {
    cb = options;
    options = input;
    input = null;
  }
  if (typeof options === 'function') {
    cb = options;
    options = input || {};
  } else {
    options = { ...input, ...options };
  }
  // https passes its own global agent as _defaultAgent, which sets the
  // protocol expected.
  const defaultAgent = options._defaultAgent || globalAgent;
  let agent = options.agent;
  if (agent === false) agent = new defaultAgent.constructor();
  else if (agent === undefined || agent === null) agent = defaultAgent;
  const expected = defaultAgent.protocol || 'http:';
  const protocol = options.protocol || expected;
  if (protocol !== expected) {
    throw nodeError('TypeError', 'ERR_INVALID_PROTOCOL', `Protocol "${protocol}" not supported. Expected "${expected}"`);
  }
  this.agent = agent;
  this[kFromFetch] = options[kFromFetch] === true;
  const port = options.port || agent.defaultPort || 80;
  const host = options.hostname || options.host || 'localhost';
  const path = options.path || '/';
  if (/[\u0000-\u0020]/.test(path)) {
    throw nodeError('TypeError', 'ERR_UNESCAPED_CHARACTERS', 'Request path contains unescaped characters');
  }
  let method = options.method;
  if (method !== undefined && method !== null && typeof method !== 'string') {
    throw binding.invalidArgType('options.method', 'of type string', method);
  }
  method = method ? method.toUpperCase() : 'GET';
  validateHeaderName(method, 'Method');
  this.method = method;
  this.path = path;
  this.host = host;
  this.protocol = protocol;
  this.aborted = false;
  this.reusedSocket = false;
  this.res = null;
  this.timeoutCb = null;
  this.maxHeadersCount = null;
  if (options.maxHeaderSize !== undefined) validateInteger(options.maxHeaderSize, 'maxHeaderSize');
  this.maxHeaderSize = options.maxHeaderSize;
  if (options.insecureHTTPParser !== undefined) validateBoolean(options.insecureHTTPParser, 'options.insecureHTTPParser');
  this.insecureHTTPParser = options.insecureHTTPParser;
  if (options.joinDuplicateHeaders !== undefined) {
    validateBoolean(options.joinDuplicateHeaders, 'options.joinDuplicateHeaders');
  }
  this.joinDuplicateHeaders = options.joinDuplicateHeaders;
  this.useChunkedEncodingByDefault = !noBodyByDefault.has(method);
  if (method === 'HEAD') this._expectBodiless = true;
  // Under a socket limit, node keeps connections open for the requests
  // queued, keep-alive agent or not.
  this._keepAlive = agent.keepAlive || Number.isFinite(agent.maxSockets);
  if (options.headers) {
    const h = options.headers;
    if (Array.isArray(h)) {
      for (let i = 0; i < h.length; i += 2) this.appendHeader(h[i], h[i + 1]);
    } else {
      for (const k of Object.keys(h)) if (h[k] !== undefined) this.setHeader(k, h[k]);
    }
  }
  if (options.setHost !== false && !this.hasHeader('host')) {
    const hostHeader = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
    this._hostHeader = +port === (agent.defaultPort || 80) ? hostHeader : `${hostHeader}:${port}`;
  }
  if (options.auth && !this.hasHeader('authorization')) {
    this.setHeader('Authorization', `Basic ${Buffer.from(options.auth).toString('base64')}`);
  }
  // A client that expects a 100 waits for it before writing the body, so
  // the head goes out at once, as node sends it.
  if (this.hasHeader('expect')) this.flushHeaders();
  if (cb) this.once('response', cb);
  if (options.timeout !== undefined) this.setTimeout(options.timeout);
  const connectOptions = { ...options, host, port: +port };
  delete connectOptions.path;
  if (options.socketPath) connectOptions.path = options.socketPath;
  agent.addRequest(this, connectOptions);
}
Object.setPrototypeOf(ClientRequest.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ClientRequest, OutgoingMessage);

function urlToOptions(url) {
  return {
    protocol: url.protocol,
    hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ''}${url.search || ''}`,
    href: url.href,
    port: url.port !== '' ? Number(url.port) : undefined,
    auth: url.username || url.password
      ? `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}` : undefined,
  };
}

ClientRequest.prototype._extraHeaders = function _extraHeaders() {
  return this._hostHeader ? `Host: ${this._hostHeader}\r\n` : '';
};

ClientRequest.prototype._implicitHead = function _implicitHead(bodyLength) {
  this._renderHead(`${this.method} ${this.path} HTTP/1.1\r\n`, bodyLength);
};

ClientRequest.prototype._implicitHeader = function _implicitHeader() {
  if (!this._header) this._implicitHead(-1);
};

ClientRequest.prototype.clearTimeout = function clearTimeout(cb) {
  this.setTimeout(0, cb);
};

ClientRequest.prototype.abort = function abort() {
  if (this.aborted) return;
  this.aborted = true;
  this.destroy();
  process.nextTick(() => this.emit('abort'));
};

// emitRequestError is how a client request reports its error: to the
// diagnostics channel first, as node's emitErrorEvent.
function emitRequestError(req, error) {
  if (clientRequestErrorChannel.hasSubscribers && !req[kFromFetch]) clientRequestErrorChannel.publish({ request: req, error });
  req.emit('error', error);
}

ClientRequest.prototype.destroy = function destroy(err) {
  if (this.destroyed) return this;
  this.destroyed = true;
  if (this.res) this.res._dump?.();
  if (this.socket) {
    this._destroyErr = err;
    this.socket.destroy(err);
  } else {
    if (!err && !this.aborted) err = hangUp();
    process.nextTick(() => {
      if (err) emitRequestError(this, err);
      emitClose(this);
    });
  }
  return this;
};

ClientRequest.prototype.setNoDelay = function setNoDelay(v) {
  if (this.socket) this.socket.setNoDelay(v);
  else this.once('socket', s => s.setNoDelay(v));
};

ClientRequest.prototype.setSocketKeepAlive = function setSocketKeepAlive() {};

ClientRequest.prototype.setTimeout = function setTimeout(ms, cb) {
  if (cb) this.once('timeout', cb);
  const arm = (socket) => {
    socket.setTimeout(ms);
    const onTimeout = () => this.emit('timeout');
    socket.on('timeout', onTimeout);
    this.once('close', () => socket.removeListener('timeout', onTimeout));
  };
  if (this.socket) arm(this.socket);
  else this.once('socket', arm);
  return this;
};

function connReset(message) {
  const e = new Error(message);
  e.code = 'ECONNRESET';
  return e;
}

function hangUp() {
  return connReset('socket hang up');
}

ClientRequest.prototype.onSocket = function onSocket(socket) {
  process.nextTick(() => {
    // A request destroyed before its turn passes the socket on, as a
    // finished one would.
    if (this.destroyed) {
      this.agent._release(socket, this._keepAlive);
      return;
    }
    this.socket = socket;
    socket._httpMessage = this;
    let errored = false;
    let done = false;
    // Set when the parser has the whole response; run at its 'end'.
    let finishResponse;
    const emitError = (err) => {
      if (errored) return;
      errored = true;
      emitRequestError(this, err);
    };
    const parser = new Parser('response', {
      onHead: (info) => {
        const res = new IncomingMessage(socket);
        res._isResponse = true;
        setHead(res, info);
        res.joinDuplicateHeaders = this.joinDuplicateHeaders;
        res.statusCode = info.statusCode;
        res.statusMessage = info.statusMessage;
        // The answer to a CONNECT is a tunnel, whatever its status.
        res.upgrade = this.method === 'CONNECT' || (info.statusCode === 101 && info.upgrade);
        if (res.upgrade) {
          res.req = this;
          this.res = res;
          return 'upgrade';
        }
        if (info.statusCode >= 100 && info.statusCode < 200) {
          if (info.statusCode === 100) this.emit('continue');
          this.emit('information', {
            statusCode: info.statusCode, statusMessage: info.statusMessage, httpVersion: res.httpVersion,
            httpVersionMajor: res.httpVersionMajor, httpVersionMinor: res.httpVersionMinor, headers: res.headers,
            rawHeaders: res.rawHeaders,
          });
          return true;
        }
        res.req = this;
        this.res = res;
        this._responseKeepAlive = info.shouldKeepAlive;
        // Before the user's listeners, as node's responseOnEnd.
        res.once('end', () => finishResponse());
        if (clientResponseFinishChannel.hasSubscribers && !this[kFromFetch]) {
          clientResponseFinishChannel.publish({ request: this, response: res });
        }
        const listened = this.emit('response', res);
        if (!listened) res.resume();
        return this._expectBodiless === true;
      },
      onBody: (chunk) => {
        if (this.res && !this.res.push(chunk)) socket.pause();
      },
      onTrailers: (raw) => {
        if (this.res) this.res.rawTrailers = raw;
      },
      onEnd: () => {
        const res = this.res;
        if (!res) return;
        done = true;
        res.complete = true;
        res.push(null);
        cleanup();
        const reuse = this._keepAlive && this._responseKeepAlive && this.writableFinished;
        finishResponse = () => {
          if (reuse) {
            // As node's responseKeepAlive: the socket goes back to the
            // agent, so a late req.destroy() (got makes one after every
            // response) or res.destroy() must not reach it.
            this.destroyed = true;
            res.socket = null;
          }
          // After the user's 'end' listeners, as node's emitFreeNT. A socket
          // that is not reused is destroyed before 'close', as node's comes
          // from the socket's own 'close': a req.destroy(err) made then (by
          // a pipeline into the request) must not reach the socket.
          process.nextTick(() => {
            if (reuse) {
              emitClose(this);
              this.agent._release(socket, true);
            } else {
              this.agent._release(socket, false);
              emitClose(this);
            }
          });
        };
      },
      // The socket leaves the agent for whoever listens; nobody listening,
      // node drops the connection without an error.
      onUpgrade: (head) => {
        done = true;
        cleanup();
        const res = this.res;
        res.complete = true;
        const event = this.method === 'CONNECT' ? 'connect' : 'upgrade';
        if (!this.listenerCount(event)) {
          // node's socketCloseListener, there since the socket was
          // assigned: before listeners the user added to the socket.
          socket.prependOnceListener('close', () => {
            this.destroyed = true;
            emitClose(this);
          });
          socket.destroy();
          return;
        }
        this.upgradeOrConnect = true;
        socket.emit('agentRemove');
        socket.readableFlowing = null;
        this.emit(event, res, socket, head);
        this.destroyed = true;
        emitClose(this);
      },
    }, this.maxHeaderSize || defaultMaxHeaderSize, this.insecureHTTPParser);
    const onData = (chunk) => {
      const err = parser.execute(chunk);
      if (err) {
        socket.destroy();
        emitError(err);
      }
    };
    const onEnd = () => {
      if (!done && parser.finish()) return;
      if (!done && !this.res) emitError(hangUp());
    };
    const onError = (err) => {
      socket._hadError = true;
      if (!this.res) emitError(err);
    };
    const onDrain = () => this._onSocketDrain();
    const onClose = () => {
      cleanup();
      if (done) return;
      if (this.res) {
        const res = this.res;
        if (!res.complete) {
          res.aborted = true;
          res.emit('aborted');
          res.destroy(connReset('aborted'));
        }
      } else if (!this.destroyed || this._destroyErr) {
        emitError(this._destroyErr || hangUp());
      } else if (!this.aborted && !errored) {
        emitError(hangUp());
      }
      emitClose(this);
    };
    const cleanup = () => {
      socket.removeListener('data', onData);
      socket.removeListener('end', onEnd);
      socket.removeListener('error', onError);
      socket.removeListener('close', onClose);
      socket.removeListener('drain', onDrain);
    };
    socket.on('data', onData);
    socket.on('end', onEnd);
    socket.on('error', onError);
    socket.on('close', onClose);
    socket.on('drain', onDrain);
    this._attached = true;
    this.emit('socket', socket);
    if (socket.readyState === 'open' || !socket.connecting) socket.resume();
    this._flushPending();
    if (this.finished) this._sent();
  });
};

// _sent runs once the whole request is handed to its socket: at end() on
// a request with its socket, or when a request ended before it had one
// gets it (node's ClientRequest._finish).
ClientRequest.prototype._sent = function _sent() {
  if (clientRequestStartChannel.hasSubscribers && !this[kFromFetch]) clientRequestStartChannel.publish({ request: this });
};

function request(url, options, cb) {
  return new ClientRequest(url, options, cb);
}

function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}

const maxHeaderSize = defaultMaxHeaderSize;

module.exports = {
  METHODS, STATUS_CODES, Agent, ClientRequest, IncomingMessage, OutgoingMessage, Server, ServerResponse,
  createServer, request, get, globalAgent, maxHeaderSize, validateHeaderName, validateHeaderValue,
  // https serves requests on TLS sockets with it, as node's does.
  _connectionListener: connectionListener,
  // Kiln makes a parser per connection and keeps no idle ones to limit.
  // Kiln's parsers are not pooled: the bound is checked, as node's, and
  // has nothing to limit.
  setMaxIdleHTTPParsers(max) {
    if (typeof max !== 'number') throw binding.invalidArgType('max', 'of type number', max);
    if (!Number.isInteger(max)) {
      throw nodeError('RangeError', 'ERR_OUT_OF_RANGE', `The value of "max" is out of range. It must be an integer. Received ${max}`);
    }
    if (max < 1) {
      throw nodeError('RangeError', 'ERR_OUT_OF_RANGE', `The value of "max" is out of range. It must be >= 1 && <= 9007199254740991. Received ${max}`);
    }
  },
};
require('internal/http_server_setup').setupServer = setupServer;
