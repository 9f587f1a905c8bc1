// Buffer's numeric read and write methods (readUInt8 ... writeDoubleBE),
// installed on Buffer.prototype by lib/buffer.js. They check their
// arguments in Node's order, so a bad value is reported before a bad
// offset for multi-byte writes and after it for single bytes, with Node's
// ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE and ERR_BUFFER_OUT_OF_BOUNDS.

let errors;

function validateNumber(value, name) {
  if (typeof value !== 'number') throw binding.invalidArgType(name, 'of type number', value);
}

// boundsError reports an offset (or a byteLength, when type names it)
// that does not fit.
function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type || 'offset');
    throw errors.outOfRange(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw errors.bufferOutOfBounds();
  throw errors.outOfRange(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

function checkBounds(buf, offset, size) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) boundsError(offset, buf.length - size);
}

// checkValue is the range check of writes; Node words ranges past 32 bits
// as powers of two.
function checkValue(value, min, max, size) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (size > 4) {
      range = min === 0 || min === 0n ? `>= 0${n} and < 2${n} ** ${size * 8}${n}` :
        `>= -(2${n} ** ${size * 8 - 1}${n}) and < 2${n} ** ${size * 8 - 1}${n}`;
    } else range = `>= ${min}${n} and <= ${max}${n}`;
    throw errors.outOfRange('value', range, value);
  }
}

function readBytes(buf, offset, size, le, signed) {
  if (offset === undefined) offset = 0;
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) boundsError(offset, buf.length - size);
  let v = 0;
  for (let i = 0; i < size; i++) v = v * 256 + buf[le ? offset + size - 1 - i : offset + i];
  if (signed && v >= 2 ** (size * 8 - 1)) v -= 2 ** (size * 8);
  return v;
}

// fixedReader makes the reader of one width (1, 2 or 4 bytes) and byte
// order, with the byte arithmetic written out: these are the hot ones.
function fixedReader(size, le, signed) {
  const fail = (buf, offset) => {
    validateNumber(offset, 'offset');
    boundsError(offset, buf.length - size);
  };
  if (size === 1) {
    return function(offset = 0) {
      const v = this[offset];
      if (v === undefined || typeof offset !== 'number') fail(this, offset);
      return signed ? (v << 24) >> 24 : v;
    };
  }
  if (size === 2) {
    return function(offset = 0) {
      const a = this[offset];
      const b = this[offset + 1];
      if (a === undefined || b === undefined || typeof offset !== 'number') fail(this, offset);
      const v = le ? a | b << 8 : a << 8 | b;
      return signed ? (v << 16) >> 16 : v;
    };
  }
  return function(offset = 0) {
    const a = this[offset];
    const d = this[offset + 3];
    if (a === undefined || d === undefined || typeof offset !== 'number') fail(this, offset);
    const b = this[offset + 1];
    const c = this[offset + 2];
    const v = le ? a | b << 8 | c << 16 | d << 24 : a << 24 | b << 16 | c << 8 | d;
    return signed ? v : v >>> 0;
  };
}

function writeBytes(buf, value, offset, size, le, min, max) {
  value = +value;
  if (offset === undefined) offset = 0;
  if (size === 1) {
    validateNumber(offset, 'offset');
    checkValue(value, min, max, size);
    if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
  } else {
    checkValue(value, min, max, size);
    checkBounds(buf, offset, size);
  }
  let v = Math.trunc(value) || 0;
  if (v < 0) v += 2 ** (size * 8);
  for (let i = 0; i < size; i++) {
    buf[le ? offset + i : offset + size - 1 - i] = v % 256;
    v = Math.floor(v / 256);
  }
  return offset + size;
}

// fixedWriter makes the writer of one width (1, 2 or 4 bytes) and byte
// order; anything out of the ordinary goes through writeBytes, which
// throws the right error (a NaN value is in range: it writes zeros).
function fixedWriter(size, le, min, max) {
  const last = size - 1;
  let store;
  if (size === 1) store = (b, o, v) => { b[o] = v; };
  else if (size === 2 && le) store = (b, o, v) => { b[o] = v; b[o + 1] = v >>> 8; };
  else if (size === 2) store = (b, o, v) => { b[o] = v >>> 8; b[o + 1] = v; };
  else if (le) store = (b, o, v) => { b[o] = v; b[o + 1] = v >>> 8; b[o + 2] = v >>> 16; b[o + 3] = v >>> 24; };
  else store = (b, o, v) => { b[o] = v >>> 24; b[o + 1] = v >>> 16; b[o + 2] = v >>> 8; b[o + 3] = v; };
  return function(value, offset = 0) {
    value = +value;
    if (typeof offset !== 'number' || !(value >= min && value <= max) || this[offset] === undefined ||
        this[offset + last] === undefined) {
      return writeBytes(this, value, offset, size, le, min, max);
    }
    store(this, offset, value | 0);
    return offset + size;
  };
}

const scratch = new ArrayBuffer(8);
const f32 = new Float32Array(scratch);
const f64 = new Float64Array(scratch);
const scratchBytes = new Uint8Array(scratch);
const littleEndianHost = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function readFloat(buf, offset, size, le) {
  if (offset === undefined) offset = 0;
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) boundsError(offset, buf.length - size);
  const flip = le !== littleEndianHost;
  for (let i = 0; i < size; i++) scratchBytes[flip ? size - 1 - i : i] = buf[offset + i];
  return size === 4 ? f32[0] : f64[0];
}

function writeFloat(buf, value, offset, size, le) {
  value = +value;
  if (offset === undefined) offset = 0;
  checkBounds(buf, offset, size);
  if (size === 4) f32[0] = value;
  else f64[0] = value;
  const flip = le !== littleEndianHost;
  for (let i = 0; i < size; i++) buf[offset + i] = scratchBytes[flip ? size - 1 - i : i];
  return offset + size;
}

function readBig(buf, offset, le, signed) {
  if (offset === undefined) offset = 0;
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + 7] === undefined) boundsError(offset, buf.length - 8);
  let v = 0n;
  for (let i = 0; i < 8; i++) v = (v << 8n) | BigInt(buf[le ? offset + 7 - i : offset + i]);
  return signed ? BigInt.asIntN(64, v) : v;
}

function writeBig(buf, value, offset, le, min, max) {
  if (offset === undefined) offset = 0;
  checkValue(value, min, max, 8);
  checkBounds(buf, offset, 8);
  let lo = Number(value & 0xffffffffn);
  let hi = Number(value >> 32n & 0xffffffffn);
  for (let i = 0; i < 4; i++) {
    buf[le ? offset + i : offset + 7 - i] = lo & 255;
    buf[le ? offset + 4 + i : offset + 3 - i] = hi & 255;
    lo >>>= 8;
    hi >>>= 8;
  }
  return offset + 8;
}

// readUIntLE and friends take 1 to 6 bytes.
const validByteLength = (n) => typeof n === 'number' && n >= 1 && n <= 6 && n % 1 === 0;
const uMax = (size) => 2 ** (size * 8) - 1;
const sMin = (size) => -(2 ** (size * 8 - 1));
const sMax = (size) => 2 ** (size * 8 - 1) - 1;

function install(proto, errs) {
  errors = errs;
  const methods = {};
  const define = (name, fn, alias) => {
    Object.defineProperty(fn, 'name', { value: name });
    methods[name] = fn;
    if (alias) methods[alias] = fn;
  };
  for (const le of [true, false]) {
    const E = le ? 'LE' : 'BE';
    define(`readBigUInt64${E}`, function(offset = 0) { return readBig(this, offset, le, false); }, `readBigUint64${E}`);
    define(`readBigInt64${E}`, function(offset = 0) { return readBig(this, offset, le, true); });
    define(`writeBigUInt64${E}`, function(value, offset = 0) {
      return writeBig(this, value, offset, le, 0n, 0xffffffffffffffffn);
    }, `writeBigUint64${E}`);
    define(`writeBigInt64${E}`, function(value, offset = 0) {
      return writeBig(this, value, offset, le, -(2n ** 63n), 2n ** 63n - 1n);
    });
  }
  for (const signed of [false, true]) {
    const U = signed ? '' : 'U';
    for (const le of [true, false]) {
      const E = le ? 'LE' : 'BE';
      const alias = (name) => signed ? undefined : name.replace('UInt', 'Uint');
      define(`read${U}Int${E}`, function(offset, byteLength) {
        if (offset === undefined) throw binding.invalidArgType('offset', 'of type number', offset);
        if (validByteLength(byteLength)) return readBytes(this, offset, byteLength, le, signed);
        return boundsError(byteLength, 6, 'byteLength');
      }, alias(`readUInt${E}`));
      for (const bits of [32, 16]) {
        define(`read${U}Int${bits}${E}`, fixedReader(bits / 8, le, signed), alias(`readUInt${bits}${E}`));
      }
      if (le) define(`read${U}Int8`, fixedReader(1, true, signed), alias('readUInt8'));
    }
  }
  for (const signed of [false, true]) {
    const U = signed ? '' : 'U';
    const lo = (size) => signed ? sMin(size) : 0;
    const hi = (size) => signed ? sMax(size) : uMax(size);
    for (const le of [true, false]) {
      const E = le ? 'LE' : 'BE';
      const alias = (name) => signed ? undefined : name.replace('UInt', 'Uint');
      define(`write${U}Int${E}`, function(value, offset, byteLength) {
        if (validByteLength(byteLength)) {
          return writeBytes(this, value, offset, byteLength, le, lo(byteLength), hi(byteLength));
        }
        return boundsError(byteLength, 6, 'byteLength');
      }, alias(`writeUInt${E}`));
      for (const bits of [32, 16]) {
        define(`write${U}Int${bits}${E}`, fixedWriter(bits / 8, le, lo(bits / 8), hi(bits / 8)),
          alias(`writeUInt${bits}${E}`));
      }
      if (le) define(`write${U}Int8`, fixedWriter(1, true, lo(1), hi(1)), alias('writeUInt8'));
    }
  }
  for (const le of [true, false]) {
    const E = le ? 'LE' : 'BE';
    define(`readFloat${E}`, function(offset) { return readFloat(this, offset, 4, le); });
    define(`readDouble${E}`, function(offset) { return readFloat(this, offset, 8, le); });
  }
  for (const le of [true, false]) {
    const E = le ? 'LE' : 'BE';
    define(`writeFloat${E}`, function(value, offset) { return writeFloat(this, value, offset, 4, le); });
    define(`writeDouble${E}`, function(value, offset) { return writeFloat(this, value, offset, 8, le); });
  }
  for (const name of Object.keys(methods)) {
    proto[name] = methods[name];
  }
}

module.exports = { install };
