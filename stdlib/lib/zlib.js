// The zlib module: one-shot (sync and callback) and streaming deflate,
// zlib, gzip (see zlib.go) and brotli (see brotli.go). Compressed bytes
// are node's, from Kiln's own deflate and, at brotli's default quality,
// from a Go port of Google's brotli. Dictionaries are not supported.

const { Buffer } = require('buffer');

const { defineConstants } = require('internal/shape');

const constants = defineConstants({
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5,
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
  Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0,
  ZLIB_VERNUM: 4880,
  DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7,
  BROTLI_DECODE: 8, BROTLI_ENCODE: 9,
  Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15,
  Z_MIN_CHUNK: 64, Z_MAX_CHUNK: Infinity, Z_DEFAULT_CHUNK: 16384,
  Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8,
  Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1,
  BROTLI_OPERATION_PROCESS: 0, BROTLI_OPERATION_FLUSH: 1, BROTLI_OPERATION_FINISH: 2,
  BROTLI_OPERATION_EMIT_METADATA: 3,
  BROTLI_PARAM_MODE: 0, BROTLI_MODE_GENERIC: 0, BROTLI_MODE_TEXT: 1, BROTLI_MODE_FONT: 2,
  BROTLI_DEFAULT_MODE: 0, BROTLI_PARAM_QUALITY: 1, BROTLI_MIN_QUALITY: 0, BROTLI_MAX_QUALITY: 11,
  BROTLI_DEFAULT_QUALITY: 11, BROTLI_PARAM_LGWIN: 2, BROTLI_MIN_WINDOW_BITS: 10,
  BROTLI_MAX_WINDOW_BITS: 24, BROTLI_LARGE_MAX_WINDOW_BITS: 30, BROTLI_DEFAULT_WINDOW: 22,
  BROTLI_PARAM_LGBLOCK: 3, BROTLI_MIN_INPUT_BLOCK_BITS: 16, BROTLI_MAX_INPUT_BLOCK_BITS: 24,
  BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING: 4, BROTLI_PARAM_SIZE_HINT: 5,
  BROTLI_PARAM_LARGE_WINDOW: 6, BROTLI_PARAM_NPOSTFIX: 7, BROTLI_PARAM_NDIRECT: 8,
  BROTLI_DECODER_RESULT_ERROR: 0, BROTLI_DECODER_RESULT_SUCCESS: 1,
  BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT: 3,
  BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION: 0, BROTLI_DECODER_PARAM_LARGE_WINDOW: 1,
  BROTLI_DECODER_NO_ERROR: 0, BROTLI_DECODER_SUCCESS: 1, BROTLI_DECODER_NEEDS_MORE_INPUT: 2,
  BROTLI_DECODER_NEEDS_MORE_OUTPUT: 3,
  BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE: -1, BROTLI_DECODER_ERROR_FORMAT_RESERVED: -2,
  BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE: -3,
  BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET: -4,
  BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME: -5, BROTLI_DECODER_ERROR_FORMAT_CL_SPACE: -6,
  BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE: -7, BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT: -8,
  BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1: -9, BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2: -10,
  BROTLI_DECODER_ERROR_FORMAT_TRANSFORM: -11, BROTLI_DECODER_ERROR_FORMAT_DICTIONARY: -12,
  BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS: -13, BROTLI_DECODER_ERROR_FORMAT_PADDING_1: -14,
  BROTLI_DECODER_ERROR_FORMAT_PADDING_2: -15, BROTLI_DECODER_ERROR_FORMAT_DISTANCE: -16,
  BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET: -19, BROTLI_DECODER_ERROR_INVALID_ARGUMENTS: -20,
  BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES: -21, BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS: -22,
  BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP: -25, BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1: -26,
  BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2: -27, BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES: -30,
  BROTLI_DECODER_ERROR_UNREACHABLE: -31,
});

const codes = {};
for (const name of ['Z_OK', 'Z_STREAM_END', 'Z_NEED_DICT', 'Z_ERRNO', 'Z_STREAM_ERROR', 'Z_DATA_ERROR',
  'Z_MEM_ERROR', 'Z_BUF_ERROR', 'Z_VERSION_ERROR']) {
  codes[name] = constants[name];
  codes[constants[name]] = name;
}
Object.freeze(codes);

const kMaxOutputLength = 2 ** 32;
const bufferTypes = 'of type string or an instance of Buffer, TypedArray, DataView, or ArrayBuffer';

// ---------------------------------------------------------------------------
// Argument checks

function outOfRange(name, range, value) {
  return binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE',
    `The value of "${name}" is out of range. It must be ${range}. Received ${binding.inspect(value)}`);
}

// checkRange returns options[key] when it is a number within [lower, upper],
// def when it is undefined or NaN, and throws node's errors otherwise.
function checkRange(options, key, lower, upper, def) {
  const value = options[key];
  const name = `options.${key}`;
  if (value === undefined) return def;
  if (typeof value !== 'number') throw binding.invalidArgType(name, 'of type number', value);
  if (Number.isNaN(value)) return def;
  if (!Number.isFinite(value)) throw outOfRange(name, 'a finite number', value);
  if (value < lower || value > upper) {
    throw outOfRange(name, upper === Infinity ? `>= ${lower}` : `>= ${lower} and <= ${upper}`, value);
  }
  return value;
}

function checkCallback(callback) {
  if (typeof callback !== 'function') throw binding.invalidArgType('callback', 'of type function', callback);
}

function toInput(buffer) {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (ArrayBuffer.isView(buffer)) return buffer;
  if (buffer instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && buffer instanceof SharedArrayBuffer)) {
    return new Uint8Array(buffer);
  }
  throw binding.invalidArgType('buffer', bufferTypes, buffer);
}

function asBuffer(u8) {
  return Buffer.from(u8.buffer, u8.byteOffset, u8.length);
}

function tooLarge(max) {
  return binding.nodeError('RangeError', 'ERR_BUFFER_TOO_LARGE', `Cannot create a Buffer larger than ${max} bytes`);
}

// settings validates the options of a mode as node's zlib constructor
// does, in its order, and returns what the binding needs.
function settings(mode, options) {
  if (isBrotli(mode)) return brotliSettings(mode, options);
  if (options === null || typeof options !== 'object') options = {};
  checkRange(options, 'flush', constants.Z_NO_FLUSH, constants.Z_BLOCK, constants.Z_NO_FLUSH);
  const finishFlush = checkRange(options, 'finishFlush', constants.Z_NO_FLUSH, constants.Z_BLOCK,
    constants.Z_FINISH);
  const chunkSize = checkRange(options, 'chunkSize', constants.Z_MIN_CHUNK, Infinity, constants.Z_DEFAULT_CHUNK);
  let minWindow = constants.Z_MIN_WINDOWBITS;
  const inflates = mode === constants.INFLATE || mode === constants.GUNZIP || mode === constants.UNZIP;
  if (inflates && options.windowBits === 0) {
    minWindow = 0;
  } else if (mode === constants.GZIP && options.windowBits === 8) {
    minWindow = 9;
  }
  const windowBits = checkRange(options, 'windowBits', minWindow, constants.Z_MAX_WINDOWBITS,
    constants.Z_DEFAULT_WINDOWBITS);
  const level = checkRange(options, 'level', constants.Z_MIN_LEVEL, constants.Z_MAX_LEVEL, constants.Z_DEFAULT_LEVEL);
  const memLevel = checkRange(options, 'memLevel', constants.Z_MIN_MEMLEVEL, constants.Z_MAX_MEMLEVEL,
    constants.Z_DEFAULT_MEMLEVEL);
  const strategy = checkRange(options, 'strategy', constants.Z_DEFAULT_STRATEGY, constants.Z_FIXED,
    constants.Z_DEFAULT_STRATEGY);
  const maxOutputLength = checkRange(options, 'maxOutputLength', 1, kMaxOutputLength, kMaxOutputLength);
  if (options.dictionary !== undefined) {
    if (!ArrayBuffer.isView(options.dictionary) && !(options.dictionary instanceof ArrayBuffer)) {
      throw binding.invalidArgType('options.dictionary', 'an instance of Buffer, TypedArray, DataView, or ArrayBuffer',
        options.dictionary);
    }
    throw unavailable('zlib dictionaries');
  }
  return {
    mode, level: Math.trunc(level), strategy: Math.trunc(strategy), windowBits: Math.trunc(windowBits),
    finishFlush: Math.trunc(finishFlush), memLevel: Math.trunc(memLevel), chunkSize: Math.trunc(chunkSize),
    maxOutputLength, info: Boolean(options.info),
  };
}

// The largest BROTLI_PARAM_*, which bounds the keys of options.params.
const kMaxBrotliParam = Math.max(...Object.keys(constants).map((key) =>
  (key.startsWith('BROTLI_PARAM_') ? constants[key] : 0)));

// brotliParamsAccepted is whether node's binding takes params for mode: a
// decoder takes only DISABLE_RING_BUFFER_REALLOCATION and LARGE_WINDOW
// (keys 0 and 1), and any other makes its init fail.
function brotliParamsAccepted(mode, params) {
  return mode !== constants.BROTLI_DECODE || params.every((v, key) => key < 2 || v === 0xFFFFFFFF);
}

function isBrotli(mode) {
  return mode === constants.BROTLI_DECODE || mode === constants.BROTLI_ENCODE;
}

// brotliSettings validates a brotli stream's options as node's Brotli
// constructor does, in its order: params go into a Uint32Array with -1
// for unset, as node's binding takes them, so a key given twice (1 and
// '01') or not an index of it ('1.5') is invalid, and values convert as
// the array converts them.
function brotliSettings(mode, options) {
  const params = new Uint32Array(kMaxBrotliParam + 1).fill(-1);
  if (options?.params) {
    for (const origKey of Object.keys(options.params)) {
      const key = +origKey;
      if (Number.isNaN(key) || key < 0 || key > kMaxBrotliParam || (params[key] | 0) !== -1) {
        throw binding.nodeError('RangeError', 'ERR_BROTLI_INVALID_PARAM', `${origKey} is not a valid Brotli parameter`);
      }
      const value = options.params[origKey];
      if (typeof value !== 'number' && typeof value !== 'boolean') {
        throw binding.invalidArgType('options.params[key]', 'of type number', value);
      }
      params[key] = value;
    }
  }
  if (!brotliParamsAccepted(mode, params)) {
    throw binding.nodeError('Error', 'ERR_ZLIB_INITIALIZATION_FAILED', 'Initialization failed');
  }
  if (options === null || typeof options !== 'object') options = {};
  const chunkSize = checkRange(options, 'chunkSize', constants.Z_MIN_CHUNK, Infinity, constants.Z_DEFAULT_CHUNK);
  const flush = checkRange(options, 'flush', constants.BROTLI_OPERATION_PROCESS,
    constants.BROTLI_OPERATION_EMIT_METADATA, constants.BROTLI_OPERATION_PROCESS);
  const finishFlush = checkRange(options, 'finishFlush', constants.BROTLI_OPERATION_PROCESS,
    constants.BROTLI_OPERATION_EMIT_METADATA, constants.BROTLI_OPERATION_FINISH);
  const maxOutputLength = checkRange(options, 'maxOutputLength', 1, kMaxOutputLength, kMaxOutputLength);
  // The Go encoder has no way to write metadata blocks.
  if (mode === constants.BROTLI_ENCODE && (flush === constants.BROTLI_OPERATION_EMIT_METADATA ||
      finishFlush === constants.BROTLI_OPERATION_EMIT_METADATA)) {
    throw unavailable('BROTLI_OPERATION_EMIT_METADATA');
  }
  return {
    mode, params, flush: Math.trunc(flush), finishFlush: Math.trunc(finishFlush), chunkSize: Math.trunc(chunkSize),
    maxOutputLength, info: Boolean(options.info),
  };
}

function unavailable(what) {
  return binding.nodeError('Error', 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
    `The feature ${what} is unavailable on the current platform, which is being used to run Node.js`);
}

// ---------------------------------------------------------------------------
// One-shot forms

function syncForm(mode) {
  return function (buffer, options) {
    const input = toInput(buffer);
    const s = settings(mode, options);
    const out = isBrotli(mode) ? binding.brotliSync(mode, input, s.params, s.finishFlush) :
      binding.zlibSync(mode, input, s.level, s.strategy, s.windowBits, s.finishFlush, s.memLevel, s.chunkSize);
    if (out.length > s.maxOutputLength) throw tooLarge(s.maxOutputLength);
    const result = asBuffer(out);
    if (s.info) return { buffer: result, engine: new (streamClass(mode))(options) };
    return result;
  };
}

function callbackForm(mode) {
  return function (buffer, options, callback) {
    if (typeof options === 'function') {
      callback = options;
      options = {};
    }
    checkCallback(callback);
    if (typeof buffer !== 'string' && !ArrayBuffer.isView(buffer) && !(buffer instanceof ArrayBuffer)) {
      throw binding.invalidArgType('chunk', 'of type string or an instance of Buffer, TypedArray, or DataView',
        buffer);
    }
    const input = toInput(buffer);
    const s = settings(mode, options);
    const done = (err, out) => {
      if (err) return callback(err);
      if (out.length > s.maxOutputLength) return callback(tooLarge(s.maxOutputLength));
      const result = asBuffer(out);
      if (s.info) return callback(null, { buffer: result, engine: new (streamClass(mode))(options) });
      callback(null, result);
    };
    if (isBrotli(mode)) {
      binding.brotliAsync(mode, input, s.params, s.finishFlush, done);
    } else {
      binding.zlibAsync(mode, input, s.level, s.strategy, s.windowBits, s.finishFlush, s.memLevel, s.chunkSize,
        done);
    }
  };
}

// ---------------------------------------------------------------------------
// Streams

let Transform;

// Zlib is node's binding class, the engine under a stream's _handle. Kiln's
// wraps the binding's push(chunk, flush), which takes a whole chunk and
// returns all that came out. Packages drive engines by hand through node's
// API: ssh2 makes its own with new (createInflate()._handle.constructor)(mode)
// and init(), and it and pngjs's inflateSync call writeSync(flush, in, inOff,
// inLen, out, outOff, outLen), which fills the window it is given and leaves
// [output room left, input left] in the writeState init was given; output
// that does not fit waits for the next call. There, a data error goes to
// the handle's onerror(message, errno, code) when it has one, as node's does.
const kFinishFlush = Symbol('kFinishFlush');
const kChunkSize = Symbol('kChunkSize');

// Engine is what the zlib and brotli handles share: a push function and
// writeSync's window on its output.
class Engine {
  #push = null;
  #writeState = null;
  #pending = null;
  #pendingOff = 0;
  #lastFlush = -1;

  // start puts a new push function in place (init and reset).
  start(push, writeState) {
    this.#push = push;
    if (writeState !== undefined) this.#writeState = writeState;
    this.#pending = null;
    this.#pendingOff = 0;
    this.#lastFlush = -1;
  }

  get pushFunction() {
    return this.#push;
  }

  // push(chunk, flush) is Kiln's own step, which the stream classes use.
  push(chunk, flush) {
    if (this.#push === null) throw binding.nodeError('Error', 'ERR_ZLIB_BINDING_CLOSED', 'zlib binding closed');
    return this.#push(chunk, flush);
  }

  writeSync(flush, input, inOff, inLen, out, outOff, outLen) {
    let inLeft = inLen;
    if ((this.#pending === null || this.#pendingOff === this.#pending.length) &&
        (inLen > 0 || flush !== this.#lastFlush)) {
      try {
        this.#pending = this.push(inLen > 0 ? input.subarray(inOff, inOff + inLen) : undefined, flush);
      } catch (err) {
        if (typeof this.onerror !== 'function') throw err;
        this.onerror(err.message, err.errno, err.code);
        return;
      }
      this.#pendingOff = 0;
      this.#lastFlush = flush;
      inLeft = 0;
    }
    let n = 0;
    if (this.#pending !== null) {
      n = Math.min(outLen, this.#pending.length - this.#pendingOff);
      out.set(this.#pending.subarray(this.#pendingOff, this.#pendingOff + n), outOff);
      this.#pendingOff += n;
    }
    this.#writeState[0] = outLen - n;
    this.#writeState[1] = inLeft;
  }

  // The binding frees a push function's engine when it is collected.
  close() {
    this.#push = null;
  }
}

class Zlib extends Engine {
  #mode;
  #init = null;

  constructor(mode) {
    super();
    if (typeof mode !== 'number' || mode < constants.DEFLATE || mode > constants.UNZIP) {
      throw binding.invalidArgType('mode', 'a valid zlib mode', mode);
    }
    this.#mode = mode;
    this[kFinishFlush] = constants.Z_FINISH;
    // node's handle writes its output in chunkSize pieces, which sets the
    // size of a level 0 compressor's stored blocks.
    this[kChunkSize] = constants.Z_DEFAULT_CHUNK;
  }

  init(windowBits, level, memLevel, strategy, writeState, processCallback, dictionary) {
    if (dictionary !== undefined) throw unavailable('zlib dictionaries');
    this.#init = [level, strategy, windowBits, memLevel];
    this.start(null, writeState);
    this.reset();
  }

  reset() {
    const [level, strategy, windowBits, memLevel] = this.#init;
    this.start(binding.zlibStream(this.#mode, level, strategy, windowBits, this[kFinishFlush], memLevel,
      this[kChunkSize]));
  }

  // params(level, strategy) changes a compressor's, after the stream has
  // flushed (ZlibBase.params), as node's does.
  params(level, strategy) {
    const push = this.pushFunction;
    if (push !== null && typeof push.params === 'function') push.params(level, strategy);
    if (this.#init !== null) {
      this.#init[0] = level;
      this.#init[1] = strategy;
    }
  }
}

// BrotliHandle is node's BrotliEncoder and BrotliDecoder: init(params,
// writeState, processCallback) takes the Uint32Array of BROTLI_PARAM_*
// values (-1 where unset) and returns whether they were accepted.
class BrotliHandle extends Engine {
  #mode;
  #params = null;

  constructor(mode) {
    super();
    if (mode !== constants.BROTLI_DECODE && mode !== constants.BROTLI_ENCODE) {
      throw binding.invalidArgType('mode', 'a valid brotli mode', mode);
    }
    this.#mode = mode;
  }

  init(params, writeState) {
    if (!brotliParamsAccepted(this.#mode, params)) return false;
    this.#params = Uint32Array.from(params);
    this.start(null, writeState);
    this.reset();
    return true;
  }

  reset() {
    this.start(binding.brotliStream(this.#mode, this.#params));
  }

  params() {}
}

// newHandle makes a stream's engine from its settings.
function newHandle(s, writeState) {
  if (isBrotli(s.mode)) {
    const handle = new BrotliHandle(s.mode);
    handle.init(s.params, writeState);
    return handle;
  }
  const handle = new Zlib(s.mode);
  handle[kFinishFlush] = s.finishFlush;
  handle[kChunkSize] = s.chunkSize;
  handle.init(s.windowBits, s.level, s.memLevel, s.strategy, writeState, undefined, undefined);
  return handle;
}

// flushRank orders flushes by how much they flush, as node's maxFlush does.
const flushRank = [0, 2, 3, 4, 5, 1]; // by flush value: NO, PARTIAL, SYNC, FULL, FINISH, BLOCK

function maxFlush(a, b) {
  return flushRank[a] > flushRank[b] ? a : b;
}

// ZlibBase is what the seven stream classes share: a Transform whose
// chunks go through a push function made by the binding. They are functions
// rather than classes because packages subclass them old-style
// (zlib.Inflate.call(this, opts) under util.inherits, as pngjs does).
function defineStreamClasses() {
  ({ Transform } = require('stream'));

  function ZlibBase(mode, options) {
    const s = settings(mode, options);
    Transform.call(this, { ...(options !== null && typeof options === 'object' ? options : {}), readableHighWaterMark: s.chunkSize });
    this.bytesWritten = 0;
    this._mode = mode;
    this._level = s.level;
    this._strategy = s.strategy;
    this._windowBits = s.windowBits;
    // A brotli decoder's end is its finishFlush, whose FINISH fails on a
    // truncated stream, as node's does; see _flush.
    this._decompresses = mode === constants.INFLATE || mode === constants.GUNZIP ||
      mode === constants.INFLATERAW || mode === constants.UNZIP;
    this._finishFlushFlag = s.finishFlush;
    this._defaultFlushFlag = isBrotli(mode) ? s.flush : options?.flush ?? constants.Z_NO_FLUSH;
    this._defaultFullFlushFlag = isBrotli(mode) ? constants.BROTLI_OPERATION_FLUSH : constants.Z_FULL_FLUSH;
    this._chunkSize = s.chunkSize;
    this._maxOutputLength = s.maxOutputLength;
    // node's output window, which code driving _handle.writeSync fills.
    this._outBuffer = Buffer.allocUnsafe(s.chunkSize);
    this._outOffset = 0;
    this._writeState = new Uint32Array(2);
    this._settings = s;
    this._handle = newHandle(s, this._writeState);
  }
  Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
  Object.setPrototypeOf(ZlibBase, Transform);

  Object.defineProperty(ZlibBase.prototype, '_closed', {
    __proto__: null, configurable: true,
    get() { return this._handle === null; },
  });

  ZlibBase.prototype._run = function _run(chunk, flush) {
    if (this._handle === null) return null;
    let out;
    try {
      out = this._handle.push(chunk, flush);
    } catch (err) {
      this._handle = null;
      return err;
    }
    if (chunk !== undefined) this.bytesWritten += chunk.byteLength;
    if (out.length > 0) this.push(asBuffer(out));
    return null;
  };

  ZlibBase.prototype._transform = function _transform(chunk, encoding, callback) {
    if (typeof chunk === 'string') chunk = Buffer.from(chunk, encoding);
    let flush = this._defaultFlushFlag;
    // As node, the last chunk of an ended stream already carries the
    // finishing flush (a compressor then writes no empty flush block).
    if (this.writableEnded && this.writableLength === chunk.byteLength) {
      flush = maxFlush(flush, this._finishFlushFlag);
    }
    callback(this._run(chunk, flush));
  };

  // _processChunk is node's internal step under both paths, which
  // packages call directly (minizlib, and so tar and npm, feed a stream's
  // engine through it synchronously). With a callback the output goes to
  // the readable side, as for a write; without one it is returned, and the
  // engine is closed after, as node's processChunkSync does (the callers
  // that go on put _handle back themselves).
  ZlibBase.prototype._processChunk = function _processChunk(chunk, flushFlag, cb) {
    if (typeof cb === 'function') {
      cb(this._run(chunk, flushFlag));
      return undefined;
    }
    const handle = this._handle;
    if (handle === null) throw binding.nodeError('Error', 'ERR_ZLIB_BINDING_CLOSED', 'zlib binding closed');
    let out;
    try {
      out = handle.push(chunk, flushFlag);
    } finally {
      handle.close();
      this._handle = null;
    }
    this.bytesWritten += chunk.byteLength;
    return asBuffer(out);
  };

  // A decompressor's end of input is always final; its finishFlush only
  // decides whether a truncated stream is an error, which the binding knows.
  ZlibBase.prototype._flush = function _flush(callback) {
    callback(this._run(undefined, this._decompresses ? constants.Z_FINISH : this._finishFlushFlag));
  };

  ZlibBase.prototype.flush = function flush(kind, callback) {
    if (typeof kind === 'function' || kind === undefined) {
      callback = kind;
      kind = this._defaultFullFlushFlag;
    }
    if (this.writableFinished) {
      if (callback) process.nextTick(callback);
      return;
    }
    this.write(Buffer.alloc(0), () => {
      const err = this._run(undefined, kind);
      if (err) this.destroy(err);
      if (callback) callback();
    });
  };

  ZlibBase.prototype.params = function params(level, strategy, callback) {
    checkRange({ level }, 'level', constants.Z_MIN_LEVEL, constants.Z_MAX_LEVEL, 0);
    checkRange({ strategy }, 'strategy', constants.Z_DEFAULT_STRATEGY, constants.Z_FIXED, 0);
    if (this._level === level && this._strategy === strategy) {
      if (callback) process.nextTick(callback);
      return;
    }
    this.flush(constants.Z_SYNC_FLUSH, () => {
      if (this._handle === null) return;
      if (typeof this._handle.params === 'function') this._handle.params(level, strategy);
      if (!this.destroyed) {
        this._level = level;
        this._strategy = strategy;
        if (callback) callback();
      }
    });
  };

  ZlibBase.prototype.reset = function reset() {
    this._handle = newHandle(this._settings, this._writeState);
  };

  ZlibBase.prototype.close = function close(callback) {
    if (callback) this.once('close', callback);
    this.destroy();
  };

  ZlibBase.prototype._destroy = function _destroy(err, callback) {
    this._handle = null;
    callback(err);
  };

  const names = { [constants.DEFLATE]: 'Deflate', [constants.INFLATE]: 'Inflate', [constants.GZIP]: 'Gzip',
    [constants.GUNZIP]: 'Gunzip', [constants.DEFLATERAW]: 'DeflateRaw', [constants.INFLATERAW]: 'InflateRaw',
    [constants.UNZIP]: 'Unzip' };
  for (const mode of Object.keys(names)) {
    const m = Number(mode);
    // A function, not a class, because node lets them be called without new.
    const ctor = function (options) {
      if (!(this instanceof ctor)) return new ctor(options);
      ZlibBase.call(this, m, options);
    };
    Object.defineProperty(ctor, 'name', { value: names[mode] });
    Object.setPrototypeOf(ctor.prototype, ZlibBase.prototype);
    Object.setPrototypeOf(ctor, ZlibBase);
    classes[m] = ctor;
  }

  // Brotli sits between ZlibBase and the two brotli classes, as in node.
  function Brotli(options, mode) {
    ZlibBase.call(this, mode, options);
  }
  Object.setPrototypeOf(Brotli.prototype, ZlibBase.prototype);
  Object.setPrototypeOf(Brotli, ZlibBase);
  for (const [mode, name] of [[constants.BROTLI_ENCODE, 'BrotliCompress'], [constants.BROTLI_DECODE, 'BrotliDecompress']]) {
    const ctor = function (options) {
      if (!(this instanceof ctor)) return new ctor(options);
      Brotli.call(this, options, mode);
    };
    Object.defineProperty(ctor, 'name', { value: name });
    Object.setPrototypeOf(ctor.prototype, Brotli.prototype);
    Object.setPrototypeOf(ctor, Brotli);
    classes[mode] = ctor;
  }
}

const classes = {};

function streamClass(mode) {
  if (classes[mode] === undefined) defineStreamClasses();
  return classes[mode];
}

// ---------------------------------------------------------------------------
// crc32

function crc32(data, value = 0) {
  if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
    throw binding.invalidArgType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
  }
  if (typeof value !== 'number') throw binding.invalidArgType('value', 'of type number', value);
  if (!Number.isInteger(value) || value < 0 || value > 4294967295) {
    throw outOfRange('value', '>= 0 && <= 4294967295', value);
  }
  return binding.crc32(data, value);
}

// ---------------------------------------------------------------------------
// Exports

const modes = [
  ['Deflate', 'deflate', constants.DEFLATE], ['Inflate', 'inflate', constants.INFLATE],
  ['Gzip', 'gzip', constants.GZIP], ['Gunzip', 'gunzip', constants.GUNZIP],
  ['DeflateRaw', 'deflateRaw', constants.DEFLATERAW], ['InflateRaw', 'inflateRaw', constants.INFLATERAW],
  ['Unzip', 'unzip', constants.UNZIP],
  ['BrotliCompress', 'brotliCompress', constants.BROTLI_ENCODE],
  ['BrotliDecompress', 'brotliDecompress', constants.BROTLI_DECODE],
];

const byName = Object.fromEntries(modes.map(([cls, fn, mode]) => [fn, [cls, mode]]));
const zlib = { crc32 };
for (const [cls, fn, mode] of modes) {
  Object.defineProperty(zlib, cls, {
    enumerable: true, configurable: true,
    get() { return streamClass(mode); },
  });
}
for (const fn of ['deflate', 'gzip', 'deflateRaw', 'unzip', 'inflate', 'gunzip', 'inflateRaw']) {
  zlib[fn] = callbackForm(byName[fn][1]);
  zlib[`${fn}Sync`] = syncForm(byName[fn][1]);
}
for (const fn of ['brotliCompress', 'brotliDecompress']) {
  zlib[fn] = callbackForm(byName[fn][1]);
  zlib[`${fn}Sync`] = syncForm(byName[fn][1]);
}
for (const fn of ['deflate', 'inflate', 'deflateRaw', 'inflateRaw', 'gzip', 'gunzip', 'unzip', 'brotliCompress',
  'brotliDecompress']) {
  const [cls, mode] = byName[fn];
  zlib[`create${cls}`] = { [`create${cls}`](options) { return new (streamClass(mode))(options); } }[`create${cls}`];
}
Object.defineProperty(zlib, 'constants', { value: constants, enumerable: true });
Object.defineProperty(zlib, 'codes', { value: codes, enumerable: true });
for (const key of Object.keys(constants)) {
  if (key.startsWith('BROTLI_')) continue;
  Object.defineProperty(zlib, key, { value: constants[key], enumerable: false });
}

module.exports = zlib;
