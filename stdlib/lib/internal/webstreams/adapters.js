// The bridges between Node streams and web streams: Readable.fromWeb and
// toWeb, Writable.fromWeb and toWeb, Duplex.fromWeb and toWeb, which
// stream.js defines. Both this file and the web streams load on first
// call, so that require('stream') loads neither.

function web() {
  return require('stream/web');
}

function isWebReadable(v) {
  return v instanceof web().ReadableStream;
}

function isWebWritable(v) {
  return v instanceof web().WritableStream;
}

function validateOptions(options) {
  if (options === null || typeof options !== 'object') {
    throw binding.invalidArgType('options', 'of type object', options);
  }
  for (const key of ['objectMode', 'decodeStrings']) {
    if (options[key] !== undefined && typeof options[key] !== 'boolean') {
      throw binding.invalidArgType(`options.${key}`, 'of type boolean', options[key]);
    }
  }
}

// A Node stream callback must never throw into the web stream machinery:
// what it throws is rethrown on the next tick, as an uncaught error.
function callSafely(callback, error) {
  try {
    callback(error);
  } catch (err) {
    process.nextTick(() => {
      throw err;
    });
  }
}

function readableFromWeb(readableStream, options = {}) {
  if (!isWebReadable(readableStream)) {
    throw binding.invalidArgType('readableStream', 'an instance of ReadableStream', readableStream);
  }
  validateOptions(options);
  const { Readable } = require('stream');
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  const reader = readableStream.getReader();
  let closed = false;
  const readable = new Readable({
    objectMode,
    highWaterMark,
    encoding,
    signal,
    read() {
      reader.read().then(({ value, done }) => {
        if (done) readable.push(null);
        else readable.push(value);
      }, (error) => readable.destroy(error));
    },
    destroy(error, callback) {
      const done = () => callSafely(callback, error);
      if (!closed) {
        reader.cancel(error).then(done, done);
        return;
      }
      done();
    },
  });
  reader.closed.then(() => {
    closed = true;
  }, (error) => {
    closed = true;
    readable.destroy(error);
  });
  return readable;
}

function readableToWeb(streamReadable, options = {}) {
  const { Readable, finished } = require('stream');
  if (!(streamReadable instanceof Readable) && typeof streamReadable?.on !== 'function') {
    throw binding.invalidArgType('streamReadable', 'an stream.Readable', streamReadable);
  }
  const { ReadableStream, CountQueuingStrategy } = web();
  const objectMode = Boolean(streamReadable.readableObjectMode);
  const highWaterMark = streamReadable.readableHighWaterMark;
  const strategy = options?.strategy ?? (objectMode ? new CountQueuingStrategy({ highWaterMark })
    : { highWaterMark, size: (chunk) => chunk.byteLength });
  let controller;
  const onData = (chunk) => {
    if (!objectMode && typeof chunk !== 'string') chunk = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length);
    controller.enqueue(chunk);
    if (controller.desiredSize <= 0) streamReadable.pause();
  };
  const cleanup = finished(streamReadable, (error) => {
    cleanup();
    streamReadable.removeListener('data', onData);
    if (error && error.code === 'ERR_STREAM_PREMATURE_CLOSE') {
      const { AbortError } = require('internal/abort_controller');
      error = new AbortError(undefined, { cause: error });
    }
    try {
      if (error) controller.error(error);
      else controller.close();
    } catch {
      // The web stream was already closed or errored from its side.
    }
  });
  streamReadable.on('data', onData);
  return new ReadableStream({
    start(c) {
      controller = c;
    },
    pull() {
      streamReadable.resume();
    },
    cancel(reason) {
      streamReadable.destroy(reason);
    },
  }, strategy);
}

function writableFromWeb(writableStream, options = {}) {
  if (!isWebWritable(writableStream)) {
    throw binding.invalidArgType('writableStream', 'an instance of WritableStream', writableStream);
  }
  validateOptions(options);
  const { Writable } = require('stream');
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  const writer = writableStream.getWriter();
  let closed = false;
  const writable = new Writable({
    highWaterMark,
    objectMode,
    decodeStrings,
    signal,
    write(chunk, encoding, callback) {
      writer.ready.then(() => writer.write(chunk)).then(() => callback(), (error) => callback(error));
    },
    destroy(error, callback) {
      const done = () => callSafely(callback, error);
      if (!closed) {
        if (error != null) writer.abort(error).then(done, done);
        else writer.close().then(done, done);
        return;
      }
      done();
    },
    final(callback) {
      if (closed) {
        callback();
        return;
      }
      writer.close().then(() => callback(), (error) => callback(error));
    },
  });
  writer.closed.then(() => {
    closed = true;
  }, (error) => {
    closed = true;
    writable.destroy(error);
  });
  return writable;
}

function writableToWeb(streamWritable) {
  const { Writable, finished } = require('stream');
  if (!(streamWritable instanceof Writable) && typeof streamWritable?.write !== 'function') {
    throw binding.invalidArgType('streamWritable', 'an stream.Writable', streamWritable);
  }
  const { WritableStream, CountQueuingStrategy } = web();
  const highWaterMark = streamWritable.writableHighWaterMark;
  const strategy = streamWritable.writableObjectMode ? new CountQueuingStrategy({ highWaterMark })
    : { highWaterMark, size: (chunk) => (typeof chunk === 'string' ? chunk.length : chunk.byteLength) };
  let controller;
  let backpressure;
  let closing;
  const cleanup = finished(streamWritable, (error) => {
    cleanup();
    if (error && error.code === 'ERR_STREAM_PREMATURE_CLOSE') {
      const { AbortError } = require('internal/abort_controller');
      error = new AbortError(undefined, { cause: error });
    }
    if (error) {
      if (backpressure) backpressure.reject(error);
      if (closing) closing.reject(error);
      else controller.error(error);
    } else if (closing) {
      closing.resolve();
    }
  });
  streamWritable.on('drain', () => {
    if (backpressure) backpressure.resolve();
    backpressure = undefined;
  });
  return new WritableStream({
    start(c) {
      controller = c;
    },
    write(chunk) {
      if (streamWritable.writableNeedDrain || !streamWritable.write(chunk)) {
        return new Promise((resolve, reject) => {
          backpressure = { resolve, reject };
        });
      }
      return undefined;
    },
    abort(reason) {
      streamWritable.destroy(reason);
    },
    close() {
      if (closing === undefined && !streamWritable.writableEnded) {
        return new Promise((resolve, reject) => {
          closing = { resolve, reject };
          streamWritable.end();
        });
      }
      return undefined;
    },
  }, strategy);
}

function duplexFromWeb(pair, options = {}) {
  if (pair === null || typeof pair !== 'object') throw binding.invalidArgType('pair', 'of type object', pair);
  if (!isWebReadable(pair.readable)) {
    throw binding.invalidArgType('pair.readable', 'an instance of ReadableStream', pair.readable);
  }
  if (!isWebWritable(pair.writable)) {
    throw binding.invalidArgType('pair.writable', 'an instance of WritableStream', pair.writable);
  }
  validateOptions(options);
  const { Duplex } = require('stream');
  const readable = readableFromWeb(pair.readable, options);
  const writable = writableFromWeb(pair.writable, options);
  const duplex = new Duplex({
    allowHalfOpen: true,
    objectMode: Boolean(options.objectMode),
    write(chunk, encoding, callback) {
      writable.write(chunk, encoding, callback);
    },
    final(callback) {
      writable.end(callback);
    },
    read() {
      readable.resume();
    },
    destroy(error, callback) {
      readable.destroy(error);
      writable.destroy(error);
      callback(error);
    },
  });
  readable.on('data', (chunk) => {
    if (!duplex.push(chunk)) readable.pause();
  });
  readable.on('end', () => duplex.push(null));
  readable.on('error', (err) => duplex.destroy(err));
  writable.on('error', (err) => duplex.destroy(err));
  readable.pause();
  return duplex;
}

function duplexToWeb(duplex) {
  const { Duplex } = require('stream');
  if (!(duplex instanceof Duplex)) throw binding.invalidArgType('duplex', 'an stream.Duplex', duplex);
  return { readable: readableToWeb(duplex), writable: writableToWeb(duplex) };
}

module.exports = {
  readableFromWeb,
  readableToWeb,
  writableFromWeb,
  writableToWeb,
  duplexFromWeb,
  duplexToWeb,
};
