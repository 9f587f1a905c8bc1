// What every stream file shares: Node's stream error codes, the
// highWaterMark rules, and the duck-typed predicates that let finished()
// and pipeline() accept anything stream-shaped (old-style emitters with a
// pipe or write method included), as Node's do.

const kIsDestroyed = Symbol('kIsDestroyed');
const kIsReadable = Symbol('kIsReadable');
const kConstruct = Symbol('kConstruct');
const kDestroy = Symbol('kDestroy');
const kOnFinished = Symbol('kOnFinished');
const kPaused = Symbol('kPaused');

const errors = {
  pushAfterEOF: () => binding.nodeError('Error', 'ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF'),
  unshiftAfterEnd: () => binding.nodeError('Error', 'ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event'),
  writeAfterEnd: () => binding.nodeError('Error', 'ERR_STREAM_WRITE_AFTER_END', 'write after end'),
  destroyed: (name) => binding.nodeError('Error', 'ERR_STREAM_DESTROYED', `Cannot call ${name} after a stream was destroyed`),
  alreadyFinished: (name) => binding.nodeError('Error', 'ERR_STREAM_ALREADY_FINISHED',
    `Cannot call ${name} after a stream was finished`),
  nullValues: () => binding.nodeError('TypeError', 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream'),
  multipleCallback: () => binding.nodeError('Error', 'ERR_MULTIPLE_CALLBACK', 'Callback called multiple times'),
  prematureClose: () => binding.nodeError('Error', 'ERR_STREAM_PREMATURE_CLOSE', 'Premature close'),
  notImplemented: (name) => binding.nodeError('Error', 'ERR_METHOD_NOT_IMPLEMENTED', `The ${name} method is not implemented`),
  unknownEncoding: (enc) => binding.nodeError('TypeError', 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${enc}`),
  missingArgs: (name) => binding.nodeError('TypeError', 'ERR_MISSING_ARGS', `The "${name}" argument must be specified`),
  invalidReturnValue: (input, name, value) => binding.nodeError('TypeError', 'ERR_INVALID_RETURN_VALUE',
    `Expected ${input} to be returned from the "${name}" function but got ${returnedType(value)}.`),
  invalidArgType: (name, expected, value) => binding.invalidArgType(name, expected, value),
  invalidArgValue: (name, value) => binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
    `The ${name.includes('.') ? 'property' : 'argument'} '${name}' is invalid. Received ${binding.inspect(value)}`),
  outOfRange: (name, range, value) => binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE',
    `The value of "${name}" is out of range. It must be ${range}. Received ${binding.inspect(value)}`),
  cannotPipe: () => binding.nodeError('Error', 'ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable'),
  abort: (signal) => {
    const { AbortError } = require('internal/abort_controller');
    return signal === undefined ? new AbortError() : new AbortError(undefined, { cause: signal.reason });
  },
};

function returnedType(value) {
  if (value === null) return 'null';
  if (value !== undefined && typeof value === 'object' && value.constructor?.name) {
    return `instance of ${value.constructor.name}`;
  }
  return `type ${typeof value}`;
}

const chunkTypes = 'of type string or an instance of Buffer, TypedArray, or DataView';

function validateFunction(value, name) {
  if (typeof value !== 'function') throw binding.invalidArgType(name, 'of type function', value);
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object') throw binding.invalidArgType(name, 'of type object', value);
}

// The default highWaterMark: bytes for byte streams, objects in object mode.
let defaultHighWaterMarkBytes = 16 * 1024;
let defaultHighWaterMarkObjects = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultHighWaterMarkObjects : defaultHighWaterMarkBytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  if (!Number.isInteger(value)) throw binding.invalidArgType('value', 'of type number', value);
  if (value < 0) throw errors.outOfRange('value', '>= 0 && <= 9007199254740991', value);
  if (objectMode) defaultHighWaterMarkObjects = value;
  else defaultHighWaterMarkBytes = value;
}

// A Duplex takes readableHighWaterMark / writableHighWaterMark when no
// plain highWaterMark is given.
function getHighWaterMark(state, options, duplexKey, isDuplex) {
  const hwm = options.highWaterMark != null ? options.highWaterMark : isDuplex ? options[duplexKey] : null;
  if (hwm != null) {
    if (!Number.isInteger(hwm) || hwm < 0) {
      throw errors.invalidArgValue(isDuplex ? `options.${duplexKey}` : 'options.highWaterMark', hwm);
    }
    return Math.floor(hwm);
  }
  return getDefaultHighWaterMark(state.objectMode);
}

function isReadableNodeStream(obj, strict = false) {
  return !!(obj && typeof obj.pipe === 'function' && typeof obj.on === 'function' &&
    (!strict || (typeof obj.pause === 'function' && typeof obj.resume === 'function')) &&
    (!obj._writableState || obj._readableState?.readable !== false) &&
    (!obj._writableState || obj._readableState));
}

function isWritableNodeStream(obj) {
  return !!(obj && typeof obj.write === 'function' && typeof obj.on === 'function' &&
    (!obj._readableState || obj._writableState?.writable !== false));
}

function isDuplexNodeStream(obj) {
  return !!(obj && typeof obj.pipe === 'function' && obj._readableState &&
    typeof obj.on === 'function' && typeof obj.write === 'function');
}

function isNodeStream(obj) {
  return !!(obj && (obj._readableState || obj._writableState ||
    (typeof obj.write === 'function' && typeof obj.on === 'function') ||
    (typeof obj.pipe === 'function' && typeof obj.on === 'function')));
}

// isReadableStream and isWritableStream recognise web streams as node's
// stream utilities do: by their methods, and not being node streams.
function isReadableStream(obj) {
  return !!(obj && !isNodeStream(obj) && typeof obj.pipeThrough === 'function' &&
    typeof obj.getReader === 'function' && typeof obj.cancel === 'function');
}

function isWritableStream(obj) {
  return !!(obj && !isNodeStream(obj) && typeof obj.getWriter === 'function' && typeof obj.abort === 'function');
}

function isTransformStream(obj) {
  return !!(obj && !isNodeStream(obj) && typeof obj.readable === 'object' && typeof obj.writable === 'object');
}

function isWebStream(obj) {
  return isReadableStream(obj) || isWritableStream(obj) || isTransformStream(obj);
}

function isIterable(obj, isAsync) {
  if (obj == null) return false;
  if (isAsync === true) return typeof obj[Symbol.asyncIterator] === 'function';
  if (isAsync === false) return typeof obj[Symbol.iterator] === 'function';
  return typeof obj[Symbol.asyncIterator] === 'function' || typeof obj[Symbol.iterator] === 'function';
}

function isDestroyed(stream) {
  if (!isNodeStream(stream)) return null;
  const state = stream._writableState || stream._readableState;
  return !!(stream.destroyed || stream[kIsDestroyed] || state?.destroyed);
}

function isWritableEnded(stream) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableEnded === true) return true;
  const w = stream._writableState;
  if (w?.errored) return false;
  if (typeof w?.ended !== 'boolean') return null;
  return w.ended;
}

function isWritableFinished(stream, strict) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableFinished === true) return true;
  const w = stream._writableState;
  if (w?.errored) return false;
  if (typeof w?.finished !== 'boolean') return null;
  return !!(w.finished || (strict === false && w.ended === true && w.length === 0));
}

function isReadableFinished(stream, strict) {
  if (!isReadableNodeStream(stream)) return null;
  const r = stream._readableState;
  if (r?.errored) return false;
  if (typeof r?.endEmitted !== 'boolean') return null;
  return !!(r.endEmitted || (strict === false && r.ended === true && r.length === 0));
}

function isReadable(stream) {
  if (stream && stream[kIsReadable] != null) return stream[kIsReadable];
  if (typeof stream?.readable !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isReadableNodeStream(stream) && stream.readable && !isReadableFinished(stream);
}

function isWritable(stream) {
  if (typeof stream?.writable !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isWritableNodeStream(stream) && stream.writable && !isWritableEnded(stream);
}

function isFinished(stream, opts) {
  if (!isNodeStream(stream)) return null;
  if (isDestroyed(stream)) return true;
  if (opts?.readable !== false && isReadable(stream)) return false;
  if (opts?.writable !== false && isWritable(stream)) return false;
  return true;
}

function isWritableErrored(stream) {
  if (!isNodeStream(stream)) return null;
  if (stream.writableErrored) return stream.writableErrored;
  return stream._writableState?.errored ?? null;
}

function isReadableErrored(stream) {
  if (!isNodeStream(stream)) return null;
  if (stream.readableErrored) return stream.readableErrored;
  return stream._readableState?.errored ?? null;
}

function isClosed(stream) {
  if (!isNodeStream(stream)) return null;
  if (typeof stream.closed === 'boolean') return stream.closed;
  const w = stream._writableState;
  const r = stream._readableState;
  if (typeof w?.closed === 'boolean' || typeof r?.closed === 'boolean') return w?.closed || r?.closed;
  return null;
}

function willEmitClose(stream) {
  if (!isNodeStream(stream)) return null;
  const state = stream._writableState || stream._readableState;
  return !!(state && state.autoDestroy && state.emitClose && state.closed === false);
}

function isDisturbed(stream) {
  return !!(stream && (stream.readableDidRead || stream.readableAborted));
}

function isErrored(stream) {
  // The first of these that is known decides: a stream destroyed with an
  // error counts as errored once 'error' is emitted.
  return !!(stream && (stream.readableErrored ?? stream.writableErrored ??
    stream._readableState?.errorEmitted ?? stream._writableState?.errorEmitted ??
    stream._readableState?.errored ?? stream._writableState?.errored));
}

// Two errors from one operation: the second is kept as a suppressed
// cause of the first unless it is the same error.
function aggregateTwoErrors(inner, outer) {
  if (inner && outer && inner !== outer) {
    if (Array.isArray(outer.errors)) {
      outer.errors.push(inner);
      return outer;
    }
    const err = new AggregateError([outer, inner], outer.message);
    err.code = outer.code;
    return err;
  }
  return inner || outer;
}

function once(fn) {
  let called = false;
  return function(...args) {
    if (called) return;
    called = true;
    return Reflect.apply(fn, this, args);
  };
}

function nop() {}

module.exports = {
  kIsDestroyed, kIsReadable, kConstruct, kDestroy, kOnFinished, kPaused,
  errors, chunkTypes, validateFunction, validateObject,
  getDefaultHighWaterMark, setDefaultHighWaterMark, getHighWaterMark,
  isReadableNodeStream, isWritableNodeStream, isDuplexNodeStream, isNodeStream, isIterable,
  isReadableStream, isWritableStream, isTransformStream, isWebStream,
  isDestroyed, isWritableEnded, isWritableFinished, isReadableFinished, isReadable, isWritable, isFinished,
  isWritableErrored, isReadableErrored, isClosed, willEmitClose, isDisturbed, isErrored,
  aggregateTwoErrors, once, nop,
};
