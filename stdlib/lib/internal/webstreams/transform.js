// TransformStream and its controller, after the WHATWG Streams Standard §6
// (https://streams.spec.whatwg.org/#ts), in the form node v20 has: a
// canceled readable side errors the writable side, the transformer has no
// cancel hook.

const {
  slots, thisSlot, illegalConstructor, invalidValue, invalidState, validateObject, validateFunction,
  deferred, resolveDeferred, promiseCall, extractHighWaterMark, extractSizeAlgorithm, kInspect, inspectFields,
  defineToStringTag, enumerableMembers,
} = require('internal/webstreams/util');
const readable = require('internal/webstreams/readable');
const writable = require('internal/webstreams/writable');

const kPrivate = Symbol('kPrivate');

class TransformStream {
  constructor(transformer = undefined, writableStrategy = {}, readableStrategy = {}) {
    validateObject(transformer, 'transformer');
    if (writableStrategy === null) writableStrategy = {};
    validateObject(writableStrategy, 'writableStrategy');
    if (readableStrategy === null) readableStrategy = {};
    validateObject(readableStrategy, 'readableStrategy');
    const t = transformer === undefined ? {} : transformer;
    if (t.readableType !== undefined) throw invalidValue('transformer.readableType', t.readableType, 'RangeError');
    if (t.writableType !== undefined) throw invalidValue('transformer.writableType', t.writableType, 'RangeError');
    const readableHWM = extractHighWaterMark(readableStrategy, 0);
    const readableSize = extractSizeAlgorithm(readableStrategy);
    const writableHWM = extractHighWaterMark(writableStrategy, 1);
    const writableSize = extractSizeAlgorithm(writableStrategy);
    const stream = { kind: 'ts', obj: this };
    slots.set(this, stream);
    const start = deferred();
    initializeTransformStream(stream, start.promise, writableHWM, writableSize, readableHWM, readableSize);
    setUpTransformStreamDefaultControllerFromTransformer(stream, t);
    const startFn = t.start;
    validateFunction(startFn, 'transformer.start');
    if (startFn === undefined) {
      resolveDeferred(start, undefined);
    } else {
      resolveDeferred(start, Reflect.apply(startFn, t, [stream.controller.obj]));
    }
  }

  get readable() {
    return thisSlot(this, 'ts', 'TransformStream').readable.obj;
  }

  get writable() {
    return thisSlot(this, 'ts', 'TransformStream').writable.obj;
  }

  [kInspect](depth, options, inspect) {
    const stream = thisSlot(this, 'ts', 'TransformStream');
    return inspectFields('TransformStream', {
      readable: stream.readable.obj, writable: stream.writable.obj, backpressure: stream.backpressure,
    }, depth, options, inspect);
  }
}

enumerableMembers(TransformStream, ['readable', 'writable']);
defineToStringTag(TransformStream, 'TransformStream');

// §6.4.1 InitializeTransformStream
function initializeTransformStream(stream, startPromise, writableHWM, writableSize, readableHWM, readableSize) {
  const start = () => startPromise;
  stream.writable = writable.createWritableStream(start,
    (chunk) => transformStreamDefaultSinkWriteAlgorithm(stream, chunk),
    () => transformStreamDefaultSinkCloseAlgorithm(stream),
    (reason) => transformStreamDefaultSinkAbortAlgorithm(stream, reason),
    writableHWM, writableSize);
  stream.readable = readable.createReadableStream(start,
    () => transformStreamDefaultSourcePullAlgorithm(stream),
    (reason) => {
      transformStreamErrorWritableAndUnblockWrite(stream, reason);
      return Promise.resolve();
    },
    readableHWM, readableSize);
  stream.backpressure = undefined;
  stream.backpressureChangePromise = undefined;
  transformStreamSetBackpressure(stream, true);
  stream.controller = undefined;
}

function transformStreamError(stream, e) {
  readable.readableStreamDefaultControllerError(stream.readable.controller, e);
  transformStreamErrorWritableAndUnblockWrite(stream, e);
}

function transformStreamErrorWritableAndUnblockWrite(stream, e) {
  transformStreamDefaultControllerClearAlgorithms(stream.controller);
  writable.writableStreamDefaultControllerErrorIfNeeded(stream.writable.controller, e);
  if (stream.backpressure) transformStreamSetBackpressure(stream, false);
}

function transformStreamSetBackpressure(stream, backpressure) {
  if (stream.backpressureChangePromise !== undefined) resolveDeferred(stream.backpressureChangePromise, undefined);
  stream.backpressureChangePromise = deferred();
  stream.backpressure = backpressure;
}

class TransformStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kPrivate) throw illegalConstructor();
  }

  get desiredSize() {
    const c = thisSlot(this, 'tsdc', 'TransformStreamDefaultController');
    return readable.readableStreamDefaultControllerGetDesiredSize(c.stream.readable.controller);
  }

  enqueue(chunk = undefined) {
    transformStreamDefaultControllerEnqueue(thisSlot(this, 'tsdc', 'TransformStreamDefaultController'), chunk);
  }

  error(reason = undefined) {
    transformStreamError(thisSlot(this, 'tsdc', 'TransformStreamDefaultController').stream, reason);
  }

  terminate() {
    transformStreamDefaultControllerTerminate(thisSlot(this, 'tsdc', 'TransformStreamDefaultController'));
  }

  [kInspect](depth, options, inspect) {
    const c = thisSlot(this, 'tsdc', 'TransformStreamDefaultController');
    return inspectFields('TransformStreamDefaultController', { stream: c.stream.obj }, depth, options, inspect);
  }
}

enumerableMembers(TransformStreamDefaultController, ['desiredSize', 'enqueue', 'error', 'terminate']);
defineToStringTag(TransformStreamDefaultController, 'TransformStreamDefaultController');

function setUpTransformStreamDefaultControllerFromTransformer(stream, transformer) {
  const obj = new TransformStreamDefaultController(kPrivate);
  const c = { kind: 'tsdc', obj, stream, transformAlgorithm: undefined, flushAlgorithm: undefined };
  slots.set(obj, c);
  const { transform, flush } = transformer;
  validateFunction(transform, 'transformer.transform');
  validateFunction(flush, 'transformer.flush');
  c.transformAlgorithm = transform === undefined
    ? (chunk) => {
      try {
        transformStreamDefaultControllerEnqueue(c, chunk);
        return Promise.resolve();
      } catch (err) {
        return Promise.reject(err);
      }
    }
    : (chunk) => promiseCall(transform, transformer, chunk, obj);
  c.flushAlgorithm = flush === undefined ? () => Promise.resolve() : () => promiseCall(flush, transformer, obj);
  stream.controller = c;
}

function transformStreamDefaultControllerClearAlgorithms(c) {
  c.transformAlgorithm = undefined;
  c.flushAlgorithm = undefined;
}

function transformStreamDefaultControllerEnqueue(c, chunk) {
  const stream = c.stream;
  const rc = stream.readable.controller;
  if (!readable.readableStreamDefaultControllerCanCloseOrEnqueue(rc)) {
    throw invalidState('Unable to enqueue');
  }
  try {
    readable.readableStreamDefaultControllerEnqueue(rc, chunk);
  } catch (err) {
    transformStreamErrorWritableAndUnblockWrite(stream, err);
    throw stream.readable.storedError;
  }
  const backpressure = readable.readableStreamDefaultControllerHasBackpressure(rc);
  if (backpressure !== stream.backpressure) transformStreamSetBackpressure(stream, true);
}

function transformStreamDefaultControllerPerformTransform(c, chunk) {
  return c.transformAlgorithm(chunk).then(undefined, (r) => {
    transformStreamError(c.stream, r);
    throw r;
  });
}

function transformStreamDefaultControllerTerminate(c) {
  const stream = c.stream;
  readable.readableStreamDefaultControllerClose(stream.readable.controller);
  transformStreamErrorWritableAndUnblockWrite(stream, invalidState('TransformStream has been terminated'));
}

function transformStreamDefaultSinkWriteAlgorithm(stream, chunk) {
  const c = stream.controller;
  if (stream.backpressure) {
    return stream.backpressureChangePromise.promise.then(() => {
      const w = stream.writable;
      if (w.state === 'erroring') throw w.storedError;
      return transformStreamDefaultControllerPerformTransform(c, chunk);
    });
  }
  return transformStreamDefaultControllerPerformTransform(c, chunk);
}

function transformStreamDefaultSinkAbortAlgorithm(stream, reason) {
  transformStreamError(stream, reason);
  return Promise.resolve();
}

function transformStreamDefaultSinkCloseAlgorithm(stream) {
  const r = stream.readable;
  const c = stream.controller;
  const flushPromise = c.flushAlgorithm();
  transformStreamDefaultControllerClearAlgorithms(c);
  return flushPromise.then(() => {
    if (r.state === 'errored') throw r.storedError;
    readable.readableStreamDefaultControllerClose(r.controller);
  }, (e) => {
    transformStreamError(stream, e);
    throw r.storedError;
  });
}

function transformStreamDefaultSourcePullAlgorithm(stream) {
  transformStreamSetBackpressure(stream, false);
  return stream.backpressureChangePromise.promise;
}

module.exports = { TransformStream, TransformStreamDefaultController };
