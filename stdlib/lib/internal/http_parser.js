// An HTTP/1.x message parser for lib/http.js, written in JavaScript: the
// parser works on the Buffers the socket already made, with its state
// beside the streams that consume it. The head is decoded as latin1, as
// Node's llhttp does. One part is Go (binding.parseHead, see
// stdlib/http_head.go): a well-formed head whole in a chunk, the common
// case, which in JavaScript was a string decode, a split, and a regular
// expression and a lower-casing per field; it declines everything else,
// and this file parses that and reports every error.
//
// A Parser is fed socket chunks with execute(chunk) and calls back:
//   onHead(info) → true to treat the message as bodiless (a HEAD response),
//                  'upgrade' to stop parsing: the connection now speaks
//                  another protocol (an accepted upgrade, a CONNECT tunnel)
//   onBody(buffer)
//   onTrailers(rawTrailers)  before onEnd, when a chunked body had any
//   onEnd()       the message is complete; the parser expects the next one
//   onUpgrade(head)  after onHead answered 'upgrade', with the bytes read
//                  past the head (a body, if any, is not parsed but left in
//                  them, as llhttp does)
// execute returns an Error (with Node's HPE_* code) when the input is bad;
// its bytesParsed is where in the chunk llhttp stopped, as node sets it:
// mostly the offending byte, for some errors the byte after it or the end
// of the span (a field's value, the URL) that a check runs on.
// finish() tells it the connection ended, which completes a response whose
// length was "until close".
//
// maxHeaderSize limits a message's head as node's parser does: what counts
// is the URL (or a response's reason), each field's name and value, and
// the trailers' the same way; reaching the limit is HPE_HEADER_OVERFLOW.

// defaultMaxHeaderSize is http.maxHeaderSize: 16 KiB, or
// --max-http-header-size.
const { getOptionValue } = require('internal/options');
const defaultMaxHeaderSize = Number(getOptionValue('--max-http-header-size')) || 16384;

// A lenient parser (the insecureHTTPParser option, or
// --insecure-http-parser) accepts what llhttp's lenient flags accept: bare
// LF line ends, control characters in field values, obs-fold continuation
// lines (joined to the value before), and Content-Length beside
// Transfer-Encoding: chunked (the chunked framing wins).
// Node warns once, when the flag first makes a parser lenient.
let warnedLenient = false;
function flagLenient() {
  const lenient = getOptionValue('--insecure-http-parser') === true;
  if (lenient && !warnedLenient) {
    warnedLenient = true;
    process.emitWarning('Using insecure HTTP parsing');
  }
  return lenient;
}

// overflowAt reads a head's text (without its blank line) as it counts
// toward the limit: from line `from` on, each field's name and value, and
// before that the request's URL or the response's reason. It returns
// HPE_HEADER_OVERFLOW at the end of the span that reaches the limit, where
// llhttp's callback for it reports the error, or null.
// Past text are `more` bytes (its blank line, when it ends there).
function overflowAt(text, from, kind, limit, more) {
  const lines = text.split('\r\n');
  let n = 0;
  let at = 0;
  const reached = (end) => parseError('HPE_HEADER_OVERFLOW', 'Header overflow', Math.min(end, text.length + more));
  if (from === 1) {
    const parts = lines[0].split(' ');
    if (kind === 'request') {
      n += (parts[1] || '').length;
      if (n >= limit) return reached(parts[0].length + 1 + n);
    } else {
      n += parts.slice(2).join(' ').length;
      if (n >= limit) return reached(lines[0].length);
    }
    at = lines[0].length + 2;
  }
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    const colon = line.indexOf(':');
    if (colon < 0) {
      n += line.length;
      if (n >= limit) return reached(at + line.length);
    } else {
      n += colon;
      if (n >= limit) return reached(at + colon);
      const value = line.slice(colon + 1);
      const trimmed = value.trim();
      n += trimmed.length;
      // A value's span ends past its CR.
      if (n >= limit) return reached(at + colon + 1 + value.trimEnd().length + 1);
    }
    at += line.length + 2;
  }
  return null;
}
const tokenRe = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;

// The methods llhttp takes in an HTTP request (http.METHODS), and PRI,
// which opens HTTP/2's connection preface.
const methods = new Set(['ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK',
  'M-SEARCH', 'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS', 'PATCH', 'POST', 'PROPFIND',
  'PROPPATCH', 'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT', 'SEARCH', 'SOURCE', 'SUBSCRIBE', 'TRACE', 'UNBIND',
  'UNLINK', 'UNLOCK', 'UNSUBSCRIBE', 'PRI']);

// The methods llhttp's request parser knows besides http's, from RTSP.
const rtspMethods = ['DESCRIBE', 'ANNOUNCE', 'SETUP', 'PLAY', 'PAUSE', 'TEARDOWN', 'GET_PARAMETER', 'SET_PARAMETER',
  'REDIRECT', 'RECORD', 'FLUSH'];

// llhttp matches a method byte by byte.
function methodError(word) {
  // It stops at the first byte no method it knows (RTSP's too) goes on
  // with: after a whole method, where the space should be.
  const known = [...methods, ...rtspMethods];
  let n = 0;
  while (n < word.length && known.some((m) => m.startsWith(word.slice(0, n + 1)))) n++;
  if (known.includes(word.slice(0, n))) return parseError('HPE_INVALID_METHOD', 'Expected space after method', n);
  return parseError('HPE_INVALID_METHOD', 'Invalid method encountered', n);
}

// urlError checks a request target's bytes as llhttp's URL states do, and
// names the part the first bad byte is in.
function urlError(url) {
  let part = 'start';
  for (let i = 0; i < url.length; i++) {
    const c = url.charCodeAt(i);
    if (c > 0x20 && c < 0x7f) {
      if (part === 'start') part = c === 0x2f || c === 0x2a ? 'path' : 'server';
      else if (c === 0x3f && part !== 'fragment') part = 'query';
      else if (c === 0x23) part = 'fragment';
      else if (c === 0x2f && part === 'server' && url[i - 1] !== '/' && url[i - 1] !== ':') part = 'path';
      continue;
    }
    if (c === 0x09) return parseError('HPE_INVALID_URL', 'Invalid characters in url', i + 1);
    switch (part) {
      case 'start': return parseError('HPE_INVALID_URL', 'Unexpected start char in url', i);
      case 'server': return parseError('HPE_INVALID_URL', 'Unexpected char in url server', i);
      case 'query': return parseError('HPE_INVALID_URL', 'Invalid char in url query', i);
      case 'fragment': return parseError('HPE_INVALID_URL', 'Invalid char in url fragment start', i);
      default: return parseError('HPE_INVALID_URL', 'Invalid char in url path', i);
    }
  }
  return null;
}

// parseRequestLine reads `METHOD SP+ URL [SP+ HTTP/d.d]` into info, as
// llhttp does: spaces may repeat, and a line with no version is an
// HTTP/0.9 request (whose fields are still read).
function parseRequestLine(line, info) {
  const sp = line.indexOf(' ');
  const method = sp < 0 ? line : line.slice(0, sp);
  // An RTSP method is read, and refused after HTTP/.
  const rtsp = sp >= 0 && !methods.has(method) && rtspMethods.includes(method);
  if (!methods.has(method) && !rtsp) return methodError(method);
  if (sp < 0) return parseError('HPE_INVALID_METHOD', 'Expected space after method', method.length);
  let i = sp;
  while (line[i] === ' ') i++;
  let end = line.indexOf(' ', i);
  if (end < 0) end = line.length;
  const url = line.slice(i, end);
  const err = urlError(url);
  if (err) {
    err.bytesParsed += i;
    return err;
  }
  info.method = method;
  info.url = url;
  if (end === line.length) {
    info.versionMajor = 0;
    info.versionMinor = 9;
    return null;
  }
  while (line[end] === ' ') end++;
  if (line.startsWith('HTTP/', end)) {
    if (rtsp) return parseError('HPE_INVALID_CONSTANT', 'Invalid method for HTTP/x.x request', end + 4);
    return parseVersion(line, end + 5, info, method);
  }
  if (line.startsWith('RTSP/', end)) return parseVersion(line, end + 5, info, method);
  if (line.startsWith('ICE/', end)) {
    if (method !== 'SOURCE') return parseError('HPE_INVALID_CONSTANT', 'Expected SOURCE method for ICE/x.x request', end + 3);
    return parseVersion(line, end + 4, info, method);
  }
  return parseError('HPE_INVALID_CONSTANT', 'Expected HTTP/, RTSP/ or ICE/', end);
}

const digit = (c) => c >= '0' && c <= '9';

// versionError checks the `d.d` at line[i] (after "HTTP/"): the versions
// llhttp knows are 0.9, 1.0, 1.1 and 2.0.
function versionError(line, i) {
  if (!digit(line[i])) return parseError('HPE_INVALID_VERSION', 'Invalid major version', i);
  if (line[i + 1] !== '.') return parseError('HPE_INVALID_VERSION', 'Expected dot', i + 1);
  if (!digit(line[i + 2])) return parseError('HPE_INVALID_VERSION', 'Invalid minor version', i + 2);
  const major = +line[i];
  const minor = +line[i + 2];
  const known = (major === 1 && minor <= 1) || (major === 0 && minor === 9) || (major === 2 && minor === 0);
  return known ? null : parseError('HPE_INVALID_VERSION', 'Invalid HTTP version', i + 3);
}

// parseVersion reads `d.d` at line[i], the end of a request line.
function parseVersion(line, i, info, method) {
  const err = versionError(line, i);
  if (err) return err;
  const major = +line[i];
  const minor = +line[i + 2];
  if (i + 3 !== line.length) {
    // The head was cut at CRLF, so a CR here is one without its LF.
    return line[i + 3] === '\r' ?
      parseError('HPE_STRICT', 'Expected CRLF after version', i + 4) :
      parseError('HPE_INVALID_VERSION', 'Expected CRLF after version', i + 3);
  }
  // (Where these stop, past the line, the head's parser knows.)
  if (method === 'PRI') {
    return major === 2 ?
      parseError('HPE_PAUSED_H2_UPGRADE', 'Pause on PRI/Upgrade') :
      parseError('HPE_INVALID_VERSION', 'Expected HTTP/2 Connection Preface');
  }
  info.versionMajor = major;
  info.versionMinor = minor;
  return null;
}

// A Content-Length llhttp counts in an unsigned 64-bit integer.
const maxLength = 18446744073709551615n;

// contentLength reads a Content-Length value: a number, or llhttp's error.
// An error's bytesParsed counts from the value's start; an empty value's
// is the CRLF's length past it, where llhttp sees the next line.
function contentLength(value) {
  if (value === '') return parseError('HPE_INVALID_CONTENT_LENGTH', 'Empty Content-Length', 2);
  const bad = /\D/.exec(value);
  if (bad) return parseError('HPE_INVALID_CONTENT_LENGTH', 'Invalid character in Content-Length', bad.index);
  if (value.length > 15 && BigInt(value) > maxLength) {
    // It stops past the digit that overflows.
    let n = 16;
    while (BigInt(value.slice(0, n)) <= maxLength) n++;
    return parseError('HPE_INVALID_CONTENT_LENGTH', 'Content-Length overflow', n);
  }
  return +value;
}


const badTE = (at) => parseError('HPE_INVALID_TRANSFER_ENCODING', 'Invalid `Transfer-Encoding` header value', at);

// parseError makes llhttp's error; `at` is where it stopped, counted from
// the start of what the caller parses, and made the chunk's offset by
// execute.
function parseError(code, message, at = 0) {
  const e = new Error(`Parse Error: ${message}`);
  e.code = code;
  e.reason = message;
  e.bytesParsed = at;
  return e;
}

// A field value may hold any byte but the controls other than HTAB.
const badValueChar = /[\x00-\x08\x0a-\x1f\x7f]/;

// parseFields appends the name/value pairs of lines[from...] to raw. A
// line that starts with whitespace continues the field before it
// (obs-fold), which only a lenient parser accepts. lines are text's, and
// lines[from] starts at text[at]; spots, when given, gets each field's
// colon and value offsets in text, for the checks of its value.
function parseFields(text, lines, from, at, raw, lenient, spots) {
  let untrimmed = '';
  for (let i = from; i < lines.length; i++, at = text.indexOf('\n', at + lines[i - 1].length) + 1) {
    const line = lines[i];
    if (i === 1 && line[0] === ' ' && !lenient) {
      return parseError('HPE_UNEXPECTED_SPACE', 'Unexpected space after start line', at + 1);
    }
    if (i > from && (line[0] === ' ' || line[0] === '\t')) {
      if (!lenient) return parseError('HPE_INVALID_HEADER_TOKEN', 'Unexpected whitespace after header value', at);
      // The line break goes; the whitespace on both sides of it stays.
      untrimmed += line;
      raw[raw.length - 1] = untrimmed.trim();
      continue;
    }
    const colon = line.indexOf(':');
    const name = colon < 0 ? line : line.slice(0, colon);
    if (colon <= 0 || !tokenRe.test(name)) {
      const bad = /[^\^_`a-zA-Z\-0-9!#$%&'*+.|~]/.exec(name);
      return parseError('HPE_INVALID_HEADER_TOKEN', 'Invalid header token', at + (bad ? bad.index : name.length));
    }
    untrimmed = line.slice(colon + 1);
    const value = untrimmed.trim();
    const valueAt = at + colon + 1 + (untrimmed.length - untrimmed.trimStart().length);
    const cr = value.indexOf('\r');
    if (cr >= 0) return parseError('HPE_LF_EXPECTED', 'Missing expected LF after header value', valueAt + cr + 1);
    if (!lenient) {
      const bad = badValueChar.exec(value);
      if (bad) return parseError('HPE_INVALID_HEADER_TOKEN', 'Invalid header value char', valueAt + bad.index);
    }
    raw.push(name, value);
    if (spots) spots.push(at + colon, valueAt);
  }
  return null;
}

// bareLF finds, in a strict parser's head text, the first LF that no CR
// comes before, and returns llhttp's error for where it stands; null when
// every line ends in CRLF.
function bareLF(text) {
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (text[i - 1] === '\r') continue;
    const lineStart = text.lastIndexOf('\n', i - 1) + 1;
    if (lineStart === 0) return parseError('HPE_INVALID_VERSION', 'Expected CRLF after version', i + 1);
    if (i === lineStart) return parseError('HPE_INVALID_HEADER_TOKEN', 'Invalid header field char', i + 1);
    return parseError('HPE_CR_EXPECTED', 'Missing expected CR after header value', i);
  }
  return null;
}

// shift moves where an error stopped by `by` bytes, to count from the
// start of what its caller parses.
function shift(err, by) {
  err.bytesParsed = Math.max(0, err.bytesParsed + by);
  return err;
}

// extensionsError reads a chunk's extensions (from their first ';' to the
// line's end) as llhttp's states do: `;name` or `;name=value`, the name a
// token (or nothing before '='), the value a token or a quoted string. It
// returns llhttp's error for the first byte they refuse, or null.
function extensionsError(text) {
  const token = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;
  const refuse = (what, at) => parseError('HPE_STRICT', `Invalid character in chunk extensions${what}`, at);
  let i = 0;
  const end = text[text.length - 1] === '\r' ? text.length - 1 : text.length;
  while (i < end) {
    // At a ';'.
    i++;
    if (text[i] === ' ') return refuse('', i + 1);
    while (i < end && token.test(text[i])) i++;
    if (i === end || text[i] === ';') continue;
    if (text[i] !== '=') return refuse(' name', i + 1);
    i++;
    if (text[i] === '"') {
      for (i++; text[i] !== '"'; i++) {
        if (i >= end || /[\x00-\x08\x0a-\x1f\x7f]/.test(text[i])) return refuse(' quoted value', i + 1);
        if (text[i] === '\\') i++;
      }
      i++;
      if (i < end && text[i] !== ';') return refuse(' quote value', i);
    } else {
      while (i < end && token.test(text[i])) i++;
      if (i < end && text[i] !== ';') return refuse(' value', i + 1);
    }
  }
  return null;
}

class Parser {
  constructor(kind, handlers, maxHeaderSize = defaultMaxHeaderSize, lenient = flagLenient()) {
    this.kind = kind; // 'request' or 'response'
    this.h = handlers;
    this.maxHeaderSize = maxHeaderSize;
    this.lenient = lenient;
    this.reset();
  }

  // overflow is the error for a head's (or trailers') text when its lines
  // reach the limit, or null; `more` bytes follow the text.
  overflow(text, from, more) {
    return overflowAt(text, from, this.kind, this.maxHeaderSize, more);
  }

  reset() {
    this.state = 'head';
    this.head = null;
    this.remaining = 0;
    this.chunkState = 'size';
  }

  execute(chunk) {
    // An error counts where it stopped from the chunk's start, not from
    // the bytes held back before it.
    const held = this.head ? this.head.length : 0;
    let data = this.head ? Buffer.concat([this.head, chunk]) : chunk;
    this.head = null;
    let pos = 0;
    while (pos < data.length) {
      switch (this.state) {
        case 'head': {
          // Blank lines before a message are tolerated, as llhttp does
          // after a keep-alive response.
          while (pos < data.length && (data[pos] === 13 || data[pos] === 10)) pos++;
          if (pos === data.length) break;
          // A well-formed head, whole in the chunk, parsed in Go (see
          // stdlib/http_head.go); anything else goes the way below.
          const fast = this.lenient ? undefined : binding.parseHead(data, pos, this.kind === 'request', this.maxHeaderSize);
          if (fast !== undefined) {
            const info = this.kind === 'request' ?
              { rawHeaders: fast[4], versionMajor: fast[2], versionMinor: fast[3], method: fast[0], url: fast[1] } :
              { rawHeaders: fast[4], versionMajor: fast[2], versionMinor: fast[3], statusCode: fast[0], statusMessage: fast[1] };
            info.shouldKeepAlive = fast[7];
            info.upgrade = fast[8];
            // Whether Host and Expect fields are there (a head parsed here
            // leaves the server to look).
            info.hasHost = fast[10];
            info.hasExpect = fast[11];
            pos = fast[9];
            this.dispatchHead(info, fast[5], fast[6]);
            if (this.state === 'upgraded') {
              this.h.onUpgrade(data.subarray(pos));
              return null;
            }
            break;
          }
          const [end, endLen] = this.headEnd(data, pos);
          // A strict parser decodes the head once, with its last line's
          // CRLF for bareLF to see.
          let text = null;
          if (!this.lenient) {
            text = data.toString('latin1', pos, end < 0 ? data.length : end + 2);
            const err = bareLF(text);
            if (err) return shift(err, pos - held);
          }
          if (end < 0) {
            // The bytes so far count as they would in the whole head.
            const err = data.length - pos >= this.maxHeaderSize && this.overflow(text ?? data.toString('latin1', pos), 1, 0);
            if (err) return shift(err, pos - held);
            this.head = data.subarray(pos);
            return null;
          }
          text = text === null ? data.toString('latin1', pos, end) : text.slice(0, end - pos);
          const err = (end - pos >= this.maxHeaderSize && this.overflow(text, 1, endLen)) || this.parseHead(text, end + endLen - pos);
          if (err) return shift(err, pos - held);
          pos = end + endLen;
          if (this.state === 'upgraded') {
            this.h.onUpgrade(data.subarray(pos));
            return null;
          }
          break;
        }
        case 'length': {
          const n = Math.min(this.remaining, data.length - pos);
          this.remaining -= n;
          this.h.onBody(data.subarray(pos, pos + n));
          pos += n;
          if (this.remaining === 0) this.complete();
          break;
        }
        case 'eof':
          this.h.onBody(data.subarray(pos));
          pos = data.length;
          break;
        case 'chunked': {
          const r = this.chunked(data, pos);
          if (r instanceof Error) return shift(r, -held);
          if (r < 0) {
            this.head = data.subarray(pos);
            return null;
          }
          pos = r;
          break;
        }
        default:
          // Bytes after a message that ends the connection are ignored.
          return null;
      }
    }
    return null;
  }

  // chunked consumes from pos and returns the new position, -1 when it
  // needs more bytes, or an Error.
  chunked(data, pos) {
    switch (this.chunkState) {
      case 'size': {
        const eol = data.indexOf(10, pos);
        if (eol < 0) {
          if (data.length - pos <= 1024) return -1;
          const bad = /[^0-9a-fA-F]/.exec(data.toString('latin1', pos, pos + 1025));
          return parseError('HPE_INVALID_CHUNK_SIZE', 'Invalid character in chunk size', pos + (bad ? bad.index : 1024));
        }
        const line = data.toString('latin1', pos, eol);
        const semi = line.indexOf(';');
        const hex = semi < 0 ? line.replace(/\r$/, '') : line.slice(0, semi);
        const bad = /[^0-9a-fA-F]/.exec(hex);
        if (bad) {
          if (bad[0] === '\r' && !this.lenient) return parseError('HPE_STRICT', 'Expected LF after chunk size', pos + bad.index + 1);
          // Whitespace may follow the digits; llhttp stops after it.
          let at = bad.index;
          if (at > 0) while (hex[at] === ' ' || hex[at] === '\t') at++;
          return parseError('HPE_INVALID_CHUNK_SIZE', 'Invalid character in chunk size', pos + at);
        }
        if (hex === '') return parseError('HPE_INVALID_CHUNK_SIZE', 'Invalid character in chunk size', pos);
        // llhttp counts the size in an unsigned 64-bit integer, and stops
        // past the digit that overflows it.
        const zeros = hex.length - hex.replace(/^0+/, '').length;
        if (hex.length - zeros > 16) return parseError('HPE_INVALID_CHUNK_SIZE', 'Chunk size overflow', pos + zeros + 17);
        if (semi >= 0 && !this.lenient) {
          const err = extensionsError(line.slice(semi));
          if (err) return shift(err, pos + semi);
        }
        if (line[line.length - 1] !== '\r' && !this.lenient) return parseError('HPE_CR_EXPECTED', 'Missing expected CR after chunk size', eol + 1);
        this.remaining = parseInt(hex, 16);
        this.chunkState = this.remaining === 0 ? 'trailers' : 'data';
        return eol + 1;
      }
      case 'data': {
        const n = Math.min(this.remaining, data.length - pos);
        if (n > 0) this.h.onBody(data.subarray(pos, pos + n));
        this.remaining -= n;
        if (this.remaining === 0) this.chunkState = 'crlf';
        return pos + n;
      }
      case 'crlf':
        if (data.length - pos < 2) return -1;
        if (data[pos] === 10 && !this.lenient) return parseError('HPE_CR_EXPECTED', 'Missing expected CR after chunk data', pos + 1);
        if (data[pos] !== 13 || data[pos + 1] !== 10) {
          return parseError('HPE_STRICT', 'Expected LF after chunk data', data[pos] === 13 ? pos + 1 : pos);
        }
        this.chunkState = 'size';
        return pos + 2;
      case 'trailers': {
        if (data[pos] === 10 && !this.lenient) return parseError('HPE_INVALID_HEADER_TOKEN', 'Invalid header field char', pos + 1);
        if (data.length - pos >= 2 && data[pos] === 13 && data[pos + 1] === 10) {
          this.complete();
          return pos + 2;
        }
        const end = data.indexOf('\r\n\r\n', pos, 'latin1');
        if (end < 0) {
          const err = data.length - pos >= this.maxHeaderSize && this.overflow(data.toString('latin1', pos), 0, 0);
          return err ? shift(err, pos) : -1;
        }
        const trailers = data.toString('latin1', pos, end);
        const raw = [];
        const err = (end - pos >= this.maxHeaderSize && this.overflow(trailers, 0, 4)) ||
          parseFields(trailers, trailers.split('\r\n'), 0, 0, raw, this.lenient);
        if (err) return shift(err, pos);
        if (this.h.onTrailers) this.h.onTrailers(raw);
        this.complete();
        return end + 4;
      }
    }
    return -1;
  }

  // headEnd finds the blank line that ends a head: [its index, its
  // length], or [-1, 0]. A lenient parser takes LF for CRLF.
  headEnd(data, pos) {
    if (!this.lenient) {
      const end = data.indexOf('\r\n\r\n', pos, 'latin1');
      return [end, 4];
    }
    const m = /\r?\n\r?\n/.exec(data.toString('latin1', pos));
    return m ? [pos + m.index, m[0].length] : [-1, 0];
  }

  // parseHead parses a head's text; its blank line ends at bodyAt.
  parseHead(text, bodyAt) {
    const lines = text.split(this.lenient ? /\r?\n/ : '\r\n');
    const first = lines[0];
    const info = { rawHeaders: [], versionMajor: 1, versionMinor: 1 };
    if (this.kind === 'request') {
      const err = parseRequestLine(first, info);
      if (err) {
        // PRI stops past its line, or past HTTP/2's whole preface.
        if (err.code === 'HPE_PAUSED_H2_UPGRADE') err.bytesParsed = first.length + 10;
        else if (err.reason === 'Expected HTTP/2 Connection Preface') err.bytesParsed = first.length + 2;
        return err;
      }
    } else {
      if (!first.startsWith('HTTP/')) return parseError('HPE_INVALID_CONSTANT', 'Expected HTTP/');
      const err = versionError(first, 5);
      if (err) return err;
      // A status is three digits, then a space or the line's end.
      if (first[8] === ' ' && !/^\d{3}/.test(first.slice(9, 12))) {
        const digits = /^\d*/.exec(first.slice(9, 12))[0].length;
        return parseError('HPE_INVALID_STATUS', 'Invalid status code', 9 + digits);
      }
      const m = /^HTTP\/(\d)\.(\d) (\d{3})(?: (.*))?$/.exec(first);
      if (!m) {
        return first[8] === ' ' ? parseError('HPE_INVALID_STATUS', 'Invalid response status', 12) :
          parseError('HPE_INVALID_CONSTANT', 'Expected HTTP/', 8);
      }
      info.versionMajor = +m[1];
      info.versionMinor = +m[2];
      info.statusCode = +m[3];
      info.statusMessage = m[4] || '';
    }
    let length = -1;
    let chunked = false;
    let te = false;
    let connection = '';
    let upgrade = false;
    // spots: each field's colon and value offsets, where llhttp stops on
    // a bad one.
    const spots = [];
    const fieldErr = parseFields(text, lines, 1, first.length + 2, info.rawHeaders, this.lenient, spots);
    if (fieldErr) return fieldErr;
    for (let i = 0; i < info.rawHeaders.length; i += 2) {
      const value = info.rawHeaders[i + 1];
      const lower = info.rawHeaders[i].toLowerCase();
      const colonAt = spots[i];
      const valueAt = spots[i + 1];
      if (lower === 'content-length') {
        // llhttp names the header that came second: Content-Length beside
        // any Transfer-Encoding (a lenient parser lets chunks win).
        if (te && !this.lenient) {
          return parseError('HPE_INVALID_CONTENT_LENGTH', 'Content-Length can\'t be present with Transfer-Encoding', colonAt + 1);
        }
        if (length >= 0) return parseError('HPE_UNEXPECTED_CONTENT_LENGTH', 'Duplicate Content-Length', valueAt);
        length = contentLength(value);
        if (length instanceof Error) return shift(length, valueAt);
      } else if (lower === 'transfer-encoding' && value !== '') {
        // (An empty one is no coding at all, as llhttp reads it.)
        if (length >= 0 && !this.lenient) {
          return parseError('HPE_INVALID_TRANSFER_ENCODING', 'Transfer-Encoding can\'t be present with Content-Length', colonAt + 1);
        }
        // chunked must be the last coding: nothing may follow it, in this
        // field (llhttp stops past the comma) or another (past the value's
        // first byte).
        if (chunked && !this.lenient) return badTE(valueAt + 1);
        te = true;
        const codings = value.split(',');
        let comma = -1;
        for (let j = 0; j < codings.length; j++) {
          comma += codings[j].length + 1;
          chunked = codings[j].trim().toLowerCase() === 'chunked';
          if (chunked && j < codings.length - 1 && !this.lenient) return badTE(valueAt + comma + 1);
        }
      } else if (lower === 'connection') {
        connection += ',' + value.toLowerCase();
      } else if (lower === 'upgrade') {
        upgrade = true;
      }
    }
    if (chunked && length >= 0) length = -1;
    // llhttp's llhttp_should_keep_alive: from HTTP/1.1 on, unless "close";
    // below it (and HTTP/2.0, whose minor is 0), only with "keep-alive".
    info.shouldKeepAlive = info.versionMajor > 0 && info.versionMinor > 0 ?
      !/(?:^|,)\s*close\b/.test(connection) : /(?:^|,)\s*keep-alive\b/.test(connection);
    // A CONNECT request is an upgrade too, as llhttp reports it; the
    // response side decides from the request's method, which it knows.
    info.upgrade = (upgrade && /(?:^|,)\s*upgrade\b/.test(connection)) || info.method === 'CONNECT';
    this.dispatchHead(info, length, chunked);
    // A request's body must be framed by chunks or a length: llhttp
    // reports one whose last coding is not chunked once the head is out.
    if (te && !chunked && this.kind === 'request' && !this.lenient && this.state !== 'upgraded') {
      return parseError('HPE_INVALID_TRANSFER_ENCODING', 'Request has invalid `Transfer-Encoding`', bodyAt);
    }
    return null;
  }

  // dispatchHead hands a parsed head to onHead and sets what comes next.
  dispatchHead(info, length, chunked) {
    const answer = this.h.onHead(info);
    const bodiless = answer === true;
    if (answer === 'upgrade') {
      this.state = 'upgraded';
    } else if (this.kind === 'response' &&
        (bodiless || info.statusCode === 204 || info.statusCode === 304 || (info.statusCode >= 100 && info.statusCode < 200))) {
      this.complete();
    } else if (chunked) {
      this.state = 'chunked';
      this.chunkState = 'size';
    } else if (length > 0) {
      this.state = 'length';
      this.remaining = length;
    } else if (length < 0 && this.kind === 'response') {
      this.state = 'eof';
    } else {
      this.complete();
    }
  }

  complete() {
    this.state = 'head';
    this.h.onEnd();
  }

  // idle reports whether no message is under way.
  idle() {
    return this.state === 'head' && !this.head;
  }

  // finish reports whether the connection's end was a message's proper end.
  finish() {
    if (this.state === 'eof') {
      this.complete();
      return true;
    }
    return this.state === 'head' && !this.head;
  }
}

module.exports = { defaultMaxHeaderSize, Parser };
