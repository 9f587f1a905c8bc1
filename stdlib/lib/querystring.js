// Node's querystring module: the legacy form codec, looser than
// URLSearchParams (it keeps malformed escapes, lets callers choose the
// separators and the coders) and with its own set of characters left
// unescaped, matching encodeURIComponent's.

const hex = '0123456789ABCDEF';

// Characters escape leaves alone: A-Z a-z 0-9 - . _ ~ ! ' ( ) *
function unreserved(c) {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ||
    c === 0x2d || c === 0x2e || c === 0x5f || c === 0x7e || c === 0x21 || (c >= 0x27 && c <= 0x2a);
}

function uriMalformed() {
  const err = new URIError('URI malformed');
  err.code = 'ERR_INVALID_URI';
  err.stack = err.stack.replace(/^URIError/, 'URIError [ERR_INVALID_URI]');
  Object.defineProperty(err, 'toString', {
    value() {
      return `${this.name} [${this.code}]: ${this.message}`;
    },
    writable: true,
    configurable: true,
  });
  return err;
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80 && unreserved(c)) continue;
    out += str.slice(last, i);
    if (c < 0x80) {
      out += pct(c);
    } else if (c < 0x800) {
      out += pct(0xc0 | (c >> 6)) + pct(0x80 | (c & 0x3f));
    } else if (c < 0xd800 || c >= 0xe000) {
      out += pct(0xe0 | (c >> 12)) + pct(0x80 | ((c >> 6) & 0x3f)) + pct(0x80 | (c & 0x3f));
    } else {
      const next = i + 1 < str.length ? str.charCodeAt(i + 1) : 0;
      if (c >= 0xdc00 || next < 0xdc00 || next > 0xdfff) throw uriMalformed();
      i++;
      c = 0x10000 + ((c & 0x3ff) << 10) + (next & 0x3ff);
      out += pct(0xf0 | (c >> 18)) + pct(0x80 | ((c >> 12) & 0x3f)) + pct(0x80 | ((c >> 6) & 0x3f)) + pct(0x80 | (c & 0x3f));
    }
    last = i + 1;
  }
  return last === 0 ? str : out + str.slice(last);
}

function pct(b) {
  return '%' + hex[b >> 4] + hex[b & 15];
}

function hexValue(c) {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  return -1;
}

// Buffer comes from the buffer module when it exists; until then the
// bytes come back as a Uint8Array.
function toBuffer(bytes) {
  let Buffer;
  try {
    Buffer = require('buffer').Buffer;
  } catch {
    return bytes;
  }
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

// unescapeBuffer decodes every well-formed %XX of s to its byte, keeps
// other characters as UTF-8, and with decodeSpaces turns "+" into " ".
function unescapeBuffer(s, decodeSpaces) {
  s = `${s}`;
  const bytes = new TextEncoder().encode(s);
  const out = new Uint8Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (c === 0x2b && decodeSpaces) {
      out[n++] = 0x20;
    } else if (c === 0x25 && i + 2 < bytes.length && hexValue(bytes[i + 1]) >= 0 && hexValue(bytes[i + 2]) >= 0) {
      out[n++] = hexValue(bytes[i + 1]) * 16 + hexValue(bytes[i + 2]);
      i += 2;
    } else {
      out[n++] = c;
    }
  }
  return toBuffer(out.subarray(0, n));
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return new TextDecoder().decode(unescapeBuffer(s, decodeSpaces));
  }
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return '' + v;
  if (typeof v === 'bigint') return '' + v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function stringify(obj, sep, eq, options) {
  sep ||= '&';
  eq ||= '=';
  let encode = module.exports.escape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  if (obj === null || typeof obj !== 'object') return '';
  const fields = [];
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    const ks = encode(stringifyPrimitive(k)) + eq;
    if (Array.isArray(v)) {
      for (const item of v) fields.push(ks + encode(stringifyPrimitive(item)));
    } else {
      fields.push(ks + encode(stringifyPrimitive(v)));
    }
  }
  return fields.join(sep);
}

function decodeWith(s, decoder) {
  try {
    return decoder(s);
  } catch {
    return module.exports.unescape(s, true);
  }
}

function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep ? `${sep}` : '&';
  eq = eq ? `${eq}` : '=';
  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
  let decode = module.exports.unescape;
  if (options && typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;
  const custom = decode !== unescape;
  let pairs = qs.split(sep);
  if (maxKeys > 0 && pairs.length > maxKeys) pairs = pairs.slice(0, maxKeys);
  for (const pair of pairs) {
    if (pair.length === 0) continue;
    const at = pair.indexOf(eq);
    let key = at >= 0 ? pair.slice(0, at) : pair;
    let value = at >= 0 ? pair.slice(at + eq.length) : '';
    key = key.replace(/\+/g, ' ');
    value = value.replace(/\+/g, ' ');
    if (custom || key.includes('%')) key = decodeWith(key, decode);
    if (custom || value.includes('%')) value = decodeWith(value, decode);
    const prev = obj[key];
    if (prev === undefined) obj[key] = value;
    else if (typeof prev === 'string') obj[key] = [prev, value];
    else prev.push(value);
  }
  return obj;
}

module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
