// The stream module: the legacy Stream constructor itself, carrying the
// stream classes and helpers as properties (require('stream').Readable,
// and require('stream') === require('stream').Stream), as Node's does.
// The pieces live in internal/streams/; pipeline, compose and duplexPair,
// the promise API, the iterator helpers and the web stream bridges load on
// first use.

const { Stream } = require('internal/streams/legacy');
const utils = require('internal/streams/utils');
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const Duplex = require('internal/streams/duplex');
const Transform = require('internal/streams/transform');
const PassThrough = require('internal/streams/passthrough');
const { eos } = require('internal/streams/end_of_stream');
const { addAbortSignal } = require('internal/streams/add_abort_signal');
const { destroyer } = require('internal/streams/destroy');

function pipeline(...streams) {
  return require('internal/streams/pipeline').pipeline(...streams);
}

// The iterator helpers (map, toArray, ...) are non-enumerable methods of
// Readable.prototype, as in Node; the stream-returning ones wrap their
// result in Readable.from.
let operators;
function operator(kind, name) {
  operators ??= require('internal/streams/operators');
  return operators[kind][name];
}
for (const name of ['map', 'filter', 'flatMap', 'drop', 'take', 'asIndexedPairs']) {
  Object.defineProperty(Readable.prototype, name, {
    value: { [name](...args) { return Readable.from(Reflect.apply(operator('streamReturning', name), this, args)); } }[name],
    writable: true,
    configurable: true,
  });
}
for (const name of ['forEach', 'toArray', 'some', 'every', 'find', 'reduce']) {
  Object.defineProperty(Readable.prototype, name, {
    value: { [name](...args) { return Reflect.apply(operator('promiseReturning', name), this, args); } }[name],
    writable: true,
    configurable: true,
  });
}

// The bridges to web streams: Readable.fromWeb and toWeb, Writable.fromWeb
// and toWeb, Duplex.fromWeb and toWeb.
let adapters;
function adapter() {
  return adapters ??= require('internal/webstreams/adapters');
}
Readable.fromWeb = function fromWeb(readableStream, options) {
  return adapter().readableFromWeb(readableStream, options);
};
Readable.toWeb = function toWeb(streamReadable, options) {
  return adapter().readableToWeb(streamReadable, options);
};
Writable.fromWeb = function fromWeb(writableStream, options) {
  return adapter().writableFromWeb(writableStream, options);
};
Writable.toWeb = function toWeb(streamWritable) {
  return adapter().writableToWeb(streamWritable);
};
Duplex.fromWeb = function fromWeb(pair, options) {
  return adapter().duplexFromWeb(pair, options);
};
Duplex.toWeb = function toWeb(duplex) {
  return adapter().duplexToWeb(duplex);
};

Duplex.from = function from(body) {
  return require('internal/streams/duplexify').duplexFrom(body);
};

let composeImpl;
function composeModule() {
  return composeImpl ??= require('internal/streams/compose');
}
function compose(...streams) {
  return composeModule().compose(...streams);
}
function duplexPair(options) {
  return composeModule().duplexPair(options);
}
Object.defineProperty(Readable.prototype, 'compose', {
  value: function compose(stream, options) {
    return Readable.from(Reflect.apply(composeModule().readableCompose, this, [stream, options]));
  },
  writable: true,
  configurable: true,
});

Stream.isDestroyed = utils.isDestroyed;
Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;
Stream.Readable = Readable;
Stream.Writable = Writable;
Stream.Duplex = Duplex;
Stream.Transform = Transform;
Stream.PassThrough = PassThrough;
Stream.duplexPair = duplexPair;
Stream.pipeline = pipeline;
Stream.addAbortSignal = addAbortSignal;
Stream.finished = eos;
Stream.destroy = destroyer;
Stream.compose = compose;
Stream.setDefaultHighWaterMark = utils.setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = utils.getDefaultHighWaterMark;

Object.defineProperty(Stream, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    return require('stream/promises');
  },
});

// util.promisify(pipeline) and util.promisify(finished) give the promise
// forms.
const customPromisify = Symbol.for('nodejs.util.promisify.custom');
Object.defineProperty(pipeline, customPromisify, {
  __proto__: null,
  enumerable: true,
  get() {
    return require('stream/promises').pipeline;
  },
});
Object.defineProperty(eos, customPromisify, {
  __proto__: null,
  enumerable: true,
  get() {
    return require('stream/promises').finished;
  },
});

Stream.Stream = Stream;
Stream._isArrayBufferView = ArrayBuffer.isView;
Stream._isUint8Array = (value) => value instanceof Uint8Array;
Stream._uint8ArrayToBuffer = (chunk) => {
  const { Buffer } = require('buffer');
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
};

module.exports = Stream;
