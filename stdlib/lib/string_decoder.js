// StringDecoder turns a stream of byte chunks into strings without
// splitting a character between two results: the bytes of a character cut
// off at the end of a chunk wait for the next one. UTF-8 decoding is Go's
// (buffer.go), the other encodings reuse Buffer's toString.

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

const empty = new Uint8Array(0);

function join(a, b) {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function toString(bytes, enc) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString(enc);
}

// utf8Total is how many bytes the character a UTF-8 lead byte starts has.
function utf8Total(lead) {
  if (lead >= 0xf0) return 4;
  if (lead >= 0xe0) return 3;
  return lead >= 0xc0 ? 2 : 1;
}

// The bytes waiting for the rest of their character.
const kPending = Symbol('kPending');

// StringDecoder is a plain function, as Node's is: old code makes its own
// decoders with StringDecoder.call(this, encoding) on objects that inherit
// StringDecoder.prototype (iconv-lite does), which a class would refuse.
function StringDecoder(encoding) {
  this.encoding = normalizeEncoding(encoding);
  Object.defineProperty(this, kPending, { value: empty, writable: true, configurable: true });
}

class Methods {
  write(buf) {
    if (typeof buf === 'string') return buf;
    if (!ArrayBuffer.isView(buf)) {
      throw binding.invalidArgType('buf', 'an instance of Buffer, TypedArray, or DataView', buf);
    }
    let bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
    if (bytes.length === 0) return '';
    bytes = join(this[kPending], bytes);
    let keep = 0;
    switch (this.encoding) {
      case 'utf8': {
        const [s, used] = binding.decodeUTF8(bytes, false);
        this[kPending] = bytes.slice(used);
        return s;
      }
      case 'utf16le': {
        keep = bytes.length % 2;
        // A high surrogate waits for its low half.
        const last = bytes.length - keep - 2;
        if (last >= 0 && bytes[last + 1] >= 0xd8 && bytes[last + 1] <= 0xdb) keep += 2;
        break;
      }
      case 'base64': case 'base64url':
        keep = bytes.length % 3;
        break;
    }
    this[kPending] = bytes.slice(bytes.length - keep);
    return toString(bytes.subarray(0, bytes.length - keep), this.encoding);
  }

  end(buf) {
    let s = buf === undefined ? '' : this.write(buf);
    const rest = this[kPending];
    this[kPending] = empty;
    if (rest.length === 0) return s;
    switch (this.encoding) {
      case 'utf8':
        s += binding.decodeUTF8(rest, true)[0];
        break;
      case 'utf16le':
        s += toString(rest.subarray(0, rest.length & ~1), 'utf16le');
        break;
      default:
        s += toString(rest, this.encoding);
    }
    return s;
  }

  text(buf, offset) {
    this[kPending] = empty;
    return this.write(buf.subarray(offset));
  }

  // lastChar, lastNeed and lastTotal expose the waiting bytes as Node's
  // decoder does: a 4-byte buffer, the bytes still missing, and the size of
  // the character they begin.
  get lastChar() {
    const b = Buffer.alloc(4);
    b.set(this[kPending].subarray(0, 4));
    return b;
  }

  get lastNeed() {
    return this[kPending].length === 0 ? 0 : this.lastTotal - this[kPending].length;
  }

  get lastTotal() {
    const p = this[kPending];
    if (p.length === 0) return 0;
    if (this.encoding === 'utf8') return utf8Total(p[0]);
    if (this.encoding === 'utf16le') return p.length > 2 ? 4 : 2;
    return this.encoding === 'base64' || this.encoding === 'base64url' ? 3 : 0;
  }
}

StringDecoder.prototype = Methods.prototype;
Object.defineProperty(Methods.prototype, 'constructor', { value: StringDecoder, writable: true, configurable: true });

module.exports = { StringDecoder };
