// node:http2's compatibility API: the server's 'request' event with
// Http2ServerRequest and Http2ServerResponse, shaped as node:http's
// IncomingMessage and ServerResponse so that handlers written for HTTP/1
// (express-style: req.method, req.url, req.headers, res.setHeader,
// res.writeHead, res.end) run over an HTTP/2 stream.
const { Readable, Stream } = require('stream');
const { sensitiveHeaders } = require('internal/http2_core');

function err(cls, code, message) { return binding.nodeError(cls, code, message); }

const kStream = Symbol('kStream');
const kHeaders = Symbol('kHeaders');
const kTrailers = Symbol('kTrailers');
const kState = Symbol('kState');

class Http2ServerRequest extends Readable {
  constructor(stream, headers, options, rawHeaders) {
    super({ autoDestroy: false, ...options });
    this[kState] = { closed: false, didRead: false };
    this[kHeaders] = headers;
    this[kStream] = stream;
    this.rawHeaders = rawHeaders;
    this.trailers = {};
    this.rawTrailers = [];
    stream.on('data', (chunk) => {
      if (!this.push(chunk)) stream.pause();
    });
    stream.on('end', () => this.push(null));
    stream.on('trailers', (trailers, flags, raw) => {
      this.trailers = trailers;
      this.rawTrailers = raw;
    });
    stream.on('aborted', () => {
      this.emit('aborted');
    });
    stream.on('close', () => {
      this[kState].closed = true;
      this.emit('close');
    });
    stream.on('timeout', () => this.emit('timeout'));
  }

  get aborted() { return this[kStream].aborted; }
  get complete() { return this[kState].closed || this.readableEnded || this[kStream].destroyed; }
  get stream() { return this[kStream]; }
  get headers() { return this[kHeaders]; }
  get httpVersion() { return '2.0'; }
  get httpVersionMajor() { return 2; }
  get httpVersionMinor() { return 0; }
  get method() { return this[kHeaders][':method']; }
  set method(method) {
    if (typeof method !== 'string' || method.trim() === '') {
      throw binding.invalidArgValue('method', method);
    }
    this[kHeaders][':method'] = method;
  }
  get authority() { return this[kHeaders][':authority'] || this[kHeaders].host; }
  get scheme() { return this[kHeaders][':scheme']; }
  get url() { return this[kHeaders][':path']; }
  set url(url) { this[kHeaders][':path'] = url; }
  get socket() { return this[kStream].session ? this[kStream].session.socket : undefined; }
  get connection() { return this.socket; }

  _read() {
    this[kStream].resume();
  }

  setTimeout(msecs, callback) {
    this[kStream].setTimeout(msecs, callback);
    return this;
  }
}

class Http2ServerResponse extends Stream {
  constructor(stream, options) {
    super(options);
    this[kState] = {
      closed: false, ending: false, destroyed: false, headRequest: false, sendDate: true, statusCode: 200,
      statusMessage: '',
    };
    this[kHeaders] = { __proto__: null };
    this[kTrailers] = { __proto__: null };
    this[kStream] = stream;
    this.writable = true;
    this.req = undefined;
    stream.on('drain', () => this.emit('drain'));
    stream.on('aborted', () => this.emit('aborted'));
    stream.on('close', () => {
      this[kState].closed = true;
      this.writable = false;
      if (this[kState].ending) this.emit('finish');
      this.emit('close');
    });
    stream.on('wantTrailers', () => {
      const trailers = this[kTrailers];
      stream.sendTrailers(Object.keys(trailers).length ? trailers : {});
    });
    stream.on('timeout', () => this.emit('timeout'));
  }

  get finished() { return this[kState].ending; }
  get writableEnded() { return this[kState].ending; }
  get writableFinished() { return this[kState].closed && this[kState].ending; }
  get writableCorked() { return this[kStream].writableCorked; }
  get writableHighWaterMark() { return this[kStream].writableHighWaterMark; }
  get writableLength() { return this[kStream].writableLength; }
  get socket() { return this[kStream].session ? this[kStream].session.socket : undefined; }
  get connection() { return this.socket; }
  get stream() { return this[kStream]; }
  get headersSent() { return this[kStream].headersSent; }
  get sendDate() { return this[kState].sendDate; }
  set sendDate(v) { this[kState].sendDate = !!v; }
  get statusCode() { return this[kState].statusCode; }
  set statusCode(code) {
    code |= 0;
    if (code >= 100 && code < 200) {
      throw err('RangeError', 'ERR_HTTP2_INFO_STATUS_NOT_ALLOWED', 'Informational status codes cannot be used');
    }
    if (code < 100 || code > 599) throw err('RangeError', 'ERR_HTTP2_STATUS_INVALID', `Invalid status code: ${code}`);
    this[kState].statusCode = code;
  }
  get statusMessage() { return ''; }
  set statusMessage(msg) {}

  setTrailer(name, value) {
    this[kTrailers][checkName(name)] = value;
  }
  addTrailers(headers) {
    for (const k of Object.keys(headers)) this.setTrailer(k, headers[k]);
  }

  getHeader(name) {
    if (typeof name !== 'string') throw binding.invalidArgType('name', 'of type string', name);
    return this[kHeaders][name.trim().toLowerCase()];
  }
  getHeaderNames() { return Object.keys(this[kHeaders]); }
  getHeaders() {
    const out = { __proto__: null };
    for (const k of Object.keys(this[kHeaders])) out[k] = this[kHeaders][k];
    return out;
  }
  hasHeader(name) {
    if (typeof name !== 'string') throw binding.invalidArgType('name', 'of type string', name);
    return this[kHeaders][name.trim().toLowerCase()] !== undefined;
  }
  removeHeader(name) {
    if (this[kStream].headersSent) throw err('Error', 'ERR_HTTP2_HEADERS_SENT', 'Response has already been initiated.');
    delete this[kHeaders][checkName(name)];
  }
  setHeader(name, value) {
    if (this[kStream].headersSent) throw err('Error', 'ERR_HTTP2_HEADERS_SENT', 'Response has already been initiated.');
    this._setHeader(name, value);
    return this;
  }
  _setHeader(name, value) {
    name = checkName(name);
    if (value === undefined) {
      throw err('TypeError', 'ERR_HTTP2_INVALID_HEADER_VALUE', `Invalid value "${value}" for header "${name}"`);
    }
    if (name[0] === ':') {
      throw err('TypeError', 'ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED', 'Cannot set HTTP/2 pseudo-headers');
    }
    this[kHeaders][name] = value;
  }
  appendHeader(name, value) {
    if (this[kStream].headersSent) throw err('Error', 'ERR_HTTP2_HEADERS_SENT', 'Response has already been initiated.');
    name = checkName(name);
    const existing = this[kHeaders][name];
    if (existing === undefined) this[kHeaders][name] = value;
    else this[kHeaders][name] = [].concat(existing, value);
    return this;
  }

  flushHeaders() {
    if (!this[kState].closed && !this[kStream].headersSent) this.writeHead(this[kState].statusCode);
  }

  writeHead(statusCode, statusMessage, headers) {
    const state = this[kState];
    if (state.closed || this[kStream].destroyed) return this;
    if (this[kStream].headersSent) throw err('Error', 'ERR_HTTP2_HEADERS_SENT', 'Response has already been initiated.');
    if (typeof statusMessage === 'string') process.emitWarning('Status message is not supported by HTTP/2 (RFC7540 8.1.2.4)', 'UnsupportedWarning');
    if (headers === undefined && typeof statusMessage === 'object') headers = statusMessage;
    if (Array.isArray(headers)) {
      for (let i = 0; i + 1 < headers.length; i += 2) this._setHeader(headers[i], headers[i + 1]);
    } else if (headers) {
      for (const k of Object.keys(headers)) this._setHeader(k, headers[k]);
    }
    this.statusCode = statusCode;
    this._respond();
    return this;
  }

  _respond() {
    const headers = { ...this[kHeaders], ':status': this[kState].statusCode };
    if (this[kHeaders][sensitiveHeaders]) headers[sensitiveHeaders] = this[kHeaders][sensitiveHeaders];
    this[kStream].respond(headers, { waitForTrailers: true, sendDate: this[kState].sendDate });
  }

  write(chunk, encoding, cb) {
    const state = this[kState];
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = 'utf8';
    }
    let e;
    if (state.ending) e = err('Error', 'ERR_STREAM_WRITE_AFTER_END', 'write after end');
    else if (state.closed) e = err('Error', 'ERR_HTTP2_INVALID_STREAM', 'The stream has been destroyed');
    else if (state.destroyed) return false;
    if (e) {
      if (typeof cb === 'function') process.nextTick(cb, e);
      this.destroy(e);
      return false;
    }
    if (!this[kStream].headersSent) this.writeHead(state.statusCode);
    return this[kStream].write(chunk, encoding, cb);
  }

  end(chunk, encoding, cb) {
    const state = this[kState];
    const stream = this[kStream];
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = null;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = 'utf8';
    }
    if ((state.closed || state.ending) && state.headRequest === stream.headRequest) {
      if (typeof cb === 'function') process.nextTick(cb);
      return this;
    }
    if (chunk !== null && chunk !== undefined) this.write(chunk, encoding);
    state.headRequest = stream.headRequest;
    state.ending = true;
    if (typeof cb === 'function') {
      if (stream.writableEnded) this.once('finish', cb);
      else stream.once('finish', cb);
    }
    if (!stream.headersSent) this.writeHead(state.statusCode);
    if (this[kState].closed || stream.destroyed) return this;
    stream.end();
    return this;
  }

  destroy(error) {
    if (this[kState].destroyed) return;
    this[kState].destroyed = true;
    this[kStream].destroy(error);
  }

  setTimeout(msecs, callback) {
    if (this[kState].closed) return this;
    this[kStream].setTimeout(msecs, callback);
    return this;
  }

  createPushResponse(headers, callback) {
    process.nextTick(callback, err('Error', 'ERR_HTTP2_PUSH_DISABLED', 'HTTP/2 client has disabled push streams'));
  }

  writeContinue() {
    const stream = this[kStream];
    if (stream.headersSent || this[kState].closed) return false;
    stream.additionalHeaders({ ':status': 100 });
    return true;
  }

  writeEarlyHints(hints) {
    const stream = this[kStream];
    if (stream.headersSent || this[kState].closed) return false;
    const headers = { ':status': 103 };
    for (const k of Object.keys(hints || {})) headers[k.toLowerCase()] = hints[k];
    stream.additionalHeaders(headers);
    return true;
  }

  cork() { this[kStream].cork(); }
  uncork() { this[kStream].uncork(); }
}

function checkName(name) {
  if (typeof name !== 'string') throw binding.invalidArgType('name', 'of type string', name);
  name = name.trim().toLowerCase();
  if (!/^[!#$%&'*+\-.^_`|~0-9a-z]+$/.test(name) && name[0] !== ':') {
    throw err('TypeError', 'ERR_INVALID_HTTP_TOKEN', `Header name must be a valid HTTP token ["${name}"]`);
  }
  return name;
}

// onServerStream is the server's 'stream' listener once something listens
// for 'request': it wraps the stream in a request/response pair.
function onServerStream(Request, Response, stream, headers, flags, rawHeaders) {
  const request = new Request(stream, headers, undefined, rawHeaders);
  const response = new Response(stream);
  request.res = response;
  response.req = request;
  // Stream errors go to the server's 'streamError', as node's do; the
  // handler sees them through 'close' and 'aborted'.
  stream.on('error', (e) => this.emit('streamError', e, stream));
  if (headers[':method'] === 'CONNECT' && !this.emit('connect', request, response)) {
    response.statusCode = 405;
    response.end();
    return;
  }
  if (headers.expect !== undefined) {
    if (headers.expect === '100-continue') {
      if (this.listenerCount('checkContinue')) this.emit('checkContinue', request, response);
      else {
        response.writeContinue();
        this.emit('request', request, response);
      }
    } else if (this.listenerCount('checkExpectation')) {
      this.emit('checkExpectation', request, response);
    } else {
      response.statusCode = 417;
      response.end();
    }
    return;
  }
  this.emit('request', request, response);
}

module.exports = { Http2ServerRequest, Http2ServerResponse, onServerStream };
