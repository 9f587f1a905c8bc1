// ReadableStream and its readers and controllers, after the WHATWG Streams
// Standard §4 (https://streams.spec.whatwg.org/#rs). Function names follow
// the spec's abstract operations so that each can be reviewed against it;
// records (see util.js) hold the internal slots.

const {
  slots, slotOf, thisSlot, invalidThis, invalidState, illegalConstructor, invalidValue, isObject, validateObject,
  validateFunction, noop, deferred, markHandled, resolveDeferred, rejectDeferred, rejectedDeferred, resolvedDeferred,
  promiseCall, dequeueValue, enqueueValueWithSize, resetQueue, extractHighWaterMark, extractSizeAlgorithm,
  kInspect, inspectFields, defineToStringTag, enumerableMembers, transferArrayBuffer, isDetached,
} = require('internal/webstreams/util');

const kPrivate = Symbol('kPrivate');
const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

// Hooks set by writable.js so that pipeTo can reach the writable side
// without the two files requiring each other at load time.
const writableHooks = {};

class ReadableStream {
  constructor(source = undefined, strategy = {}) {
    validateObject(source, 'source');
    if (strategy === null) strategy = {};
    validateObject(strategy, 'strategy');
    const stream = initializeReadableStream(this);
    const src = source === undefined ? {} : source;
    const type = src.type;
    if (type !== undefined && `${type}` !== 'bytes') throw invalidValue('source.type', type);
    if (type !== undefined) {
      if (strategy.size !== undefined) throw invalidValue('strategy.size', strategy.size, 'RangeError');
      const hwm = extractHighWaterMark(strategy, 0);
      setUpReadableByteStreamControllerFromSource(stream, src, hwm);
    } else {
      const size = extractSizeAlgorithm(strategy);
      const hwm = extractHighWaterMark(strategy, 1);
      setUpReadableStreamDefaultControllerFromSource(stream, src, hwm, size);
    }
  }

  get locked() {
    return thisSlot(this, 'rs', 'ReadableStream').reader !== undefined;
  }

  cancel(reason = undefined) {
    const stream = slotOf(this, 'rs');
    if (stream === undefined) return Promise.reject(invalidThis('ReadableStream'));
    if (stream.reader !== undefined) return Promise.reject(invalidState('ReadableStream is locked'));
    return readableStreamCancel(stream, reason);
  }

  getReader(options = {}) {
    const stream = thisSlot(this, 'rs', 'ReadableStream');
    validateObject(options, 'options', true);
    const mode = options === null ? undefined : options.mode;
    if (mode === undefined) return newDefaultReader(stream);
    if (`${mode}` !== 'byob') throw invalidValue('options.mode', mode);
    if (stream.controller.kind !== 'rbc') {
      throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
        `The argument 'stream' must be a byte stream. Received ${binding.inspect(this)}`);
    }
    return newBYOBReader(stream);
  }

  pipeThrough(transform, options = {}) {
    const stream = thisSlot(this, 'rs', 'ReadableStream');
    validateObject(transform, 'transform');
    const readable = transform.readable;
    if (slotOf(readable, 'rs') === undefined) {
      throw binding.invalidArgType('transform.readable', 'an instance of ReadableStream', readable);
    }
    const writable = transform.writable;
    const ws = writableHooks.slotOfWritable(writable);
    if (ws === undefined) throw binding.invalidArgType('transform.writable', 'an instance of WritableStream', writable);
    const opts = pipeOptions(options);
    if (stream.reader !== undefined) throw invalidState('The ReadableStream is locked');
    if (ws.writer !== undefined) throw invalidState('The WritableStream is locked');
    markHandled(readableStreamPipeTo(stream, ws, opts));
    return readable;
  }

  pipeTo(destination, options = {}) {
    try {
      const stream = thisSlot(this, 'rs', 'ReadableStream');
      const ws = writableHooks.slotOfWritable(destination);
      if (ws === undefined) {
        throw binding.invalidArgType('transform.writable', 'an instance of WritableStream', destination);
      }
      const opts = pipeOptions(options);
      if (stream.reader !== undefined) return Promise.reject(invalidState('The ReadableStream is locked'));
      if (ws.writer !== undefined) return Promise.reject(invalidState('The WritableStream is locked'));
      return readableStreamPipeTo(stream, ws, opts);
    } catch (err) {
      return Promise.reject(err);
    }
  }

  tee() {
    const stream = thisSlot(this, 'rs', 'ReadableStream');
    return readableStreamTee(stream).map((s) => s.obj);
  }

  values(options = {}) {
    const stream = thisSlot(this, 'rs', 'ReadableStream');
    validateObject(options, 'options', true);
    const preventCancel = options !== null && Boolean(options.preventCancel);
    return newAsyncIterator(stream, preventCancel);
  }

  static from(iterable) {
    return readableStreamFromIterable(iterable).obj;
  }

  [kInspect](depth, options, inspect) {
    const stream = thisSlot(this, 'rs', 'ReadableStream');
    return inspectFields('ReadableStream', {
      locked: stream.reader !== undefined,
      state: stream.state,
      supportsBYOB: stream.controller.kind === 'rbc',
    }, depth, options, inspect);
  }
}

Object.defineProperty(ReadableStream.prototype, Symbol.asyncIterator, {
  __proto__: null, value: ReadableStream.prototype.values, writable: true, configurable: true,
});
enumerableMembers(ReadableStream, ['locked', 'cancel', 'getReader', 'pipeThrough', 'pipeTo', 'tee', 'values']);
defineToStringTag(ReadableStream, 'ReadableStream');

function pipeOptions(options) {
  validateObject(options, 'options', true);
  if (options === null) options = {};
  const signal = options.signal;
  if (signal !== undefined && (!isObject(signal) || !('aborted' in signal))) {
    throw binding.invalidArgType('options.signal', 'an instance of AbortSignal', signal);
  }
  return {
    preventClose: Boolean(options.preventClose),
    preventAbort: Boolean(options.preventAbort),
    preventCancel: Boolean(options.preventCancel),
    signal,
  };
}

// §4.9.1 InitializeReadableStream, with the public object made first
// when a subclass or the constructor itself is running.
function initializeReadableStream(obj) {
  if (obj === undefined) obj = Object.create(ReadableStream.prototype);
  const stream = {
    kind: 'rs', obj, state: 'readable', reader: undefined, storedError: undefined, disturbed: false,
    controller: undefined,
  };
  slots.set(obj, stream);
  return stream;
}

function createReadableStream(start, pull, cancel, hwm = 1, size = () => 1) {
  const stream = initializeReadableStream();
  const c = newDefaultControllerRecord();
  setUpReadableStreamDefaultController(stream, c, start, pull, cancel, hwm, size);
  return stream;
}

function createReadableByteStream(start, pull, cancel) {
  const stream = initializeReadableStream();
  const c = newByteControllerRecord();
  setUpReadableByteStreamController(stream, c, start, pull, cancel, 0, undefined);
  return stream;
}

// ---------------------------------------------------------------------------
// Readers

class ReadableStreamDefaultReader {
  constructor(stream) {
    const s = slotOf(stream, 'rs');
    if (s === undefined) throw binding.invalidArgType('stream', 'an instance of ReadableStream', stream);
    setUpDefaultReader(this, s);
  }

  get closed() {
    const r = slotOf(this, 'rsdr');
    if (r === undefined) return Promise.reject(invalidThis('ReadableStreamDefaultReader'));
    return r.closed.promise;
  }

  read() {
    const r = slotOf(this, 'rsdr');
    if (r === undefined) return Promise.reject(invalidThis('ReadableStreamDefaultReader'));
    if (r.stream === undefined) return Promise.reject(invalidState('The reader is not attached to a stream'));
    const d = deferred();
    readableStreamDefaultReaderRead(r, {
      chunk: (value) => d.resolve({ value, done: false }),
      close: () => d.resolve({ value: undefined, done: true }),
      error: (e) => d.reject(e),
    });
    return d.promise;
  }

  releaseLock() {
    const r = thisSlot(this, 'rsdr', 'ReadableStreamDefaultReader');
    if (r.stream === undefined) return;
    readableStreamDefaultReaderRelease(r);
  }

  cancel(reason = undefined) {
    const r = slotOf(this, 'rsdr');
    if (r === undefined) return Promise.reject(invalidThis('ReadableStreamDefaultReader'));
    if (r.stream === undefined) return Promise.reject(invalidState('The reader is not attached to a stream'));
    return readableStreamCancel(r.stream, reason);
  }

  [kInspect](depth, options, inspect) {
    const r = thisSlot(this, 'rsdr', 'ReadableStreamDefaultReader');
    return inspectFields('ReadableStreamDefaultReader', {
      stream: r.stream && r.stream.obj, readRequests: r.readRequests.length, close: r.closed.promise,
    }, depth, options, inspect);
  }
}

enumerableMembers(ReadableStreamDefaultReader, ['closed', 'read', 'releaseLock', 'cancel']);
defineToStringTag(ReadableStreamDefaultReader, 'ReadableStreamDefaultReader');

function newDefaultReader(stream) {
  const obj = Object.create(ReadableStreamDefaultReader.prototype);
  setUpDefaultReader(obj, stream);
  return obj;
}

function setUpDefaultReader(obj, stream) {
  if (stream.reader !== undefined) throw invalidState('ReadableStream is locked');
  const r = { kind: 'rsdr', obj, stream: undefined, closed: undefined, readRequests: [] };
  slots.set(obj, r);
  readableStreamReaderGenericInitialize(r, stream);
  return r;
}

class ReadableStreamBYOBReader {
  constructor(stream) {
    const s = slotOf(stream, 'rs');
    if (s === undefined) throw binding.invalidArgType('stream', 'an instance of ReadableStream', stream);
    if (s.controller.kind !== 'rbc') {
      throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
        `The argument 'stream' must be a byte stream. Received ${binding.inspect(stream)}`);
    }
    setUpBYOBReader(this, s);
  }

  get closed() {
    const r = slotOf(this, 'byobr');
    if (r === undefined) return Promise.reject(invalidThis('ReadableStreamBYOBReader'));
    return r.closed.promise;
  }

  read(view, options = {}) {
    const r = slotOf(this, 'byobr');
    if (r === undefined) return Promise.reject(invalidThis('ReadableStreamBYOBReader'));
    if (!ArrayBuffer.isView(view)) {
      return Promise.reject(binding.invalidArgType('view', 'an instance of Buffer, TypedArray, or DataView', view));
    }
    if (view.byteLength === 0 || view.buffer.byteLength === 0) {
      return Promise.reject(invalidState('View or Viewed ArrayBuffer is zero-length or detached'));
    }
    if (r.stream === undefined) return Promise.reject(invalidState('The reader is not attached to a stream'));
    const d = deferred();
    readableStreamBYOBReaderRead(r, view, {
      chunk: (value) => d.resolve({ value, done: false }),
      close: (value) => d.resolve({ value, done: true }),
      error: (e) => d.reject(e),
    });
    return d.promise;
  }

  releaseLock() {
    const r = thisSlot(this, 'byobr', 'ReadableStreamBYOBReader');
    if (r.stream === undefined) return;
    readableStreamBYOBReaderRelease(r);
  }

  cancel(reason = undefined) {
    const r = slotOf(this, 'byobr');
    if (r === undefined) return Promise.reject(invalidThis('ReadableStreamBYOBReader'));
    if (r.stream === undefined) return Promise.reject(invalidState('The reader is not attached to a stream'));
    return readableStreamCancel(r.stream, reason);
  }

  [kInspect](depth, options, inspect) {
    const r = thisSlot(this, 'byobr', 'ReadableStreamBYOBReader');
    return inspectFields('ReadableStreamBYOBReader', {
      stream: r.stream && r.stream.obj, requestIntoRequests: r.readIntoRequests.length, close: r.closed.promise,
    }, depth, options, inspect);
  }
}

enumerableMembers(ReadableStreamBYOBReader, ['closed', 'read', 'releaseLock', 'cancel']);
defineToStringTag(ReadableStreamBYOBReader, 'ReadableStreamBYOBReader');

function newBYOBReader(stream) {
  const obj = Object.create(ReadableStreamBYOBReader.prototype);
  setUpBYOBReader(obj, stream);
  return obj;
}

function setUpBYOBReader(obj, stream) {
  if (stream.reader !== undefined) throw invalidState('ReadableStream is locked');
  const r = { kind: 'byobr', obj, stream: undefined, closed: undefined, readIntoRequests: [] };
  slots.set(obj, r);
  readableStreamReaderGenericInitialize(r, stream);
  return r;
}

// §4.3.4 generic reader algorithms.
function readableStreamReaderGenericInitialize(r, stream) {
  r.stream = stream;
  stream.reader = r;
  if (stream.state === 'readable') {
    r.closed = deferred();
  } else if (stream.state === 'closed') {
    r.closed = resolvedDeferred(undefined);
  } else {
    r.closed = rejectedDeferred(stream.storedError);
  }
}

function readableStreamReaderGenericRelease(r) {
  const stream = r.stream;
  const err = invalidState('Reader released');
  if (stream.state === 'readable') {
    rejectDeferred(r.closed, err);
  } else {
    r.closed = rejectedDeferred(err);
  }
  markHandled(r.closed.promise);
  stream.controller.releaseSteps();
  stream.reader = undefined;
  r.stream = undefined;
}

function readableStreamDefaultReaderRelease(r) {
  readableStreamReaderGenericRelease(r);
  const e = invalidState('Releasing reader');
  const requests = r.readRequests;
  r.readRequests = [];
  for (const req of requests) req.error(e);
}

function readableStreamBYOBReaderRelease(r) {
  readableStreamReaderGenericRelease(r);
  const e = invalidState('Releasing reader');
  const requests = r.readIntoRequests;
  r.readIntoRequests = [];
  for (const req of requests) req.error(e);
}

function readableStreamDefaultReaderRead(r, req) {
  const stream = r.stream;
  stream.disturbed = true;
  if (stream.state === 'closed') {
    req.close();
  } else if (stream.state === 'errored') {
    req.error(stream.storedError);
  } else {
    stream.controller.pullSteps(req);
  }
}

function readableStreamBYOBReaderRead(r, view, req) {
  const stream = r.stream;
  stream.disturbed = true;
  if (stream.state === 'errored') {
    req.error(stream.storedError);
  } else {
    readableByteStreamControllerPullInto(stream.controller, view, req);
  }
}

// ---------------------------------------------------------------------------
// Stream-level algorithms (§4.9)

function readableStreamCancel(stream, reason) {
  stream.disturbed = true;
  if (stream.state === 'closed') return Promise.resolve();
  if (stream.state === 'errored') return Promise.reject(stream.storedError);
  readableStreamClose(stream);
  const r = stream.reader;
  if (r !== undefined && r.kind === 'byobr') {
    const requests = r.readIntoRequests;
    r.readIntoRequests = [];
    for (const req of requests) req.close(undefined);
  }
  return stream.controller.cancelSteps(reason).then(noop);
}

function readableStreamClose(stream) {
  stream.state = 'closed';
  if (stream.isClosed !== undefined) resolveDeferred(stream.isClosed, undefined);
  const r = stream.reader;
  if (r === undefined) return;
  resolveDeferred(r.closed, undefined);
  if (r.kind === 'rsdr') {
    const requests = r.readRequests;
    r.readRequests = [];
    for (const req of requests) req.close();
  }
}

function readableStreamError(stream, e) {
  stream.state = 'errored';
  stream.storedError = e;
  if (stream.isClosed !== undefined) rejectDeferred(stream.isClosed, e);
  const r = stream.reader;
  if (r === undefined) return;
  rejectDeferred(r.closed, e);
  if (r.kind === 'rsdr') {
    const requests = r.readRequests;
    r.readRequests = [];
    for (const req of requests) req.error(e);
  } else {
    const requests = r.readIntoRequests;
    r.readIntoRequests = [];
    for (const req of requests) req.error(e);
  }
}

function readableStreamFulfillReadRequest(stream, chunk, done) {
  const req = stream.reader.readRequests.shift();
  if (done) req.close();
  else req.chunk(chunk);
}

function readableStreamFulfillReadIntoRequest(stream, chunk, done) {
  const req = stream.reader.readIntoRequests.shift();
  if (done) req.close(chunk);
  else req.chunk(chunk);
}

function readableStreamGetNumReadRequests(stream) {
  return stream.reader.readRequests.length;
}

function readableStreamGetNumReadIntoRequests(stream) {
  return stream.reader.readIntoRequests.length;
}

function readableStreamHasDefaultReader(stream) {
  return stream.reader !== undefined && stream.reader.kind === 'rsdr';
}

function readableStreamHasBYOBReader(stream) {
  return stream.reader !== undefined && stream.reader.kind === 'byobr';
}

// ---------------------------------------------------------------------------
// ReadableStreamDefaultController (§4.6, §4.9.4)

class ReadableStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kPrivate) throw illegalConstructor();
  }

  get desiredSize() {
    return readableStreamDefaultControllerGetDesiredSize(thisSlot(this, 'rsdc', 'ReadableStreamDefaultController'));
  }

  close() {
    const c = thisSlot(this, 'rsdc', 'ReadableStreamDefaultController');
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(c)) throw invalidState('Controller is already closed');
    readableStreamDefaultControllerClose(c);
  }

  enqueue(chunk = undefined) {
    const c = thisSlot(this, 'rsdc', 'ReadableStreamDefaultController');
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(c)) throw invalidState('Controller is already closed');
    readableStreamDefaultControllerEnqueue(c, chunk);
  }

  error(e = undefined) {
    readableStreamDefaultControllerError(thisSlot(this, 'rsdc', 'ReadableStreamDefaultController'), e);
  }

  [kInspect](depth, options, inspect) {
    return inspectFields('ReadableStreamDefaultController', {}, depth, options, inspect);
  }
}

enumerableMembers(ReadableStreamDefaultController, ['desiredSize', 'close', 'enqueue', 'error']);
defineToStringTag(ReadableStreamDefaultController, 'ReadableStreamDefaultController');

function newDefaultControllerRecord() {
  const obj = new ReadableStreamDefaultController(kPrivate);
  const c = {
    kind: 'rsdc', obj, stream: undefined, queue: [], queueTotalSize: 0, started: false, closeRequested: false,
    pullAgain: false, pulling: false, strategySize: undefined, strategyHWM: 0,
    pullAlgorithm: undefined, cancelAlgorithm: undefined,
  };
  c.pullSteps = (req) => defaultControllerPullSteps(c, req);
  c.cancelSteps = (reason) => {
    resetQueue(c);
    const result = c.cancelAlgorithm(reason);
    readableStreamDefaultControllerClearAlgorithms(c);
    return result;
  };
  c.releaseSteps = noop;
  slots.set(obj, c);
  return c;
}

function defaultControllerPullSteps(c, req) {
  const stream = c.stream;
  if (c.queue.length > 0) {
    const chunk = dequeueValue(c);
    if (c.closeRequested && c.queue.length === 0) {
      readableStreamDefaultControllerClearAlgorithms(c);
      readableStreamClose(stream);
    } else {
      readableStreamDefaultControllerCallPullIfNeeded(c);
    }
    req.chunk(chunk);
  } else {
    stream.reader.readRequests.push(req);
    readableStreamDefaultControllerCallPullIfNeeded(c);
  }
}

function setUpReadableStreamDefaultControllerFromSource(stream, source, hwm, size) {
  const c = newDefaultControllerRecord();
  const start = source.start;
  const pull = source.pull;
  const cancel = source.cancel;
  validateFunction(start, 'source.start');
  validateFunction(pull, 'source.pull');
  validateFunction(cancel, 'source.cancel');
  setUpReadableStreamDefaultController(stream, c,
    start === undefined ? () => undefined : () => Reflect.apply(start, source, [c.obj]),
    pull === undefined ? () => Promise.resolve() : () => promiseCall(pull, source, c.obj),
    cancel === undefined ? () => Promise.resolve() : (reason) => promiseCall(cancel, source, reason),
    hwm, size);
}

function setUpReadableStreamDefaultController(stream, c, start, pull, cancel, hwm, size) {
  c.stream = stream;
  resetQueue(c);
  c.strategySize = size;
  c.strategyHWM = hwm;
  c.pullAlgorithm = pull;
  c.cancelAlgorithm = cancel;
  stream.controller = c;
  const startResult = start();
  Promise.resolve(startResult).then(() => {
    c.started = true;
    readableStreamDefaultControllerCallPullIfNeeded(c);
  }, (r) => readableStreamDefaultControllerError(c, r));
}

function readableStreamDefaultControllerCallPullIfNeeded(c) {
  if (!readableStreamDefaultControllerShouldCallPull(c)) return;
  if (c.pulling) {
    c.pullAgain = true;
    return;
  }
  c.pulling = true;
  c.pullAlgorithm().then(() => {
    c.pulling = false;
    if (c.pullAgain) {
      c.pullAgain = false;
      readableStreamDefaultControllerCallPullIfNeeded(c);
    }
  }, (e) => readableStreamDefaultControllerError(c, e));
}

function readableStreamDefaultControllerShouldCallPull(c) {
  const stream = c.stream;
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(c)) return false;
  if (!c.started) return false;
  if (stream.reader !== undefined && stream.reader.kind === 'rsdr' && readableStreamGetNumReadRequests(stream) > 0) {
    return true;
  }
  return readableStreamDefaultControllerGetDesiredSize(c) > 0;
}

function readableStreamDefaultControllerClearAlgorithms(c) {
  c.pullAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
  c.strategySize = undefined;
}

function readableStreamDefaultControllerClose(c) {
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(c)) return;
  c.closeRequested = true;
  if (c.queue.length === 0) {
    readableStreamDefaultControllerClearAlgorithms(c);
    readableStreamClose(c.stream);
  }
}

function readableStreamDefaultControllerEnqueue(c, chunk) {
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(c)) return;
  const stream = c.stream;
  if (stream.reader !== undefined && stream.reader.kind === 'rsdr' && readableStreamGetNumReadRequests(stream) > 0) {
    readableStreamFulfillReadRequest(stream, chunk, false);
  } else {
    let size;
    try {
      size = c.strategySize(chunk);
    } catch (err) {
      readableStreamDefaultControllerError(c, err);
      throw err;
    }
    try {
      enqueueValueWithSize(c, chunk, size);
    } catch (err) {
      readableStreamDefaultControllerError(c, err);
      throw err;
    }
  }
  readableStreamDefaultControllerCallPullIfNeeded(c);
}

function readableStreamDefaultControllerError(c, e) {
  const stream = c.stream;
  if (stream.state !== 'readable') return;
  resetQueue(c);
  readableStreamDefaultControllerClearAlgorithms(c);
  readableStreamError(stream, e);
}

function readableStreamDefaultControllerGetDesiredSize(c) {
  const state = c.stream.state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return c.strategyHWM - c.queueTotalSize;
}

function readableStreamDefaultControllerHasBackpressure(c) {
  return !readableStreamDefaultControllerShouldCallPull(c);
}

function readableStreamDefaultControllerCanCloseOrEnqueue(c) {
  return !c.closeRequested && c.stream.state === 'readable';
}

// ---------------------------------------------------------------------------
// ReadableByteStreamController and ReadableStreamBYOBRequest (§4.7, §4.8,
// §4.9.5)

class ReadableStreamBYOBRequest {
  constructor(key = undefined) {
    if (key !== kPrivate) throw illegalConstructor();
  }

  get view() {
    return thisSlot(this, 'byobreq', 'ReadableStreamBYOBRequest').view;
  }

  respond(bytesWritten) {
    const req = thisSlot(this, 'byobreq', 'ReadableStreamBYOBRequest');
    if (req.controller === undefined) throw invalidState('This BYOB request has been invalidated');
    const n = toIndex(bytesWritten, 'bytesWritten');
    if (isDetached(req.view.buffer)) throw invalidState('Viewed ArrayBuffer is detached');
    readableByteStreamControllerRespond(req.controller, n);
  }

  respondWithNewView(view) {
    const req = thisSlot(this, 'byobreq', 'ReadableStreamBYOBRequest');
    if (!ArrayBuffer.isView(view)) {
      throw binding.invalidArgType('view', 'an instance of Buffer, TypedArray, or DataView', view);
    }
    if (req.controller === undefined) throw invalidState('This BYOB request has been invalidated');
    if (isDetached(view.buffer)) throw invalidState('Viewed ArrayBuffer is detached');
    readableByteStreamControllerRespondWithNewView(req.controller, view);
  }

  [kInspect](depth, options, inspect) {
    const req = thisSlot(this, 'byobreq', 'ReadableStreamBYOBRequest');
    return inspectFields('ReadableStreamBYOBRequest', {
      view: req.view, controller: req.controller && req.controller.obj,
    }, depth, options, inspect);
  }
}

enumerableMembers(ReadableStreamBYOBRequest, ['view', 'respond', 'respondWithNewView']);
defineToStringTag(ReadableStreamBYOBRequest, 'ReadableStreamBYOBRequest');

function toIndex(v, name) {
  const n = Math.trunc(+v) || 0;
  if (n < 0 || n > Number.MAX_SAFE_INTEGER) {
    throw binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE',
      `The value of "${name}" is out of range. It must be >= 0 && <= ${Number.MAX_SAFE_INTEGER}. ` +
      `Received ${binding.inspect(v)}`);
  }
  return n;
}

class ReadableByteStreamController {
  constructor(key = undefined) {
    if (key !== kPrivate) throw illegalConstructor();
  }

  get byobRequest() {
    return readableByteStreamControllerGetBYOBRequest(thisSlot(this, 'rbc', 'ReadableByteStreamController'));
  }

  get desiredSize() {
    return readableByteStreamControllerGetDesiredSize(thisSlot(this, 'rbc', 'ReadableByteStreamController'));
  }

  close() {
    const c = thisSlot(this, 'rbc', 'ReadableByteStreamController');
    if (c.closeRequested) throw invalidState('Controller is already closed');
    if (c.stream.state !== 'readable') throw invalidState('ReadableStream is already closed');
    readableByteStreamControllerClose(c);
  }

  enqueue(chunk) {
    const c = thisSlot(this, 'rbc', 'ReadableByteStreamController');
    if (!ArrayBuffer.isView(chunk)) {
      throw binding.invalidArgType('buffer', 'an instance of Buffer, TypedArray, or DataView', chunk);
    }
    if (chunk.byteLength === 0 || chunk.buffer.byteLength === 0) {
      throw invalidState('chunk ArrayBuffer is zero-length or detached');
    }
    if (c.closeRequested) throw invalidState('Controller is already closed');
    if (c.stream.state !== 'readable') throw invalidState('ReadableStream is already closed');
    readableByteStreamControllerEnqueue(c, chunk);
  }

  error(e = undefined) {
    readableByteStreamControllerError(thisSlot(this, 'rbc', 'ReadableByteStreamController'), e);
  }

  [kInspect](depth, options, inspect) {
    return inspectFields('ReadableByteStreamController', {}, depth, options, inspect);
  }
}

enumerableMembers(ReadableByteStreamController, ['byobRequest', 'desiredSize', 'close', 'enqueue', 'error']);
defineToStringTag(ReadableByteStreamController, 'ReadableByteStreamController');

function newByteControllerRecord() {
  const obj = new ReadableByteStreamController(kPrivate);
  const c = {
    kind: 'rbc', obj, stream: undefined, queue: [], queueTotalSize: 0, started: false, closeRequested: false,
    pullAgain: false, pulling: false, strategyHWM: 0, pullAlgorithm: undefined, cancelAlgorithm: undefined,
    autoAllocateChunkSize: undefined, byobRequest: null, pendingPullIntos: [],
  };
  c.pullSteps = (req) => byteControllerPullSteps(c, req);
  c.cancelSteps = (reason) => {
    readableByteStreamControllerClearPendingPullIntos(c);
    resetQueue(c);
    const result = c.cancelAlgorithm(reason);
    readableByteStreamControllerClearAlgorithms(c);
    return result;
  };
  c.releaseSteps = () => {
    if (c.pendingPullIntos.length > 0) {
      const first = c.pendingPullIntos[0];
      first.readerType = 'none';
      c.pendingPullIntos = [first];
    }
  };
  slots.set(obj, c);
  return c;
}

function byteControllerPullSteps(c, req) {
  const stream = c.stream;
  if (c.queueTotalSize > 0) {
    readableByteStreamControllerFillReadRequestFromQueue(c, req);
    return;
  }
  const size = c.autoAllocateChunkSize;
  if (size !== undefined) {
    let buffer;
    try {
      buffer = new ArrayBuffer(size);
    } catch (err) {
      req.error(err);
      return;
    }
    c.pendingPullIntos.push({
      buffer, bufferByteLength: size, byteOffset: 0, byteLength: size, bytesFilled: 0, minimumFill: 1,
      elementSize: 1, viewConstructor: Uint8Array, readerType: 'default',
    });
  }
  stream.reader.readRequests.push(req);
  readableByteStreamControllerCallPullIfNeeded(c);
}

function setUpReadableByteStreamControllerFromSource(stream, source, hwm) {
  const c = newByteControllerRecord();
  const start = source.start;
  const pull = source.pull;
  const cancel = source.cancel;
  validateFunction(start, 'source.start');
  validateFunction(pull, 'source.pull');
  validateFunction(cancel, 'source.cancel');
  const given = source.autoAllocateChunkSize;
  const autoAllocate = given === undefined ? undefined : +given;
  if (autoAllocate !== undefined && (!Number.isInteger(autoAllocate) || autoAllocate <= 0)) {
    throw invalidValue('source.autoAllocateChunkSize', given);
  }
  setUpReadableByteStreamController(stream, c,
    start === undefined ? () => undefined : () => Reflect.apply(start, source, [c.obj]),
    pull === undefined ? () => Promise.resolve() : () => promiseCall(pull, source, c.obj),
    cancel === undefined ? () => Promise.resolve() : (reason) => promiseCall(cancel, source, reason),
    hwm, autoAllocate);
}

function setUpReadableByteStreamController(stream, c, start, pull, cancel, hwm, autoAllocate) {
  c.stream = stream;
  c.pullAgain = false;
  c.pulling = false;
  c.byobRequest = null;
  resetQueue(c);
  c.closeRequested = false;
  c.started = false;
  c.strategyHWM = hwm;
  c.pullAlgorithm = pull;
  c.cancelAlgorithm = cancel;
  c.autoAllocateChunkSize = autoAllocate;
  c.pendingPullIntos = [];
  stream.controller = c;
  const startResult = start();
  Promise.resolve(startResult).then(() => {
    c.started = true;
    readableByteStreamControllerCallPullIfNeeded(c);
  }, (r) => readableByteStreamControllerError(c, r));
}

function readableByteStreamControllerCallPullIfNeeded(c) {
  if (!readableByteStreamControllerShouldCallPull(c)) return;
  if (c.pulling) {
    c.pullAgain = true;
    return;
  }
  c.pulling = true;
  c.pullAlgorithm().then(() => {
    c.pulling = false;
    if (c.pullAgain) {
      c.pullAgain = false;
      readableByteStreamControllerCallPullIfNeeded(c);
    }
  }, (e) => readableByteStreamControllerError(c, e));
}

function readableByteStreamControllerShouldCallPull(c) {
  const stream = c.stream;
  if (stream.state !== 'readable' || c.closeRequested || !c.started) return false;
  if (readableStreamHasDefaultReader(stream) && readableStreamGetNumReadRequests(stream) > 0) return true;
  if (readableStreamHasBYOBReader(stream) && readableStreamGetNumReadIntoRequests(stream) > 0) return true;
  return readableByteStreamControllerGetDesiredSize(c) > 0;
}

function readableByteStreamControllerClearAlgorithms(c) {
  c.pullAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
}

function readableByteStreamControllerClearPendingPullIntos(c) {
  readableByteStreamControllerInvalidateBYOBRequest(c);
  c.pendingPullIntos = [];
}

function readableByteStreamControllerClose(c) {
  const stream = c.stream;
  if (c.closeRequested || stream.state !== 'readable') return;
  if (c.queueTotalSize > 0) {
    c.closeRequested = true;
    return;
  }
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    if (first.bytesFilled % first.elementSize !== 0) {
      const e = invalidState('Partial read');
      readableByteStreamControllerError(c, e);
      throw e;
    }
  }
  readableByteStreamControllerClearAlgorithms(c);
  readableStreamClose(stream);
}

function readableByteStreamControllerEnqueue(c, chunk) {
  const stream = c.stream;
  if (c.closeRequested || stream.state !== 'readable') return;
  const { buffer, byteOffset, byteLength } = chunk;
  if (isDetached(buffer)) throw invalidState('chunk ArrayBuffer is zero-length or detached');
  const transferred = transferArrayBuffer(buffer);
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    if (isDetached(first.buffer)) throw invalidState('The BYOB request buffer is detached');
    readableByteStreamControllerInvalidateBYOBRequest(c);
    first.buffer = transferArrayBuffer(first.buffer);
    if (first.readerType === 'none') readableByteStreamControllerEnqueueDetachedPullIntoToQueue(c, first);
  }
  if (readableStreamHasDefaultReader(stream)) {
    readableByteStreamControllerProcessReadRequestsUsingQueue(c);
    if (readableStreamGetNumReadRequests(stream) === 0) {
      readableByteStreamControllerEnqueueChunkToQueue(c, transferred, byteOffset, byteLength);
    } else {
      if (c.pendingPullIntos.length > 0) readableByteStreamControllerShiftPendingPullInto(c);
      readableStreamFulfillReadRequest(stream, new Uint8Array(transferred, byteOffset, byteLength), false);
    }
  } else if (readableStreamHasBYOBReader(stream)) {
    readableByteStreamControllerEnqueueChunkToQueue(c, transferred, byteOffset, byteLength);
    readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(c);
  } else {
    readableByteStreamControllerEnqueueChunkToQueue(c, transferred, byteOffset, byteLength);
  }
  readableByteStreamControllerCallPullIfNeeded(c);
}

function readableByteStreamControllerEnqueueChunkToQueue(c, buffer, byteOffset, byteLength) {
  c.queue.push({ buffer, byteOffset, byteLength });
  c.queueTotalSize += byteLength;
}

function readableByteStreamControllerEnqueueClonedChunkToQueue(c, buffer, byteOffset, byteLength) {
  let clone;
  try {
    clone = buffer.slice(byteOffset, byteOffset + byteLength);
  } catch (err) {
    readableByteStreamControllerError(c, err);
    throw err;
  }
  readableByteStreamControllerEnqueueChunkToQueue(c, clone, 0, byteLength);
}

function readableByteStreamControllerEnqueueDetachedPullIntoToQueue(c, pullInto) {
  if (pullInto.bytesFilled > 0) {
    readableByteStreamControllerEnqueueClonedChunkToQueue(c, pullInto.buffer, pullInto.byteOffset,
      pullInto.bytesFilled);
  }
  readableByteStreamControllerShiftPendingPullInto(c);
}

function readableByteStreamControllerError(c, e) {
  const stream = c.stream;
  if (stream.state !== 'readable') return;
  readableByteStreamControllerClearPendingPullIntos(c);
  resetQueue(c);
  readableByteStreamControllerClearAlgorithms(c);
  readableStreamError(stream, e);
}

function readableByteStreamControllerFillHeadPullIntoDescriptor(c, size, pullInto) {
  pullInto.bytesFilled += size;
}

function readableByteStreamControllerFillPullIntoDescriptorFromQueue(c, pullInto) {
  const maxBytesToCopy = Math.min(c.queueTotalSize, pullInto.byteLength - pullInto.bytesFilled);
  const maxBytesFilled = pullInto.bytesFilled + maxBytesToCopy;
  let totalBytesToCopyRemaining = maxBytesToCopy;
  let ready = false;
  const remainderBytes = maxBytesFilled % pullInto.elementSize;
  const maxAlignedBytes = maxBytesFilled - remainderBytes;
  if (maxAlignedBytes >= pullInto.minimumFill) {
    totalBytesToCopyRemaining = maxAlignedBytes - pullInto.bytesFilled;
    ready = true;
  }
  const queue = c.queue;
  while (totalBytesToCopyRemaining > 0) {
    const head = queue[0];
    const bytesToCopy = Math.min(totalBytesToCopyRemaining, head.byteLength);
    const destStart = pullInto.byteOffset + pullInto.bytesFilled;
    new Uint8Array(pullInto.buffer, destStart, bytesToCopy)
      .set(new Uint8Array(head.buffer, head.byteOffset, bytesToCopy));
    if (head.byteLength === bytesToCopy) {
      queue.shift();
    } else {
      head.byteOffset += bytesToCopy;
      head.byteLength -= bytesToCopy;
    }
    c.queueTotalSize -= bytesToCopy;
    readableByteStreamControllerFillHeadPullIntoDescriptor(c, bytesToCopy, pullInto);
    totalBytesToCopyRemaining -= bytesToCopy;
  }
  return ready;
}

function readableByteStreamControllerFillReadRequestFromQueue(c, req) {
  const entry = c.queue.shift();
  c.queueTotalSize -= entry.byteLength;
  readableByteStreamControllerHandleQueueDrain(c);
  req.chunk(new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
}

function readableByteStreamControllerGetBYOBRequest(c) {
  if (c.byobRequest === null && c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    const view = new Uint8Array(first.buffer, first.byteOffset + first.bytesFilled,
      first.byteLength - first.bytesFilled);
    const obj = new ReadableStreamBYOBRequest(kPrivate);
    slots.set(obj, { kind: 'byobreq', obj, controller: c, view });
    c.byobRequest = obj;
  }
  return c.byobRequest;
}

function readableByteStreamControllerGetDesiredSize(c) {
  const state = c.stream.state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return c.strategyHWM - c.queueTotalSize;
}

function readableByteStreamControllerHandleQueueDrain(c) {
  if (c.queueTotalSize === 0 && c.closeRequested) {
    readableByteStreamControllerClearAlgorithms(c);
    readableStreamClose(c.stream);
  } else {
    readableByteStreamControllerCallPullIfNeeded(c);
  }
}

function readableByteStreamControllerInvalidateBYOBRequest(c) {
  if (c.byobRequest === null) return;
  const req = slots.get(c.byobRequest);
  req.controller = undefined;
  req.view = null;
  c.byobRequest = null;
}

function readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(c) {
  while (c.pendingPullIntos.length > 0) {
    if (c.queueTotalSize === 0) return;
    const pullInto = c.pendingPullIntos[0];
    if (readableByteStreamControllerFillPullIntoDescriptorFromQueue(c, pullInto)) {
      readableByteStreamControllerShiftPendingPullInto(c);
      readableByteStreamControllerCommitPullIntoDescriptor(c.stream, pullInto);
    }
  }
}

function readableByteStreamControllerProcessReadRequestsUsingQueue(c) {
  const reader = c.stream.reader;
  while (reader.readRequests.length > 0) {
    if (c.queueTotalSize === 0) return;
    const req = reader.readRequests.shift();
    readableByteStreamControllerFillReadRequestFromQueue(c, req);
  }
}

function readableByteStreamControllerPullInto(c, view, req) {
  const stream = c.stream;
  const ctor = view.constructor;
  const elementSize = ctor.BYTES_PER_ELEMENT || 1;
  const viewCtor = view instanceof DataView ? DataView : ctor;
  const { byteOffset, byteLength } = view;
  let buffer;
  try {
    buffer = transferArrayBuffer(view.buffer);
  } catch (err) {
    req.error(err);
    return;
  }
  const pullInto = {
    buffer, bufferByteLength: buffer.byteLength, byteOffset, byteLength, bytesFilled: 0,
    minimumFill: elementSize, elementSize, viewConstructor: viewCtor, readerType: 'byob',
  };
  if (c.pendingPullIntos.length > 0) {
    c.pendingPullIntos.push(pullInto);
    stream.reader.readIntoRequests.push(req);
    return;
  }
  if (stream.state === 'closed') {
    req.close(makeView(viewCtor, pullInto.buffer, pullInto.byteOffset, 0));
    return;
  }
  if (c.queueTotalSize > 0) {
    if (readableByteStreamControllerFillPullIntoDescriptorFromQueue(c, pullInto)) {
      const filled = readableByteStreamControllerConvertPullIntoDescriptor(pullInto);
      readableByteStreamControllerHandleQueueDrain(c);
      req.chunk(filled);
      return;
    }
    if (c.closeRequested) {
      const e = invalidState('Partial read');
      readableByteStreamControllerError(c, e);
      req.error(e);
      return;
    }
  }
  c.pendingPullIntos.push(pullInto);
  stream.reader.readIntoRequests.push(req);
  readableByteStreamControllerCallPullIfNeeded(c);
}

function makeView(ctor, buffer, byteOffset, length) {
  return new ctor(buffer, byteOffset, length);
}

function readableByteStreamControllerConvertPullIntoDescriptor(pullInto) {
  const { bytesFilled, elementSize } = pullInto;
  const buffer = transferArrayBuffer(pullInto.buffer);
  const length = pullInto.viewConstructor === DataView ? bytesFilled : bytesFilled / elementSize;
  return makeView(pullInto.viewConstructor, buffer, pullInto.byteOffset, length);
}

function readableByteStreamControllerCommitPullIntoDescriptor(stream, pullInto) {
  let done = false;
  if (stream.state === 'closed') done = true;
  const filled = readableByteStreamControllerConvertPullIntoDescriptor(pullInto);
  if (pullInto.readerType === 'default') {
    readableStreamFulfillReadRequest(stream, filled, done);
  } else {
    readableStreamFulfillReadIntoRequest(stream, filled, done);
  }
}

function readableByteStreamControllerRespond(c, bytesWritten) {
  const first = c.pendingPullIntos[0];
  const state = c.stream.state;
  if (state === 'closed') {
    if (bytesWritten !== 0) {
      throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
        `The argument 'bytesWritten' is invalid. Received ${binding.inspect(bytesWritten)}`);
    }
  } else {
    if (bytesWritten === 0) {
      throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
        `The argument 'bytesWritten' is invalid. Received ${binding.inspect(bytesWritten)}`);
    }
    if (first.bytesFilled + bytesWritten > first.byteLength) {
      throw binding.nodeError('RangeError', 'ERR_INVALID_ARG_VALUE',
        `The argument 'bytesWritten' is invalid. Received ${binding.inspect(bytesWritten)}`);
    }
  }
  first.buffer = transferArrayBuffer(first.buffer);
  readableByteStreamControllerRespondInternal(c, bytesWritten);
}

function readableByteStreamControllerRespondInClosedState(c, first) {
  if (first.readerType === 'none') readableByteStreamControllerShiftPendingPullInto(c);
  const stream = c.stream;
  if (readableStreamHasBYOBReader(stream)) {
    while (readableStreamGetNumReadIntoRequests(stream) > 0) {
      const pullInto = readableByteStreamControllerShiftPendingPullInto(c);
      readableByteStreamControllerCommitPullIntoDescriptor(stream, pullInto);
    }
  }
}

function readableByteStreamControllerRespondInReadableState(c, bytesWritten, pullInto) {
  readableByteStreamControllerFillHeadPullIntoDescriptor(c, bytesWritten, pullInto);
  if (pullInto.readerType === 'none') {
    readableByteStreamControllerEnqueueDetachedPullIntoToQueue(c, pullInto);
    readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(c);
    return;
  }
  if (pullInto.bytesFilled < pullInto.minimumFill) return;
  readableByteStreamControllerShiftPendingPullInto(c);
  const remainder = pullInto.bytesFilled % pullInto.elementSize;
  if (remainder > 0) {
    const end = pullInto.byteOffset + pullInto.bytesFilled;
    readableByteStreamControllerEnqueueClonedChunkToQueue(c, pullInto.buffer, end - remainder, remainder);
  }
  pullInto.bytesFilled -= remainder;
  readableByteStreamControllerCommitPullIntoDescriptor(c.stream, pullInto);
  readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(c);
}

function readableByteStreamControllerRespondInternal(c, bytesWritten) {
  const first = c.pendingPullIntos[0];
  readableByteStreamControllerInvalidateBYOBRequest(c);
  if (c.stream.state === 'closed') {
    readableByteStreamControllerRespondInClosedState(c, first);
  } else {
    readableByteStreamControllerRespondInReadableState(c, bytesWritten, first);
  }
  readableByteStreamControllerCallPullIfNeeded(c);
}

function readableByteStreamControllerRespondWithNewView(c, view) {
  const first = c.pendingPullIntos[0];
  const state = c.stream.state;
  if (state === 'closed') {
    if (view.byteLength !== 0) {
      throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
        `The argument 'view' is invalid. Received ${binding.inspect(view)}`);
    }
  } else if (view.byteLength === 0) {
    throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
      `The argument 'view' is invalid. Received ${binding.inspect(view)}`);
  }
  if (first.byteOffset + first.bytesFilled !== view.byteOffset ||
      first.bufferByteLength !== view.buffer.byteLength ||
      first.bytesFilled + view.byteLength > first.byteLength) {
    throw binding.nodeError('RangeError', 'ERR_INVALID_ARG_VALUE',
      `The argument 'view' is invalid. Received ${binding.inspect(view)}`);
  }
  const viewByteLength = view.byteLength;
  first.buffer = transferArrayBuffer(view.buffer);
  readableByteStreamControllerRespondInternal(c, viewByteLength);
}

function readableByteStreamControllerShiftPendingPullInto(c) {
  const first = c.pendingPullIntos.shift();
  readableByteStreamControllerInvalidateBYOBRequest(c);
  return first;
}

// ---------------------------------------------------------------------------
// Async iteration (§4.2.5)

const iteratorProto = Object.create(AsyncIteratorPrototype, {
  next: {
    __proto__: null, writable: true, enumerable: true, configurable: true,
    value: function next() {
      const it = slotOf(this, 'rsiter');
      if (it === undefined) return Promise.reject(invalidThis('ReadableStreamAsyncIterator'));
      // Each call waits for the one before it, as the WebIDL async
      // iterator's "ongoing promise" makes them.
      const run = () => iteratorNext(it);
      it.ongoing = it.ongoing ? it.ongoing.then(run, run) : run();
      return it.ongoing;
    },
  },
  return: {
    __proto__: null, writable: true, enumerable: true, configurable: true,
    value: function (value) {
      const it = slotOf(this, 'rsiter');
      if (it === undefined) return Promise.reject(invalidThis('ReadableStreamAsyncIterator'));
      const run = () => iteratorReturn(it, value);
      it.ongoing = it.ongoing ? it.ongoing.then(run, run) : run();
      return it.ongoing;
    },
  },
});

function newAsyncIterator(stream, preventCancel) {
  const reader = setUpDefaultReader(Object.create(ReadableStreamDefaultReader.prototype), stream);
  const obj = Object.create(iteratorProto);
  slots.set(obj, { kind: 'rsiter', reader, preventCancel, done: false, ongoing: undefined });
  return obj;
}

function iteratorNext(it) {
  if (it.done) return Promise.resolve({ value: undefined, done: true });
  const reader = it.reader;
  if (reader.stream === undefined) return Promise.reject(invalidState('The reader is not attached to a stream'));
  const d = deferred();
  readableStreamDefaultReaderRead(reader, {
    chunk: (value) => d.resolve({ value, done: false }),
    close: () => {
      it.done = true;
      readableStreamDefaultReaderRelease(reader);
      d.resolve({ value: undefined, done: true });
    },
    error: (e) => {
      it.done = true;
      readableStreamDefaultReaderRelease(reader);
      d.reject(e);
    },
  });
  return d.promise;
}

function iteratorReturn(it, value) {
  if (it.done) return Promise.resolve({ value, done: true });
  it.done = true;
  const reader = it.reader;
  if (reader.stream === undefined) return Promise.resolve({ value, done: true });
  if (!it.preventCancel) {
    const result = readableStreamCancel(reader.stream, value);
    readableStreamDefaultReaderRelease(reader);
    return result.then(() => ({ value, done: true }));
  }
  readableStreamDefaultReaderRelease(reader);
  return Promise.resolve({ value, done: true });
}

// ---------------------------------------------------------------------------
// ReadableStream.from (§4.9.1 ReadableStreamFromIterable)

function readableStreamFromIterable(iterable) {
  let method;
  if (iterable !== null && iterable !== undefined) {
    method = iterable[Symbol.asyncIterator];
    if (method === undefined || method === null) {
      const sync = iterable[Symbol.iterator];
      if (typeof sync === 'function') {
        return fromIteratorRecord(asyncFromSyncIterator(Reflect.apply(sync, iterable, [])));
      }
    }
  }
  if (typeof method !== 'function') {
    throw binding.nodeError('TypeError', 'ERR_ARG_NOT_ITERABLE', `${binding.inspect(iterable)} must be iterable`);
  }
  const iterator = Reflect.apply(method, iterable, []);
  if (!isObject(iterator)) {
    throw binding.nodeError('TypeError', 'ERR_INVALID_STATE',
      'Invalid state: The iterator method must return an object');
  }
  return fromIteratorRecord({ iterator, next: iterator.next });
}

function asyncFromSyncIterator(iterator) {
  const next = iterator.next;
  return {
    iterator: {
      next() {
        const r = Reflect.apply(next, iterator, []);
        return Promise.resolve(r.value).then((value) => ({ value, done: r.done }));
      },
      return(v) {
        const ret = iterator.return;
        if (ret === undefined) return Promise.resolve({ value: v, done: true });
        return Promise.resolve(Reflect.apply(ret, iterator, [v]));
      },
    },
    next: undefined,
  };
}

function fromIteratorRecord(record) {
  const { iterator } = record;
  const next = record.next || iterator.next;
  let stream;
  const pull = () => {
    let result;
    try {
      result = Reflect.apply(next, iterator, []);
    } catch (err) {
      return Promise.reject(err);
    }
    if (!isObject(result)) {
      return Promise.reject(binding.nodeError('TypeError', 'ERR_INVALID_STATE',
        'Invalid state: The iterator.next() method must return an object'));
    }
    return Promise.resolve(result).then((r) => {
      if (!isObject(r)) {
        throw binding.nodeError('TypeError', 'ERR_INVALID_STATE',
          'Invalid state: The promise returned by the iterator.next() method must fulfill with an object');
      }
      if (r.done) {
        readableStreamDefaultControllerClose(stream.controller);
      } else {
        readableStreamDefaultControllerEnqueue(stream.controller, r.value);
      }
    });
  };
  const cancel = (reason) => {
    let ret;
    try {
      ret = iterator.return;
    } catch (err) {
      return Promise.reject(err);
    }
    if (ret === undefined || ret === null) return Promise.resolve();
    let result;
    try {
      result = Reflect.apply(ret, iterator, [reason]);
    } catch (err) {
      return Promise.reject(err);
    }
    return Promise.resolve(result).then((r) => {
      if (!isObject(r)) {
        throw binding.nodeError('TypeError', 'ERR_INVALID_STATE',
          'Invalid state: The promise returned by the iterator.return() method must fulfill with an object');
      }
    });
  };
  stream = createReadableStream(() => undefined, pull, cancel, 0);
  return stream;
}

// ---------------------------------------------------------------------------
// Tee (§4.9.1 ReadableStreamDefaultTee). Byte streams tee through the same
// default reader, each branch getting its own copy of every chunk.

function readableStreamTee(stream) {
  const bytes = stream.controller.kind === 'rbc';
  const reader = setUpDefaultReader(Object.create(ReadableStreamDefaultReader.prototype), stream);
  let reading = false;
  let readAgain = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = deferred();
  const enqueue = (branch, chunk) => {
    if (bytes) readableByteStreamControllerEnqueue(branch.controller, chunk);
    else readableStreamDefaultControllerEnqueue(branch.controller, chunk);
  };
  const close = (branch) => {
    if (bytes) {
      readableByteStreamControllerClose(branch.controller);
      if (branch.controller.pendingPullIntos.length > 0) readableByteStreamControllerRespond(branch.controller, 0);
    } else {
      readableStreamDefaultControllerClose(branch.controller);
    }
  };
  const error = (branch, e) => {
    if (bytes) readableByteStreamControllerError(branch.controller, e);
    else readableStreamDefaultControllerError(branch.controller, e);
  };
  const pull = () => {
    if (reading) {
      readAgain = true;
      return Promise.resolve();
    }
    reading = true;
    readableStreamDefaultReaderRead(reader, {
      chunk: (chunk) => {
        queueMicrotask(() => {
          readAgain = false;
          const chunk1 = chunk;
          let chunk2 = chunk;
          if (bytes && !canceled1 && !canceled2) {
            chunk2 = new Uint8Array(chunk.buffer.slice(chunk.byteOffset, chunk.byteOffset + chunk.byteLength));
          }
          if (!canceled1) enqueue(branch1, chunk1);
          if (!canceled2) enqueue(branch2, chunk2);
          reading = false;
          if (readAgain) pull();
        });
      },
      close: () => {
        reading = false;
        if (!canceled1) close(branch1);
        if (!canceled2) close(branch2);
        if (!canceled1 || !canceled2) resolveDeferred(cancelPromise, undefined);
      },
      error: () => {
        reading = false;
      },
    });
    return Promise.resolve();
  };
  const cancel1 = (reason) => {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) resolveDeferred(cancelPromise, readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  };
  const cancel2 = (reason) => {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) resolveDeferred(cancelPromise, readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  };
  if (bytes) {
    branch1 = createReadableByteStream(() => undefined, pull, cancel1);
    branch2 = createReadableByteStream(() => undefined, pull, cancel2);
  } else {
    branch1 = createReadableStream(() => undefined, pull, cancel1);
    branch2 = createReadableStream(() => undefined, pull, cancel2);
  }
  reader.closed.promise.then(undefined, (r) => {
    error(branch1, r);
    error(branch2, r);
    if (!canceled1 || !canceled2) resolveDeferred(cancelPromise, undefined);
  });
  return [branch1, branch2];
}

// ---------------------------------------------------------------------------
// Piping (§4.9.1 ReadableStreamPipeTo)

function readableStreamPipeTo(source, dest, { preventClose, preventAbort, preventCancel, signal }) {
  const w = writableHooks;
  const reader = setUpDefaultReader(Object.create(ReadableStreamDefaultReader.prototype), source);
  const writer = w.acquireWriter(dest);
  source.disturbed = true;
  let shuttingDown = false;
  let currentWrite = Promise.resolve();
  const done = deferred();
  let abortAlgorithm;

  const finalize = (isError, error) => {
    w.writerRelease(writer);
    readableStreamDefaultReaderRelease(reader);
    if (signal !== undefined) signal.removeEventListener('abort', abortAlgorithm);
    if (isError) rejectDeferred(done, error);
    else resolveDeferred(done, undefined);
  };
  const waitForWrites = () => {
    const last = currentWrite;
    return last.then(() => (last !== currentWrite ? waitForWrites() : undefined));
  };
  const shutdownWithAction = (action, originalIsError, originalError) => {
    if (shuttingDown) return;
    shuttingDown = true;
    const doAction = () => {
      action().then(() => finalize(originalIsError, originalError), (e) => finalize(true, e));
    };
    if (dest.state === 'writable' && !w.closeQueuedOrInFlight(dest)) {
      waitForWrites().then(doAction, doAction);
    } else {
      doAction();
    }
  };
  const shutdown = (isError, error) => {
    if (shuttingDown) return;
    shuttingDown = true;
    if (dest.state === 'writable' && !w.closeQueuedOrInFlight(dest)) {
      waitForWrites().then(() => finalize(isError, error), () => finalize(isError, error));
    } else {
      finalize(isError, error);
    }
  };

  if (signal !== undefined) {
    abortAlgorithm = () => {
      const error = signal.reason;
      const actions = [];
      if (!preventAbort) {
        actions.push(() => (dest.state === 'writable' ? w.writableStreamAbort(dest, error) : Promise.resolve()));
      }
      if (!preventCancel) {
        actions.push(() => (source.state === 'readable' ? readableStreamCancel(source, error) : Promise.resolve()));
      }
      shutdownWithAction(() => Promise.all(actions.map((a) => a())), true, error);
    };
    if (signal.aborted) {
      abortAlgorithm();
      return done.promise;
    }
    signal.addEventListener('abort', abortAlgorithm, { once: true });
  }

  // Error and close propagation, checked as the states change.
  const onSourceErrored = (storedError) => {
    if (!preventAbort) shutdownWithAction(() => w.writableStreamAbort(dest, storedError), true, storedError);
    else shutdown(true, storedError);
  };
  const onDestErrored = (storedError) => {
    if (!preventCancel) shutdownWithAction(() => readableStreamCancel(source, storedError), true, storedError);
    else shutdown(true, storedError);
  };
  const onSourceClosed = () => {
    if (!preventClose) shutdownWithAction(() => w.writerCloseWithErrorPropagation(writer));
    else shutdown();
  };
  const onDestClosed = () => {
    const e = invalidState('the destination writable stream closed before all data could be piped to it');
    if (!preventCancel) shutdownWithAction(() => readableStreamCancel(source, e), true, e);
    else shutdown(true, e);
  };

  if (source.state === 'errored') onSourceErrored(source.storedError);
  else reader.closed.promise.then(undefined, onSourceErrored);
  if (dest.state === 'errored') onDestErrored(dest.storedError);
  else w.writerClosedPromise(writer).then(undefined, onDestErrored);
  if (source.state === 'closed') onSourceClosed();
  if (w.closeQueuedOrInFlight(dest) || dest.state === 'closed') onDestClosed();

  const step = () => {
    if (shuttingDown) return;
    w.writerReadyPromise(writer).then(() => {
      if (shuttingDown) return;
      readableStreamDefaultReaderRead(reader, {
        chunk: (chunk) => {
          currentWrite = markHandled(w.writerWrite(writer, chunk));
          step();
        },
        close: () => onSourceClosed(),
        error: () => {},
      });
    }, noop);
  };
  step();
  return done.promise;
}

module.exports = {
  ReadableStream, ReadableStreamDefaultReader, ReadableStreamBYOBReader, ReadableStreamBYOBRequest,
  ReadableByteStreamController, ReadableStreamDefaultController, writableHooks, createReadableStream,
  readableStreamDefaultControllerClose, readableStreamDefaultControllerEnqueue, readableStreamDefaultControllerError,
  readableStreamDefaultControllerGetDesiredSize, readableStreamDefaultControllerHasBackpressure,
  readableStreamDefaultControllerCanCloseOrEnqueue,
};
