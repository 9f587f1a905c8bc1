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
// execute returns an Error (with Node's HPE_* code) when the input is bad.
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

const overflow = () => parseError('HPE_HEADER_OVERFLOW', 'Header overflow');

// headBytes is what a head's text (without its blank line) counts toward
// the limit: from line `from` on, each field's name and value, and before
// that the request's URL or the response's reason.
function headBytes(lines, from, kind) {
  let n = 0;
  if (from === 1) {
    const parts = lines[0].split(' ');
    n += kind === 'request' ? (parts[1] || '').length : parts.slice(2).join(' ').length;
  }
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    const colon = line.indexOf(':');
    n += colon < 0 ? line.length : colon + line.slice(colon + 1).trim().length;
  }
  return n;
}
const tokenRe = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
const methodRe = /^[A-Z-]+$/;

function parseError(code, message) {
  const e = new Error(`Parse Error: ${message}`);
  e.code = code;
  e.reason = message;
  return e;
}

// A field value may hold any byte but the controls other than HTAB.
const badValueChar = /[\x00-\x08\x0a-\x1f\x7f]/;

// parseFields appends the name/value pairs of lines[from...] to raw. A
// line that starts with whitespace continues the field before it
// (obs-fold), which only a lenient parser accepts.
function parseFields(lines, from, raw, lenient) {
  let untrimmed = '';
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    if (i > from && (line[0] === ' ' || line[0] === '\t')) {
      if (!lenient) return parseError('HPE_INVALID_HEADER_TOKEN', 'Unexpected whitespace after header value');
      // The line break goes; the whitespace on both sides of it stays.
      untrimmed += line;
      raw[raw.length - 1] = untrimmed.trim();
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) return parseError('HPE_INVALID_HEADER_TOKEN', 'Invalid header token');
    const name = line.slice(0, colon);
    if (!tokenRe.test(name)) return parseError('HPE_INVALID_HEADER_TOKEN', 'Invalid header token');
    untrimmed = line.slice(colon + 1);
    const value = untrimmed.trim();
    if (value.includes('\r')) return parseError('HPE_LF_EXPECTED', 'Missing expected LF after header value');
    if (!lenient && badValueChar.test(value)) return parseError('HPE_INVALID_HEADER_TOKEN', 'Invalid header value char');
    raw.push(name, value);
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
    if (lineStart === 0) return parseError('HPE_INVALID_VERSION', 'Expected CRLF after version');
    if (i === lineStart) return parseError('HPE_INVALID_HEADER_TOKEN', 'Invalid header field char');
    return parseError('HPE_CR_EXPECTED', 'Missing expected CR after header value');
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

  // overflows reports whether a head's lines reach the limit.
  overflows(text, from) {
    return headBytes(text.split('\r\n'), from, this.kind) >= this.maxHeaderSize;
  }

  reset() {
    this.state = 'head';
    this.head = null;
    this.remaining = 0;
    this.chunkState = 'size';
  }

  execute(chunk) {
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
            if (err) return err;
          }
          if (end < 0) {
            // The bytes so far count as they would in the whole head.
            if (data.length - pos >= this.maxHeaderSize && this.overflows(text ?? data.toString('latin1', pos), 1)) {
              return overflow();
            }
            this.head = data.subarray(pos);
            return null;
          }
          text = text === null ? data.toString('latin1', pos, end) : text.slice(0, end - pos);
          if (end - pos >= this.maxHeaderSize && this.overflows(text, 1)) return overflow();
          const err = this.parseHead(text);
          pos = end + endLen;
          if (err) return err;
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
          if (r instanceof Error) return r;
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
        const eol = data.indexOf('\r\n', pos, 'latin1');
        if (eol < 0) return data.length - pos > 1024 ? parseError('HPE_INVALID_CHUNK_SIZE', 'Invalid character in chunk size') : -1;
        const line = data.toString('latin1', pos, eol);
        const hex = line.split(';')[0].trim();
        if (!/^[0-9a-fA-F]+$/.test(hex)) return parseError('HPE_INVALID_CHUNK_SIZE', 'Invalid character in chunk size');
        this.remaining = parseInt(hex, 16);
        this.chunkState = this.remaining === 0 ? 'trailers' : 'data';
        return eol + 2;
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
        if (data[pos] !== 13 || data[pos + 1] !== 10) return parseError('HPE_STRICT', 'Expected CRLF after chunk');
        this.chunkState = 'size';
        return pos + 2;
      case 'trailers': {
        if (data.length - pos >= 2 && data[pos] === 13 && data[pos + 1] === 10) {
          this.complete();
          return pos + 2;
        }
        const end = data.indexOf('\r\n\r\n', pos, 'latin1');
        if (end < 0) {
          return data.length - pos >= this.maxHeaderSize && this.overflows(data.toString('latin1', pos), 0) ? overflow() : -1;
        }
        const trailers = data.toString('latin1', pos, end);
        if (end - pos >= this.maxHeaderSize && this.overflows(trailers, 0)) return overflow();
        const raw = [];
        const err = parseFields(trailers.split('\r\n'), 0, raw, this.lenient);
        if (err) return err;
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

  parseHead(text) {
    const lines = text.split(this.lenient ? /\r?\n/ : '\r\n');
    const first = lines[0];
    const info = { rawHeaders: [], versionMajor: 1, versionMinor: 1 };
    let version;
    if (this.kind === 'request') {
      const parts = first.split(' ');
      if (parts.length !== 3 || !methodRe.test(parts[0])) return parseError('HPE_INVALID_METHOD', 'Invalid method encountered');
      [info.method, info.url, version] = parts;
      if (!info.url) return parseError('HPE_INVALID_URL', 'Invalid URL');
    } else {
      const m = /^(HTTP\/\d\.\d) (\d{3})(?: (.*))?$/.exec(first);
      if (!m) return parseError('HPE_INVALID_CONSTANT', 'Expected HTTP/');
      version = m[1];
      info.statusCode = +m[2];
      info.statusMessage = m[3] || '';
    }
    const vm = /^HTTP\/(\d)\.(\d)$/.exec(version);
    if (!vm) return parseError('HPE_INVALID_VERSION', 'Invalid HTTP version');
    info.versionMajor = +vm[1];
    info.versionMinor = +vm[2];
    let length = -1;
    let chunked = false;
    let connection = '';
    let upgrade = false;
    let lengthFirst = false;
    const fieldErr = parseFields(lines, 1, info.rawHeaders, this.lenient);
    if (fieldErr) return fieldErr;
    for (let i = 0; i < info.rawHeaders.length; i += 2) {
      const value = info.rawHeaders[i + 1];
      const lower = info.rawHeaders[i].toLowerCase();
      if (lower === 'content-length') {
        if (!/^\d+$/.test(value) || (length >= 0 && length !== +value)) {
          return parseError('HPE_UNEXPECTED_CONTENT_LENGTH', 'Unexpected content-length header');
        }
        length = +value;
        if (!chunked) lengthFirst = true;
      } else if (lower === 'transfer-encoding') {
        chunked = /(?:^|,)\s*chunked\s*$/i.test(value);
      } else if (lower === 'connection') {
        connection += ',' + value.toLowerCase();
      } else if (lower === 'upgrade') {
        upgrade = true;
      }
    }
    if (chunked && length >= 0) {
      // llhttp names the header that came second.
      if (this.lenient) length = -1;
      else if (lengthFirst) return parseError('HPE_INVALID_TRANSFER_ENCODING', 'Transfer-Encoding can\'t be present with Content-Length');
      else return parseError('HPE_INVALID_CONTENT_LENGTH', 'Content-Length can\'t be present with Transfer-Encoding');
    }
    const http10 = info.versionMajor === 1 && info.versionMinor === 0;
    info.shouldKeepAlive = http10 ? /(?:^|,)\s*keep-alive\b/.test(connection) : !/(?:^|,)\s*close\b/.test(connection);
    // A CONNECT request is an upgrade too, as llhttp reports it; the
    // response side decides from the request's method, which it knows.
    info.upgrade = (upgrade && /(?:^|,)\s*upgrade\b/.test(connection)) || info.method === 'CONNECT';
    this.dispatchHead(info, length, chunked);
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
