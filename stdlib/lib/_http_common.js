// Node's internal _http_common, which packages require directly: mocking
// libraries (nock 14, msw through @mswjs/interceptors) drive its HTTPParser
// by hand to read the requests they intercept and the responses they mock.
//
// HTTPParser has node's llhttp binding's interface (numbered callback slots
// on the instance, execute returning the bytes used or an Error) over
// Kiln's own parser, internal/http_parser. What that parser has no
// counterpart for is accepted and does nothing: kOnHeaders (node calls it
// only for a head it flushes in parts; the whole head comes to
// kOnHeadersComplete here), kOnExecute and kOnTimeout (a parser that
// consume()s a socket), pause and resume.

const { Parser } = require('internal/http_parser');

// llhttp's method table in its order: kOnHeadersComplete gets an index
// into it.
const methods = [
  'DELETE', 'GET', 'HEAD', 'POST', 'PUT', 'CONNECT', 'OPTIONS', 'TRACE', 'COPY', 'LOCK', 'MKCOL', 'MOVE',
  'PROPFIND', 'PROPPATCH', 'SEARCH', 'UNLOCK', 'BIND', 'REBIND', 'UNBIND', 'ACL', 'REPORT', 'MKACTIVITY',
  'CHECKOUT', 'MERGE', 'M-SEARCH', 'NOTIFY', 'SUBSCRIBE', 'UNSUBSCRIBE', 'PATCH', 'PURGE', 'MKCALENDAR',
  'LINK', 'UNLINK', 'SOURCE', 'QUERY',
];

const kOnMessageBegin = 0;
const kOnHeaders = 1;
const kOnHeadersComplete = 2;
const kOnBody = 3;
const kOnMessageComplete = 4;
const kOnExecute = 5;
const kOnTimeout = 6;

function parseError(code, reason) {
  const e = new Error('Parse Error');
  e.code = code;
  e.reason = reason;
  return e;
}

function HTTPParser() {
  this._kind = 'request';
  this._parser = null;
  this._current = null;
  this._headersCompleted = false;
  this._started = 0;
}

HTTPParser.REQUEST = 1;
HTTPParser.RESPONSE = 2;
Object.assign(HTTPParser, {
  kOnMessageBegin, kOnHeaders, kOnHeadersComplete, kOnBody, kOnMessageComplete, kOnExecute, kOnTimeout,
  kLenientNone: 0, kLenientHeaders: 1, kLenientChunkedLength: 2, kLenientKeepAlive: 4,
  kLenientTransferEncoding: 8, kLenientVersion: 16, kLenientDataAfterClose: 32, kLenientOptionalLFAfterCR: 64,
  kLenientOptionalCRLFAfterChunk: 128, kLenientOptionalCRBeforeLF: 256, kLenientSpacesAfterChunkSize: 512,
  kLenientAll: 1023,
});

// call runs the callback in slot k, if the program put one there.
function call(p, k, ...args) {
  const fn = p[k];
  return typeof fn === 'function' ? fn.apply(p, args) : undefined;
}

HTTPParser.prototype.initialize = function initialize(type, resource, maxHeaderSize) {
  this._kind = type === HTTPParser.RESPONSE ? 'response' : 'request';
  this._headersCompleted = false;
  this._started = Date.now();
  // upgradeAt is where an upgrade's head ended in the chunk being parsed:
  // execute stops there, as llhttp pauses.
  let upgradeAt = -1;
  const p = this;
  this._parser = new Parser(this._kind, {
    onHead(info) {
      p._headersCompleted = true;
      call(p, kOnMessageBegin);
      const request = p._kind === 'request';
      const method = request ? methods.indexOf(info.method) : undefined;
      const skip = call(p, kOnHeadersComplete, info.versionMajor, info.versionMinor, info.rawHeaders,
        method === -1 ? undefined : method, request ? info.url : undefined,
        request ? undefined : info.statusCode, request ? undefined : info.statusMessage,
        info.upgrade, info.shouldKeepAlive);
      if (info.upgrade && (request || info.statusCode === 101)) return 'upgrade';
      return skip === 1 || skip === true;
    },
    onBody(chunk) {
      call(p, kOnBody, chunk);
    },
    onEnd() {
      p._headersCompleted = false;
      call(p, kOnMessageComplete);
    },
    onUpgrade(rest) {
      upgradeAt = rest.length;
    },
  }, maxHeaderSize || undefined);
  this._upgradeRest = () => {
    const n = upgradeAt;
    upgradeAt = -1;
    return n;
  };
};

HTTPParser.prototype.execute = function execute(data) {
  if (!this._parser) this.initialize(HTTPParser.REQUEST);
  this._current = data;
  const err = this._parser.execute(data);
  if (err) {
    const e = parseError(err.code, err.reason);
    e.bytesParsed = err.bytesParsed;
    return e;
  }
  const rest = this._upgradeRest();
  return rest >= 0 ? data.length - rest : data.length;
};

HTTPParser.prototype.finish = function finish() {
  if (this._parser && !this._parser.finish()) return parseError('HPE_INVALID_EOF_STATE', 'Invalid EOF state');
  return undefined;
};

HTTPParser.prototype.getCurrentBuffer = function getCurrentBuffer() {
  return this._current || Buffer.alloc(0);
};

HTTPParser.prototype.duration = function duration() {
  return this._started ? Date.now() - this._started : 0;
};

HTTPParser.prototype.headersCompleted = function headersCompleted() {
  return this._headersCompleted;
};

for (const name of ['close', 'free', 'remove', 'pause', 'resume', 'consume', 'unconsume']) {
  HTTPParser.prototype[name] = function () {};
}

// parsers is node's pool of parsers for its own connections; Kiln's http
// makes one per connection, so the pool only hands out fresh ones.
const parsers = {
  name: 'parsers',
  ctor() { return new HTTPParser(); },
  max: 1000,
  list: [],
  alloc() { return this.list.length ? this.list.pop() : this.ctor(); },
  free(obj) {
    if (this.list.length < this.max) {
      this.list.push(obj);
      return true;
    }
    return false;
  },
};

function freeParser(parser, req, socket) {
  if (parser) {
    parser._current = null;
    parser.remove();
    if (parsers.free(parser) !== false) parser.free();
  }
  if (req) req.parser = null;
  if (socket) socket.parser = null;
}

function prepareError(err, parser, rawPacket) {
  err.rawPacket = rawPacket || parser.getCurrentBuffer();
  if (typeof err.reason === 'string') err.message = `Parse Error: ${err.reason}`;
}

const tokenRe = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
const invalidHeaderCharRe = /[^\t\x20-\x7e\x80-\xff]/;

module.exports = {
  _checkInvalidHeaderChar(value) { return invalidHeaderCharRe.test(value); },
  _checkIsHttpToken(name) { return tokenRe.test(name); },
  chunkExpression: /(?:^|\W)chunked(?:$|\W)/i,
  continueExpression: /(?:^|\W)100-continue(?:$|\W)/i,
  CRLF: '\r\n',
  freeParser,
  methods,
  parsers,
  kIncomingMessage: Symbol('IncomingMessage'),
  HTTPParser,
  isLenient() { return false; },
  prepareError,
};
