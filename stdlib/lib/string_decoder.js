// StringDecoder turns a stream of byte chunks into strings without
// splitting a character between two results: the bytes of a character cut
// off at the end of a chunk wait for the next one. UTF-8 decoding is Go's
// (buffer.go), the other encodings reuse Buffer's toString.
//
// The waiting follows node's decoder, since programs see it on invalid
// input and in lastChar, lastNeed and lastTotal. A chunk's last character,
// when cut off, waits in a 4-byte store with a count of the bytes it still
// needs; the next chunk's first bytes complete it, and the completed bytes
// are decoded alone, whatever they are. What waits:
// - UTF-8: a lead byte and up to three continuation bytes (0x80-0xBF)
//   after it, fewer than its high bits announce (0xC0 and 0xF5-0xF7
//   included). A next byte that is no continuation ends the wait early.
//   The bytes are decoded with the Encoding Standard's replacements only
//   then: 0xED, 0xA0, 0x80 written one at a time give "", "" and three
//   U+FFFDs, where a streaming decoder gives two, then one.
// - UTF-16LE: an odd last byte; else a last unit that is a high surrogate,
//   which waits for 2 more bytes (a high surrogate completed from an odd
//   byte does not wait again).
// - Base64: the bytes past a multiple of 3.

const { Buffer } = require('buffer');

function normalizeEncoding(enc) {
  const e = enc === undefined || enc === null || enc === '' ? 'utf8' : `${enc}`.toLowerCase();
  switch (e) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': case 'base64url': case 'hex': case 'ascii': return e;
  }
  throw binding.nodeError('TypeError', 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${enc}`);
}

function toString(bytes, enc) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString(enc);
}

function decode(bytes, start, end, enc) {
  if (enc === 'utf8') return binding.decodeUTF8(bytes, start, end);
  return toString(bytes.subarray(start, end), enc);
}

// utf8Total is how many bytes the character a UTF-8 lead byte starts
// announces, 0 for a byte that starts none.
function utf8Total(lead) {
  if ((lead & 0xe0) === 0xc0) return 2;
  if ((lead & 0xf0) === 0xe0) return 3;
  return (lead & 0xf8) === 0xf0 ? 4 : 0;
}

// The waiting character: kChar holds its bytes (the first kBuffered of
// the 4 are in use; the rest keep old bytes, which lastChar shows as
// node's does), kMissing counts the bytes it still needs.
const kChar = Symbol('kChar');
const kBuffered = Symbol('kBuffered');
const kMissing = Symbol('kMissing');

// tail returns how many bytes at the end of bytes[start:] wait for the
// next chunk, and how many more they need, as the top of the file says.
function tail(bytes, start, enc) {
  const n = bytes.length - start;
  switch (enc) {
    case 'utf8':
      for (let i = bytes.length - 1, keep = 1; i >= start; i--, keep++) {
        if ((bytes[i] & 0xc0) === 0x80) {
          if (keep < 4 && i > start) continue;
          return [0, 0];
        }
        const total = utf8Total(bytes[i]);
        return keep < total ? [keep, total - keep] : [0, 0];
      }
      return [0, 0];
    case 'utf16le': {
      if (n % 2 === 1) return [1, 1];
      const hi = bytes[bytes.length - 1];
      return hi >= 0xd8 && hi <= 0xdb ? [2, 2] : [0, 0];
    }
    case 'base64': case 'base64url':
      return n % 3 === 0 ? [0, 0] : [n % 3, 3 - n % 3];
  }
  return [0, 0];
}

// StringDecoder is a plain function, as Node's is: old code makes its own
// decoders with StringDecoder.call(this, encoding) on objects that inherit
// StringDecoder.prototype (iconv-lite does), which a class would refuse.
function StringDecoder(encoding) {
  this.encoding = normalizeEncoding(encoding);
  Object.defineProperty(this, kChar, { value: new Uint8Array(4), configurable: true });
  Object.defineProperty(this, kBuffered, { value: 0, writable: true, configurable: true });
  Object.defineProperty(this, kMissing, { value: 0, writable: true, configurable: true });
}

// The methods are assigned and the getters defined enumerable, with
// node's names and attributes (Object.keys of the prototype lists them).
StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) {
    throw binding.invalidArgType('buf', 'an instance of Buffer, TypedArray, or DataView', buf);
  }
  const bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  if (bytes.length === 0) return '';
  const enc = this.encoding;
  let prefix = '';
  let start = 0;
  const missing = this[kMissing];
  if (missing > 0) {
    // The chunk's first bytes complete the waiting character.
    let take = Math.min(bytes.length, missing);
    let left = missing - take;
    if (enc === 'utf8') {
      for (let i = 0; i < take; i++) {
        if ((bytes[i] & 0xc0) !== 0x80) {
          take = i;
          left = 0;
          break;
        }
      }
    }
    this[kChar].set(bytes.subarray(0, take), this[kBuffered]);
    this[kBuffered] += take;
    this[kMissing] = left;
    if (left > 0) return '';
    prefix = decode(this[kChar], 0, this[kBuffered], enc);
    this[kBuffered] = 0;
    start = take;
    if (start === bytes.length) return prefix;
  }
  const [keep, need] = tail(bytes, start, enc);
  if (keep > 0) {
    this[kChar].set(bytes.subarray(bytes.length - keep), 0);
    this[kBuffered] = keep;
    this[kMissing] = need;
  }
  return prefix + decode(bytes, start, bytes.length - keep, enc);
};

StringDecoder.prototype.end = function end(buf) {
  const s = buf === undefined ? '' : this.write(buf);
  const n = this[kBuffered];
  this[kBuffered] = this[kMissing] = 0;
  return n === 0 ? s : s + decode(this[kChar], 0, n, this.encoding);
};

StringDecoder.prototype.text = function text(buf, offset) {
  this[kBuffered] = this[kMissing] = 0;
  return this.write(buf.subarray(offset));
};

// lastChar, lastNeed and lastTotal expose the waiting character as node's
// decoder does: its 4-byte store (a view, as node's is), the bytes it still
// needs, and its size.
Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    configurable: true,
    enumerable: true,
    get() {
      return Buffer.from(this[kChar].buffer, this[kChar].byteOffset, 4);
    },
  },
  lastNeed: {
    configurable: true,
    enumerable: true,
    get() {
      return this[kMissing];
    },
  },
  lastTotal: {
    configurable: true,
    enumerable: true,
    get() {
      return this[kBuffered] + this[kMissing];
    },
  },
});

module.exports = { StringDecoder };
