// WritableStream, its writer and controller, after the WHATWG Streams
// Standard §5 (https://streams.spec.whatwg.org/#ws).

const {
  slots, slotOf, thisSlot, invalidThis, invalidState, illegalConstructor, invalidValue, validateObject,
  validateFunction, deferred, resolveDeferred, rejectDeferred, rejectedDeferred, resolvedDeferred, promiseCall,
  dequeueValue, enqueueValueWithSize, resetQueue, extractHighWaterMark, extractSizeAlgorithm, kInspect,
  inspectFields, defineToStringTag, enumerableMembers,
} = require('internal/webstreams/util');
const { writableHooks } = require('internal/webstreams/readable');

const kPrivate = Symbol('kPrivate');
// The close sentinel of the controller's queue (§5.5.2).
const kCloseSentinel = Symbol('close');

class WritableStream {
  constructor(sink = undefined, strategy = {}) {
    validateObject(sink, 'sink');
    if (strategy === null) strategy = {};
    validateObject(strategy, 'strategy');
    const s = sink === undefined ? {} : sink;
    if (s.type !== undefined) throw invalidValue('type', s.type, 'RangeError');
    const stream = initializeWritableStream(this);
    const size = extractSizeAlgorithm(strategy);
    const hwm = extractHighWaterMark(strategy, 1);
    setUpWritableStreamDefaultControllerFromSink(stream, s, hwm, size);
  }

  get locked() {
    return thisSlot(this, 'ws', 'WritableStream').writer !== undefined;
  }

  abort(reason = undefined) {
    const stream = slotOf(this, 'ws');
    if (stream === undefined) return Promise.reject(invalidThis('WritableStream'));
    if (stream.writer !== undefined) return Promise.reject(invalidState('WritableStream is locked'));
    return writableStreamAbort(stream, reason);
  }

  close() {
    const stream = slotOf(this, 'ws');
    if (stream === undefined) return Promise.reject(invalidThis('WritableStream'));
    if (stream.writer !== undefined) return Promise.reject(invalidState('WritableStream is locked'));
    if (writableStreamCloseQueuedOrInFlight(stream)) {
      return Promise.reject(invalidState('Failure closing WritableStream'));
    }
    return writableStreamClose(stream);
  }

  getWriter() {
    const stream = thisSlot(this, 'ws', 'WritableStream');
    return acquireWriter(stream).obj;
  }

  [kInspect](depth, options, inspect) {
    const stream = thisSlot(this, 'ws', 'WritableStream');
    return inspectFields('WritableStream', {
      locked: stream.writer !== undefined, state: stream.state,
    }, depth, options, inspect);
  }
}

enumerableMembers(WritableStream, ['locked', 'abort', 'close', 'getWriter']);
defineToStringTag(WritableStream, 'WritableStream');

function initializeWritableStream(obj) {
  if (obj === undefined) obj = Object.create(WritableStream.prototype);
  const stream = {
    kind: 'ws', obj, state: 'writable', storedError: undefined, writer: undefined, controller: undefined,
    inFlightWriteRequest: undefined, closeRequest: undefined, inFlightCloseRequest: undefined,
    pendingAbortRequest: undefined, writeRequests: [], backpressure: false,
  };
  slots.set(obj, stream);
  return stream;
}

function createWritableStream(start, write, close, abort, hwm = 1, size = () => 1) {
  const stream = initializeWritableStream();
  const c = newControllerRecord();
  setUpWritableStreamDefaultController(stream, c, start, write, close, abort, hwm, size);
  return stream;
}

// ---------------------------------------------------------------------------
// Stream algorithms (§5.4)

function writableStreamAbort(stream, reason) {
  if (stream.state === 'closed' || stream.state === 'errored') return Promise.resolve();
  stream.controller.abortController.abort(reason);
  const state = stream.state;
  if (state === 'closed' || state === 'errored') return Promise.resolve();
  if (stream.pendingAbortRequest !== undefined) return stream.pendingAbortRequest.promise.promise;
  let wasAlreadyErroring = false;
  if (state === 'erroring') {
    wasAlreadyErroring = true;
    reason = undefined;
  }
  const promise = deferred();
  stream.pendingAbortRequest = { promise, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) writableStreamStartErroring(stream, reason);
  return promise.promise;
}

function writableStreamClose(stream) {
  const state = stream.state;
  if (state === 'closed' || state === 'errored') {
    return Promise.reject(invalidState(`WritableStream is ${state === 'closed' ? 'closed' : 'errored'}`));
  }
  const promise = deferred();
  stream.closeRequest = promise;
  const writer = stream.writer;
  if (writer !== undefined && stream.backpressure && state === 'writable') resolveDeferred(writer.ready, undefined);
  writableStreamDefaultControllerClose(stream.controller);
  return promise.promise;
}

function writableStreamAddWriteRequest(stream) {
  const promise = deferred();
  stream.writeRequests.push(promise);
  return promise.promise;
}

function writableStreamDealWithRejection(stream, error) {
  if (stream.state === 'writable') {
    writableStreamStartErroring(stream, error);
    return;
  }
  writableStreamFinishErroring(stream);
}

function writableStreamStartErroring(stream, reason) {
  const c = stream.controller;
  stream.state = 'erroring';
  stream.storedError = reason;
  const writer = stream.writer;
  if (writer !== undefined) writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, reason);
  if (!writableStreamHasOperationMarkedInFlight(stream) && c.started) writableStreamFinishErroring(stream);
}

function writableStreamFinishErroring(stream) {
  stream.state = 'errored';
  stream.controller.errorSteps();
  const storedError = stream.storedError;
  const requests = stream.writeRequests;
  stream.writeRequests = [];
  for (const req of requests) rejectDeferred(req, storedError);
  const abortRequest = stream.pendingAbortRequest;
  if (abortRequest === undefined) {
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  stream.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    rejectDeferred(abortRequest.promise, storedError);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  stream.controller.abortSteps(abortRequest.reason).then(() => {
    resolveDeferred(abortRequest.promise, undefined);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  }, (reason) => {
    rejectDeferred(abortRequest.promise, reason);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  });
}

function writableStreamFinishInFlightWrite(stream) {
  resolveDeferred(stream.inFlightWriteRequest, undefined);
  stream.inFlightWriteRequest = undefined;
}

function writableStreamFinishInFlightWriteWithError(stream, error) {
  rejectDeferred(stream.inFlightWriteRequest, error);
  stream.inFlightWriteRequest = undefined;
  writableStreamDealWithRejection(stream, error);
}

function writableStreamFinishInFlightClose(stream) {
  resolveDeferred(stream.inFlightCloseRequest, undefined);
  stream.inFlightCloseRequest = undefined;
  if (stream.state === 'erroring') {
    stream.storedError = undefined;
    if (stream.pendingAbortRequest !== undefined) {
      resolveDeferred(stream.pendingAbortRequest.promise, undefined);
      stream.pendingAbortRequest = undefined;
    }
  }
  stream.state = 'closed';
  if (stream.isClosed !== undefined) resolveDeferred(stream.isClosed, undefined);
  const writer = stream.writer;
  if (writer !== undefined) resolveDeferred(writer.closed, undefined);
}

function writableStreamFinishInFlightCloseWithError(stream, error) {
  rejectDeferred(stream.inFlightCloseRequest, error);
  stream.inFlightCloseRequest = undefined;
  if (stream.pendingAbortRequest !== undefined) {
    rejectDeferred(stream.pendingAbortRequest.promise, error);
    stream.pendingAbortRequest = undefined;
  }
  writableStreamDealWithRejection(stream, error);
}

function writableStreamCloseQueuedOrInFlight(stream) {
  return stream.closeRequest !== undefined || stream.inFlightCloseRequest !== undefined;
}

function writableStreamHasOperationMarkedInFlight(stream) {
  return stream.inFlightWriteRequest !== undefined || stream.inFlightCloseRequest !== undefined;
}

function writableStreamMarkCloseRequestInFlight(stream) {
  stream.inFlightCloseRequest = stream.closeRequest;
  stream.closeRequest = undefined;
}

function writableStreamMarkFirstWriteRequestInFlight(stream) {
  stream.inFlightWriteRequest = stream.writeRequests.shift();
}

function writableStreamRejectCloseAndClosedPromiseIfNeeded(stream) {
  if (stream.isClosed !== undefined) rejectDeferred(stream.isClosed, stream.storedError);
  if (stream.closeRequest !== undefined) {
    rejectDeferred(stream.closeRequest, stream.storedError);
    stream.closeRequest = undefined;
  }
  const writer = stream.writer;
  if (writer !== undefined) rejectDeferred(writer.closed, stream.storedError);
}

function writableStreamUpdateBackpressure(stream, backpressure) {
  const writer = stream.writer;
  if (writer !== undefined && backpressure !== stream.backpressure) {
    if (backpressure) writer.ready = deferred();
    else resolveDeferred(writer.ready, undefined);
  }
  stream.backpressure = backpressure;
}

// ---------------------------------------------------------------------------
// WritableStreamDefaultWriter (§5.3, §5.4)

class WritableStreamDefaultWriter {
  constructor(stream) {
    const s = slotOf(stream, 'ws');
    if (s === undefined) throw binding.invalidArgType('stream', 'an instance of WritableStream', stream);
    setUpWriter(this, s);
  }

  get closed() {
    const w = slotOf(this, 'wsdw');
    if (w === undefined) return Promise.reject(invalidThis('WritableStreamDefaultWriter'));
    return w.closed.promise;
  }

  get desiredSize() {
    const w = thisSlot(this, 'wsdw', 'WritableStreamDefaultWriter');
    if (w.stream === undefined) throw invalidState('Writer is not bound to a WritableStream');
    return writableStreamDefaultWriterGetDesiredSize(w);
  }

  get ready() {
    const w = slotOf(this, 'wsdw');
    if (w === undefined) return Promise.reject(invalidThis('WritableStreamDefaultWriter'));
    return w.ready.promise;
  }

  abort(reason = undefined) {
    const w = slotOf(this, 'wsdw');
    if (w === undefined) return Promise.reject(invalidThis('WritableStreamDefaultWriter'));
    if (w.stream === undefined) return Promise.reject(invalidState('Writer is not bound to a WritableStream'));
    return writableStreamAbort(w.stream, reason);
  }

  close() {
    const w = slotOf(this, 'wsdw');
    if (w === undefined) return Promise.reject(invalidThis('WritableStreamDefaultWriter'));
    const stream = w.stream;
    if (stream === undefined) return Promise.reject(invalidState('Writer is not bound to a WritableStream'));
    if (writableStreamCloseQueuedOrInFlight(stream)) {
      return Promise.reject(invalidState('Failure to close WritableStream'));
    }
    return writableStreamClose(stream);
  }

  releaseLock() {
    const w = thisSlot(this, 'wsdw', 'WritableStreamDefaultWriter');
    if (w.stream === undefined) return;
    writableStreamDefaultWriterRelease(w);
  }

  write(chunk = undefined) {
    const w = slotOf(this, 'wsdw');
    if (w === undefined) return Promise.reject(invalidThis('WritableStreamDefaultWriter'));
    if (w.stream === undefined) return Promise.reject(invalidState('Writer is not bound to a WritableStream'));
    return writableStreamDefaultWriterWrite(w, chunk);
  }

  [kInspect](depth, options, inspect) {
    const w = thisSlot(this, 'wsdw', 'WritableStreamDefaultWriter');
    return inspectFields('WritableStreamDefaultWriter', {
      stream: w.stream && w.stream.obj, close: w.closed.promise, ready: w.ready.promise,
      desiredSize: w.stream && writableStreamDefaultWriterGetDesiredSize(w),
    }, depth, options, inspect);
  }
}

enumerableMembers(WritableStreamDefaultWriter, ['closed', 'desiredSize', 'ready', 'abort', 'close', 'releaseLock',
  'write']);
defineToStringTag(WritableStreamDefaultWriter, 'WritableStreamDefaultWriter');

function acquireWriter(stream) {
  return setUpWriter(Object.create(WritableStreamDefaultWriter.prototype), stream);
}

// §5.4 SetUpWritableStreamDefaultWriter
function setUpWriter(obj, stream) {
  if (stream.writer !== undefined) throw invalidState('WritableStream is locked');
  const w = { kind: 'wsdw', obj, stream, closed: undefined, ready: undefined };
  slots.set(obj, w);
  stream.writer = w;
  const state = stream.state;
  if (state === 'writable') {
    w.ready = !writableStreamCloseQueuedOrInFlight(stream) && stream.backpressure ? deferred()
      : resolvedDeferred(undefined);
    w.closed = deferred();
  } else if (state === 'erroring') {
    w.ready = rejectedDeferred(stream.storedError);
    w.closed = deferred();
  } else if (state === 'closed') {
    w.ready = resolvedDeferred(undefined);
    w.closed = resolvedDeferred(undefined);
  } else {
    w.ready = rejectedDeferred(stream.storedError);
    w.closed = rejectedDeferred(stream.storedError);
  }
  return w;
}

function writableStreamDefaultWriterCloseWithErrorPropagation(w) {
  const stream = w.stream;
  const state = stream.state;
  if (writableStreamCloseQueuedOrInFlight(stream) || state === 'closed') return Promise.resolve();
  if (state === 'errored') return Promise.reject(stream.storedError);
  return writableStreamClose(stream);
}

function writableStreamDefaultWriterEnsureClosedPromiseRejected(w, error) {
  if (w.closed.settled) w.closed = rejectedDeferred(error);
  else rejectDeferred(w.closed, error);
}

function writableStreamDefaultWriterEnsureReadyPromiseRejected(w, error) {
  if (w.ready.settled) w.ready = rejectedDeferred(error);
  else rejectDeferred(w.ready, error);
}

function writableStreamDefaultWriterGetDesiredSize(w) {
  const state = w.stream.state;
  if (state === 'errored' || state === 'erroring') return null;
  if (state === 'closed') return 0;
  return w.stream.controller.strategyHWM - w.stream.controller.queueTotalSize;
}

function writableStreamDefaultWriterRelease(w) {
  const stream = w.stream;
  const released = invalidState('Writer has been released');
  writableStreamDefaultWriterEnsureReadyPromiseRejected(w, released);
  writableStreamDefaultWriterEnsureClosedPromiseRejected(w, released);
  stream.writer = undefined;
  w.stream = undefined;
}

function writableStreamDefaultWriterWrite(w, chunk) {
  const stream = w.stream;
  const c = stream.controller;
  const chunkSize = writableStreamDefaultControllerGetChunkSize(c, chunk);
  if (stream !== w.stream) return Promise.reject(invalidState('Writer has been released'));
  const state = stream.state;
  if (state === 'errored') return Promise.reject(stream.storedError);
  if (writableStreamCloseQueuedOrInFlight(stream) || state === 'closed') {
    return Promise.reject(invalidState('WritableStream is closed'));
  }
  if (state === 'erroring') return Promise.reject(stream.storedError);
  const promise = writableStreamAddWriteRequest(stream);
  writableStreamDefaultControllerWrite(c, chunk, chunkSize);
  return promise;
}

// ---------------------------------------------------------------------------
// WritableStreamDefaultController (§5.5)

class WritableStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kPrivate) throw illegalConstructor();
  }

  get signal() {
    return thisSlot(this, 'wsdc', 'WritableStreamDefaultController').abortController.signal;
  }

  error(e = undefined) {
    const c = thisSlot(this, 'wsdc', 'WritableStreamDefaultController');
    if (c.stream.state !== 'writable') return;
    writableStreamDefaultControllerError(c, e);
  }

  [kInspect](depth, options, inspect) {
    return inspectFields('WritableStreamDefaultController', {}, depth, options, inspect);
  }
}

enumerableMembers(WritableStreamDefaultController, ['signal', 'error']);
defineToStringTag(WritableStreamDefaultController, 'WritableStreamDefaultController');

function newControllerRecord() {
  const obj = new WritableStreamDefaultController(kPrivate);
  const c = {
    kind: 'wsdc', obj, stream: undefined, queue: [], queueTotalSize: 0, started: false, strategyHWM: 1,
    strategySize: undefined, writeAlgorithm: undefined, closeAlgorithm: undefined, abortAlgorithm: undefined,
    abortController: new AbortController(),
  };
  c.abortSteps = (reason) => {
    const result = c.abortAlgorithm(reason);
    writableStreamDefaultControllerClearAlgorithms(c);
    return result;
  };
  c.errorSteps = () => resetQueue(c);
  slots.set(obj, c);
  return c;
}

function setUpWritableStreamDefaultControllerFromSink(stream, sink, hwm, size) {
  const c = newControllerRecord();
  const { start, write, close, abort } = sink;
  validateFunction(start, 'sink.start');
  validateFunction(write, 'sink.write');
  validateFunction(close, 'sink.close');
  validateFunction(abort, 'sink.abort');
  setUpWritableStreamDefaultController(stream, c,
    start === undefined ? () => undefined : () => Reflect.apply(start, sink, [c.obj]),
    write === undefined ? () => Promise.resolve() : (chunk) => promiseCall(write, sink, chunk, c.obj),
    close === undefined ? () => Promise.resolve() : () => promiseCall(close, sink),
    abort === undefined ? () => Promise.resolve() : (reason) => promiseCall(abort, sink, reason),
    hwm, size);
}

function setUpWritableStreamDefaultController(stream, c, start, write, close, abort, hwm, size) {
  c.stream = stream;
  stream.controller = c;
  resetQueue(c);
  c.started = false;
  c.strategySize = size;
  c.strategyHWM = hwm;
  c.writeAlgorithm = write;
  c.closeAlgorithm = close;
  c.abortAlgorithm = abort;
  writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(c));
  const startResult = start();
  Promise.resolve(startResult).then(() => {
    c.started = true;
    writableStreamDefaultControllerAdvanceQueueIfNeeded(c);
  }, (r) => {
    c.started = true;
    writableStreamDealWithRejection(stream, r);
  });
}

function writableStreamDefaultControllerAdvanceQueueIfNeeded(c) {
  const stream = c.stream;
  if (!c.started || stream.inFlightWriteRequest !== undefined) return;
  const state = stream.state;
  if (state === 'erroring') {
    writableStreamFinishErroring(stream);
    return;
  }
  if (c.queue.length === 0) return;
  const value = c.queue[0].value;
  if (value === kCloseSentinel) writableStreamDefaultControllerProcessClose(c);
  else writableStreamDefaultControllerProcessWrite(c, value);
}

function writableStreamDefaultControllerClearAlgorithms(c) {
  c.writeAlgorithm = undefined;
  c.closeAlgorithm = undefined;
  c.abortAlgorithm = undefined;
  c.strategySize = undefined;
}

function writableStreamDefaultControllerClose(c) {
  enqueueValueWithSize(c, kCloseSentinel, 0);
  writableStreamDefaultControllerAdvanceQueueIfNeeded(c);
}

function writableStreamDefaultControllerError(c, error) {
  writableStreamDefaultControllerClearAlgorithms(c);
  writableStreamStartErroring(c.stream, error);
}

function writableStreamDefaultControllerErrorIfNeeded(c, error) {
  if (c.stream.state === 'writable') writableStreamDefaultControllerError(c, error);
}

function writableStreamDefaultControllerGetBackpressure(c) {
  return writableStreamDefaultControllerGetDesiredSize(c) <= 0;
}

function writableStreamDefaultControllerGetChunkSize(c, chunk) {
  if (c.strategySize === undefined) return 1;
  try {
    return c.strategySize(chunk);
  } catch (err) {
    writableStreamDefaultControllerErrorIfNeeded(c, err);
    return 1;
  }
}

function writableStreamDefaultControllerGetDesiredSize(c) {
  return c.strategyHWM - c.queueTotalSize;
}

function writableStreamDefaultControllerProcessClose(c) {
  const stream = c.stream;
  writableStreamMarkCloseRequestInFlight(stream);
  dequeueValue(c);
  const sinkClosePromise = c.closeAlgorithm();
  writableStreamDefaultControllerClearAlgorithms(c);
  sinkClosePromise.then(() => writableStreamFinishInFlightClose(stream),
    (reason) => writableStreamFinishInFlightCloseWithError(stream, reason));
}

function writableStreamDefaultControllerProcessWrite(c, chunk) {
  const stream = c.stream;
  writableStreamMarkFirstWriteRequestInFlight(stream);
  c.writeAlgorithm(chunk).then(() => {
    writableStreamFinishInFlightWrite(stream);
    const state = stream.state;
    dequeueValue(c);
    if (!writableStreamCloseQueuedOrInFlight(stream) && state === 'writable') {
      writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(c));
    }
    writableStreamDefaultControllerAdvanceQueueIfNeeded(c);
  }, (reason) => {
    if (stream.state === 'writable') writableStreamDefaultControllerClearAlgorithms(c);
    writableStreamFinishInFlightWriteWithError(stream, reason);
  });
}

function writableStreamDefaultControllerWrite(c, chunk, chunkSize) {
  try {
    enqueueValueWithSize(c, chunk, chunkSize);
  } catch (err) {
    writableStreamDefaultControllerErrorIfNeeded(c, err);
    return;
  }
  const stream = c.stream;
  if (!writableStreamCloseQueuedOrInFlight(stream) && stream.state === 'writable') {
    writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(c));
  }
  writableStreamDefaultControllerAdvanceQueueIfNeeded(c);
}

Object.assign(writableHooks, {
  slotOfWritable: (obj) => slotOf(obj, 'ws'),
  acquireWriter,
  writerRelease: writableStreamDefaultWriterRelease,
  writerWrite: writableStreamDefaultWriterWrite,
  writerReadyPromise: (w) => w.ready.promise,
  writerClosedPromise: (w) => w.closed.promise,
  writerCloseWithErrorPropagation: writableStreamDefaultWriterCloseWithErrorPropagation,
  closeQueuedOrInFlight: writableStreamCloseQueuedOrInFlight,
  writableStreamAbort,
});

module.exports = {
  WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController, createWritableStream,
  writableStreamDefaultControllerErrorIfNeeded,
};
