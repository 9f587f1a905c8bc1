// The buffer module: Buffer is a Uint8Array subclass whose methods live on
// Buffer.prototype, as in Node, so typed-array code accepts Buffers and
// Buffers print and compare like Node's. Every Buffer is really a
// FastBuffer (the class that extends Uint8Array); Buffer itself is a plain
// function so that the deprecated Buffer(...) call form works without new.
// Byte crunching (encodings, search, comparison, fill) is Go: see buffer.go.
// Unlike Node, allocUnsafe and small Buffer.from calls do not share a pool,
// so every Buffer owns its ArrayBuffer.

const kMaxLength = 2 ** 32;
const kStringMaxLength = 2 ** 29 - 24;
const customInspect = Symbol.for('nodejs.util.inspect.custom');

// Errors, with Node's codes and messages.

// formatReceived is how ERR_OUT_OF_RANGE shows the value it got: big
// integers with underscores between groups of three digits.
function formatReceived(value) {
  let digits;
  if (Number.isInteger(value) && Math.abs(value) > 2 ** 32) digits = String(value);
  else if (typeof value === 'bigint') {
    digits = String(value);
    if (value <= 2n ** 32n && value >= -(2n ** 32n)) return digits + 'n';
  } else return binding.inspect(value);
  const sign = digits[0] === '-' ? '-' : '';
  let rest = sign ? digits.slice(1) : digits;
  let out = '';
  for (; rest.length > 3; rest = rest.slice(0, -3)) out = '_' + rest.slice(-3) + out;
  return sign + rest + out + (typeof value === 'bigint' ? 'n' : '');
}

function outOfRange(name, range, value) {
  return binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE',
    `The value of "${name}" is out of range. It must be ${range}. Received ${formatReceived(value)}`);
}

function bufferOutOfBounds(name) {
  return binding.nodeError('RangeError', 'ERR_BUFFER_OUT_OF_BOUNDS',
    name ? `"${name}" is outside of buffer bounds` : 'Attempt to access memory outside buffer bounds');
}

function unknownEncoding(encoding) {
  return binding.nodeError('TypeError', 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${encoding}`);
}

function notBuffer(name, value) {
  return binding.invalidArgType(name, 'an instance of Buffer or Uint8Array', value);
}

function validateNumber(value, name, min, max) {
  if (typeof value !== 'number') throw binding.invalidArgType(name, 'of type number', value);
  if (min === undefined && max === undefined) return;
  if (!(value >= (min ?? -Infinity) && value <= (max ?? Infinity))) {
    const range = [min !== undefined && `>= ${min}`, max !== undefined && `<= ${max}`].filter(Boolean).join(' && ');
    throw outOfRange(name, range, value);
  }
}

// validateOffset is an integer argument within [min, max].
function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== 'number') throw binding.invalidArgType(name, 'of type number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw outOfRange(name, `>= ${min} && <= ${max}`, value);
}

// Encodings.

// canonicalEncodings maps every spelling Node accepts, in lower case, to
// the name the Go natives know.
const canonicalEncodings = {
  __proto__: null,
  'utf8': 'utf8',
  'utf-8': 'utf8',
  'ucs2': 'utf16le',
  'ucs-2': 'utf16le',
  'utf16le': 'utf16le',
  'utf-16le': 'utf16le',
  'latin1': 'latin1',
  'binary': 'latin1',
  'base64': 'base64',
  'base64url': 'base64url',
  'hex': 'hex',
  'ascii': 'ascii',
};

// normalizeEncoding gives the canonical name of a Node encoding, or
// undefined; no encoding at all means utf8.
function normalizeEncoding(enc) {
  if (enc === undefined || enc === null || enc === '') return 'utf8';
  return canonicalEncodings[enc] ?? canonicalEncodings[`${enc}`.toLowerCase()];
}

// encodingOf is normalizeEncoding for an encoding argument that must be
// known.
function encodingOf(enc) {
  const e = normalizeEncoding(enc);
  if (e === undefined) throw unknownEncoding(enc);
  return e;
}

// The %TypedArray%.prototype[@@toStringTag] getter names a typed array's
// real kind and gives undefined for anything else, fakes included.
const typedArrayKind = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype),
  Symbol.toStringTag).get;

function isUint8Array(v) {
  return typedArrayKind.call(v) === 'Uint8Array';
}

function isAnyArrayBuffer(v) {
  if (v === null || typeof v !== 'object') return false;
  const tag = Object.prototype.toString.call(v);
  return tag === '[object ArrayBuffer]' || tag === '[object SharedArrayBuffer]';
}

// Construction.

const { FastBuffer } = require('internal/buffer');

let deprecationShown = false;

// calledFromNodeModules tells whether the first caller outside Kiln's own
// library is a package's code, which Node spares the DEP0005 warning.
function calledFromNodeModules() {
  for (const line of `${new Error().stack}`.split('\n').slice(1)) {
    if (line.includes('(node:') || line.includes('at node:')) continue;
    return /[\\/]node_modules[\\/]/.test(line);
  }
  return false;
}

function Buffer(arg, encodingOrOffset, length) {
  if (!deprecationShown && !calledFromNodeModules()) {
    deprecationShown = true;
    process.emitWarning('Buffer() is deprecated due to security and usability issues. Please use the ' +
      'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.', 'DeprecationWarning', 'DEP0005');
  }
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw binding.invalidArgType('string', 'of type string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
Object.setPrototypeOf(Buffer, Uint8Array);
// Typed-array methods that make a new array (map, filter, subarray of
// Uint8Array) make a FastBuffer, not a deprecated Buffer() call.
Object.defineProperty(Buffer, Symbol.species, { __proto__: null, get() { return FastBuffer; }, configurable: true });

function fromString(string, encoding) {
  if (encoding === 'utf8') return new FastBuffer(binding.encode(string, 'utf8'));
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    encoding = 'utf8';
  }
  return new FastBuffer(binding.encode(string, encodingOf(encoding)));
}

function fromArrayBuffer(ab, byteOffset, length) {
  if (byteOffset === undefined) byteOffset = 0;
  else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = ab.byteLength - byteOffset;
  if (maxLength < 0) throw bufferOutOfBounds('offset');
  if (length === undefined) length = maxLength;
  else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw bufferOutOfBounds('length');
    } else length = 0;
  }
  return new FastBuffer(ab, byteOffset, length);
}

function fromArrayLike(obj) {
  const len = obj.length;
  if (len <= 0) return new FastBuffer();
  const b = new FastBuffer(len);
  if (ArrayBuffer.isView(obj) && !(obj instanceof DataView) && obj.BYTES_PER_ELEMENT === 1) b.set(obj);
  else for (let i = 0; i < len; i++) b[i] = obj[i];
  return b;
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

function notFromable(value) {
  const err = binding.invalidArgType('first',
    'of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object', value);
  // Node words this one message without quotes around the name.
  err.message = err.message.replace('The "first" argument', 'The first argument');
  err.stack = err.stack.replace('The "first" argument', 'The first argument');
  return err;
}

function alloc(size, fill, encoding) {
  validateNumber(size, 'size', 0, kMaxLength);
  const b = new FastBuffer(size);
  if (fill !== undefined && fill !== 0 && size > 0) return _fill(b, fill, 0, b.length, encoding);
  return b;
}

function allocUnsafe(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return new FastBuffer(size);
}

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw binding.invalidArgType('string', 'of type string or an instance of Buffer or ArrayBuffer', string);
  }
  if (string.length === 0) return 0;
  // (No call to normalize the usual no encoding or 'utf8'.)
  return binding.byteLength(string, encoding === undefined || encoding === 'utf8' ? 'utf8' : normalizeEncoding(encoding) || 'utf8');
}

Object.assign(Buffer, {
  poolSize: 8192,
  from(value, encodingOrOffset, length) {
    if (typeof value === 'string') return fromString(value, encodingOrOffset);
    if (typeof value === 'object' && value !== null) {
      if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
      const valueOf = value.valueOf && value.valueOf();
      if (valueOf != null && valueOf !== value && (typeof valueOf === 'string' || typeof valueOf === 'object')) {
        return Buffer.from(valueOf, encodingOrOffset, length);
      }
      const b = fromObject(value);
      if (b) return b;
      if (typeof value[Symbol.toPrimitive] === 'function') {
        const primitive = value[Symbol.toPrimitive]('string');
        if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
      }
    }
    throw notFromable(value);
  },
  copyBytesFrom(view, offset, length) {
    if (!ArrayBuffer.isView(view) || view instanceof DataView) {
      throw binding.invalidArgType('view', 'an instance of TypedArray', view);
    }
    const viewLength = view.length;
    if (viewLength === 0) return new FastBuffer();
    if (offset !== undefined || length !== undefined) {
      if (offset !== undefined) {
        validateOffset(offset, 'offset', 0, Number.MAX_SAFE_INTEGER);
        if (offset >= viewLength) return new FastBuffer();
      } else offset = 0;
      let end;
      if (length !== undefined) {
        validateOffset(length, 'length', 0, Number.MAX_SAFE_INTEGER);
        end = offset + length;
      } else end = viewLength;
      view = view.subarray(offset, end);
    }
    const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
    return fromArrayLike(bytes);
  },
  of(...items) {
    const b = new FastBuffer(items.length);
    for (let i = 0; i < items.length; i++) b[i] = items[i];
    return b;
  },
  alloc,
  allocUnsafe,
  allocUnsafeSlow: function allocUnsafeSlow(size) {
    validateNumber(size, 'size', 0, kMaxLength);
    return new FastBuffer(size);
  },
  isBuffer(b) {
    return b instanceof Buffer;
  },
  compare(buf1, buf2) {
    if (!isUint8Array(buf1)) throw notBuffer('buf1', buf1);
    if (!isUint8Array(buf2)) throw notBuffer('buf2', buf2);
    if (buf1 === buf2) return 0;
    return binding.compare(buf1, buf2);
  },
  isEncoding(encoding) {
    return typeof encoding === 'string' && encoding.length !== 0 && normalizeEncoding(encoding) !== undefined;
  },
  concat(list, length) {
    if (!Array.isArray(list)) throw binding.invalidArgType('list', 'an instance of Array', list);
    if (list.length === 0) return new FastBuffer();
    if (length === undefined) {
      length = 0;
      for (let i = 0; i < list.length; i++) {
        if (list[i].length) length += list[i].length;
      }
    } else validateOffset(length, 'length');
    const out = allocUnsafe(length);
    let pos = 0;
    for (let i = 0; i < list.length; i++) {
      const b = list[i];
      if (!isUint8Array(b)) throw notBuffer(`list[${i}]`, b);
      pos += copyBytes(b, out, pos, 0, b.length);
    }
    if (pos < length) out.fill(0, pos, length);
    return out;
  },
  byteLength,
});

function SlowBuffer(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return new FastBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

// Prototype: strings.

const proto = Buffer.prototype;

// Node's prototype methods are plain enumerable properties.
function method(name, fn) {
  proto[name] = fn;
}

function indexOutOfRange() {
  return binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE', 'Index out of range');
}

// The per-encoding slice and write methods are Node's raw forms: loose
// number conversion, terse errors, and length 0 as natives have.
for (const enc of ['ascii', 'base64', 'base64url', 'latin1', 'hex', 'ucs2', 'utf8']) {
  const canonical = enc === 'ucs2' ? 'utf16le' : enc;
  const slice = `${enc}Slice`;
  const write = `${enc}Write`;
  method(slice, {
    [slice](start = 0, end = undefined) {
      start = Math.trunc(+start || 0);
      end = end === undefined ? this.length : Math.trunc(+end || 0);
      if (start < 0 || end < 0 || end > this.length) throw indexOutOfRange();
      return start >= end ? '' : binding.decode(this, canonical, start, end);
    },
  }[slice]);
  method(write, {
    [write](string = undefined, offset = 0, length = undefined) {
      if (typeof string !== 'string') {
        throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
      }
      offset = Math.trunc(+offset || 0);
      length = length === undefined ? this.length - offset : Math.trunc(+length || 0);
      if (offset < 0) throw indexOutOfRange();
      if (offset > this.length) throw bufferOutOfBounds('offset');
      if (length < 0) throw indexOutOfRange();
      return binding.write(this, string, canonical, offset, Math.min(length, this.length - offset));
    },
  }[write]);
}

Object.defineProperty(proto, 'parent', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    return this instanceof Buffer ? this.buffer : undefined;
  },
});
Object.defineProperty(proto, 'offset', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    return this instanceof Buffer ? this.byteOffset : undefined;
  },
});

function copyBytes(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.length - targetStart) sourceEnd = sourceStart + target.length - targetStart;
  let n = sourceEnd - sourceStart;
  if (n > source.length - sourceStart) n = source.length - sourceStart;
  if (n <= 0) return 0;
  if (sourceStart !== 0 || n < source.length) {
    source = new Uint8Array(source.buffer, source.byteOffset + sourceStart, n);
  }
  target.set(source, targetStart);
  return n;
}

// toInteger is the loose integer conversion copy's offsets use: anything
// that is not a number in the safe range counts as the default.
function toInteger(n, dflt) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return n % 1 === 0 ? n : Math.floor(n);
  }
  return dflt;
}

method('copy', function copy(target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(this)) throw notBuffer('source', this);
  if (!isUint8Array(target)) throw notBuffer('target', target);
  if (targetStart === undefined) targetStart = 0;
  else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw outOfRange('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) sourceStart = 0;
  else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > this.length) {
      throw outOfRange('sourceStart', `>= 0 && <= ${this.length}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) sourceEnd = this.length;
  else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw outOfRange('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  return copyBytes(this, target, targetStart, sourceStart, sourceEnd);
});

method('toString', function toString(encoding, start, end) {
  if (start === undefined && end === undefined) {
    const enc = encoding === undefined ? 'utf8' : canonicalEncodings[encoding];
    if (enc !== undefined) return binding.decode(this, enc, 0, this.length);
  }
  const len = this.length;
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = Math.trunc(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = Math.trunc(end) || 0;
  if (end <= start) return '';
  // A canonical name needs no normalizing: the HTTP parser's
  // toString('latin1', start, end) of every head comes here.
  const enc = encoding === undefined ? 'utf8'
    : (typeof encoding === 'string' && canonicalEncodings[encoding]) || normalizeEncoding(`${encoding}`);
  if (enc === undefined) throw unknownEncoding(encoding);
  return binding.decode(this, enc, start, end);
});

method('equals', function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) throw notBuffer('otherBuffer', otherBuffer);
  if (this === otherBuffer) return true;
  if (this.byteLength !== otherBuffer.byteLength) return false;
  return this.byteLength === 0 || binding.compare(this, otherBuffer) === 0;
});

method('inspect', function inspect(recurseTimes, ctx) {
  const inspectFn = arguments[2];
  const max = module.exports.INSPECT_MAX_BYTES;
  const shown = Math.min(max, this.length);
  let str = binding.decode(this, 'hex', 0, shown).replace(/(.{2})/g, '$1 ').trim();
  const remaining = this.length - max;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx && typeof inspectFn === 'function') {
    // Own non-index properties print after the bytes, as an object's would.
    const extras = {};
    let any = false;
    for (const key of Reflect.ownKeys(this)) {
      if (typeof key === 'string' && /^(0|[1-9][0-9]*)$/.test(key)) continue;
      if (!Object.prototype.propertyIsEnumerable.call(this, key)) continue;
      extras[key] = this[key];
      any = true;
    }
    if (any) {
      const shown = inspectFn(extras, { ...ctx, breakLength: Infinity, compact: true }).slice(2, -2);
      str += (str ? ', ' : '') + shown;
    }
  }
  return `<${this.constructor.name} ${str}>`;
});
method(customInspect, proto.inspect);

method('compare', function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw notBuffer('target', target);
  if (arguments.length === 1) return binding.compare(this, target);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  const a = new Uint8Array(this.buffer, this.byteOffset + sourceStart, sourceEnd - sourceStart);
  const b = new Uint8Array(target.buffer, target.byteOffset + Math.min(targetStart, target.length),
    Math.max(0, targetEnd - targetStart));
  return binding.compare(a, b);
});

// search resolves Node's (value, byteOffset, encoding) forms and leaves
// the search to Go.
function search(buffer, value, byteOffset, encoding, forward) {
  if (!isUint8Array(buffer)) throw notBuffer('buffer', buffer);
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) byteOffset = 0x7fffffff;
  else if (byteOffset < -0x80000000) byteOffset = -0x80000000;
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = forward ? 0 : buffer.length;
  byteOffset = Math.trunc(byteOffset);
  let needle;
  let enc = 'utf8';
  if (typeof value === 'number') needle = new Uint8Array([value >>> 0 & 255]);
  else {
    if (encoding !== undefined) enc = normalizeEncoding(`${encoding}`);
    if (typeof value === 'string') {
      if (enc === undefined) throw unknownEncoding(encoding);
      needle = new Uint8Array(binding.encode(value, enc));
    } else if (isUint8Array(value)) needle = value;
    else {
      throw binding.invalidArgType('value', 'one of type number or string or an instance of Buffer or Uint8Array',
        value);
    }
  }
  return binding.indexOf(buffer, needle, byteOffset, forward, enc === 'utf16le');
}

method('indexOf', function indexOf(value, byteOffset, encoding) {
  return search(this, value, byteOffset, encoding, true);
});
method('lastIndexOf', function lastIndexOf(value, byteOffset, encoding) {
  return search(this, value, byteOffset, encoding, false);
});
method('includes', function includes(value, byteOffset, encoding) {
  return this.indexOf(value, byteOffset, encoding) !== -1;
});

function _fill(buf, value, offset, end, encoding) {
  let enc;
  if (typeof value === 'string') {
    if (typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    enc = normalizeEncoding(encoding);
    if (enc === undefined) {
      if (typeof encoding !== 'string') throw binding.invalidArgType('encoding', 'of type string', encoding);
      throw unknownEncoding(encoding);
    }
    if (value.length === 0) value = 0;
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  let pattern;
  if (typeof value === 'number') {
    Uint8Array.prototype.fill.call(buf, value, offset, end);
    return buf;
  } else if (typeof value === 'string') pattern = new Uint8Array(binding.encode(value, enc));
  else if (ArrayBuffer.isView(value)) pattern = value;
  else {
    Uint8Array.prototype.fill.call(buf, (value >>> 0) & 255, offset, end);
    return buf;
  }
  if (pattern.byteLength === 0) throw binding.invalidArgValue('value', value);
  binding.fill(buf, pattern, offset, end);
  return buf;
}

method('fill', function fill(value, offset, end, encoding) {
  return _fill(this, value, offset, end, encoding);
});

method('write', function write(string, offset, length, encoding) {
  if (typeof string !== 'string') {
    throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
  }
  if (offset === undefined) return binding.write(this, string, 'utf8', 0, this.length);
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) length = remaining;
    else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  const enc = !encoding ? 'utf8' : normalizeEncoding(`${encoding}`);
  if (enc === undefined) throw unknownEncoding(encoding);
  return binding.write(this, string, enc, offset, length);
});

method('toJSON', function toJSON() {
  return { type: 'Buffer', data: Array.from(this) };
});

// adjustOffset clamps a slice bound the way Node's slice does.
function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  return offset < length ? offset : length;
}

// slice shares memory with its buffer, as subarray does (Node v17+).
function sliceOf(buf, start, end) {
  const len = buf.length;
  start = start === undefined ? 0 : adjustOffset(start, len);
  end = end === undefined ? len : adjustOffset(end, len);
  return new FastBuffer(buf.buffer, buf.byteOffset + start, end > start ? end - start : 0);
}

method('subarray', function subarray(start, end) {
  return sliceOf(this, start, end);
});
method('slice', function slice(start, end) {
  return sliceOf(this, start, end);
});

function swapper(size) {
  return function() {
    if (this.length % size !== 0) {
      throw binding.nodeError('RangeError', 'ERR_INVALID_BUFFER_SIZE',
        `Buffer size must be a multiple of ${size * 8}-bits`);
    }
    for (let i = 0; i < this.length; i += size) {
      for (let a = i, b = i + size - 1; a < b; a++, b--) {
        const t = this[a];
        this[a] = this[b];
        this[b] = t;
      }
    }
    return this;
  };
}
method('swap16', swapper(2));
method('swap32', swapper(4));
method('swap64', swapper(8));
for (const name of ['swap16', 'swap32', 'swap64']) Object.defineProperty(proto[name], 'name', { value: name });
method('toLocaleString', proto.toString);

require('internal/buffer_rw').install(proto, { outOfRange, bufferOutOfBounds });

// atob and btoa, the HTML standard's forgiving base64.

function invalidCharacter(message) {
  const { DOMException } = require('internal/domexception');
  return new DOMException(message, 'InvalidCharacterError');
}

function missingInput() {
  return binding.nodeError('TypeError', 'ERR_MISSING_ARGS', 'The "input" argument must be specified');
}

function btoa(input) {
  if (arguments.length === 0) throw missingInput();
  input = `${input}`;
  for (let i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) > 0xff) throw invalidCharacter('Invalid character');
  }
  return binding.decode(new Uint8Array(binding.encode(input, 'latin1')), 'base64');
}

const base64Alphabet = /^[A-Za-z0-9+/]*={0,2}$/;

function atob(input) {
  if (arguments.length === 0) throw missingInput();
  input = `${input}`.replace(/[\t\n\f\r ]/g, '');
  if (!base64Alphabet.test(input)) throw invalidCharacter('Invalid character');
  if (input.length % 4 === 0) input = input.replace(/={1,2}$/, '');
  else if (input.endsWith('=')) throw invalidCharacter('Invalid character');
  if (input.length % 4 === 1) throw invalidCharacter('The string to be decoded is not correctly encoded.');
  return binding.decode(new Uint8Array(binding.encode(input, 'base64')), 'latin1');
}

// transcode converts between the encodings Node's ICU build handles
// (utf8, ucs2, latin1, ascii); its errors carry ICU's code and errno.
function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) throw notBuffer('source', source);
  if (source.length === 0) return new FastBuffer();
  const from = normalizeEncoding(fromEncoding) || `${fromEncoding}`.toLowerCase();
  const to = normalizeEncoding(toEncoding) || `${toEncoding}`.toLowerCase();
  const result = binding.transcode(source, from, to);
  if (typeof result === 'string') {
    const err = new Error(`Unable to transcode Buffer [${result}]`);
    err.code = result;
    err.errno = result === 'U_ILLEGAL_ARGUMENT_ERROR' ? 1 : 10;
    throw err;
  }
  return new FastBuffer(result);
}

function isUtf8(input) {
  if (ArrayBuffer.isView(input) || isAnyArrayBuffer(input)) return binding.isUtf8(input);
  throw binding.invalidArgType('input', 'an instance of ArrayBuffer, Buffer, or TypedArray', input);
}

function isAscii(input) {
  if (ArrayBuffer.isView(input) || isAnyArrayBuffer(input)) return binding.isAscii(input);
  throw binding.invalidArgType('input', 'an instance of ArrayBuffer, Buffer, or TypedArray', input);
}

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants: { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength },
  INSPECT_MAX_BYTES: 50,
};

// resolveObjectURL gives the Blob URL.createObjectURL registered under url,
// if it is still registered.
function resolveObjectURL(url) {
  return require('internal/blob').objectURLs.get(`${url}`);
}

// Blob and File load on first use; resolveObjectURL sits between them, as
// in Node's list of exports.
for (const name of ['Blob', 'resolveObjectURL', 'File']) {
  if (name === 'resolveObjectURL') {
    module.exports.resolveObjectURL = resolveObjectURL;
    continue;
  }
  Object.defineProperty(module.exports, name, {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() {
      return require('internal/blob')[name];
    },
  });
}
