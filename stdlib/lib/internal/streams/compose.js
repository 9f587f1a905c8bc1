// stream.compose, Readable.prototype.compose and stream.duplexPair.
//
// compose(...stages) makes one Duplex of a chain: what is written to it
// goes into the first stage, what the last stage gives is read from it,
// and pipeline() carries data and errors between the stages. A stage is a
// stream or an async function of the previous stage's chunks (an async
// iterable) returning either an async iterable (a transform) or, last, a
// promise (a sink); such a function becomes a Duplex of its own first. An
// iterable may start the chain. (node's compose takes whatever Duplex.from
// does; promises, Blobs, web streams and pairs are not stages here yet.)

const Duplex = require('internal/streams/duplex');
const { pipeline } = require('internal/streams/pipeline');
const { isReadableNodeStream, isWritableNodeStream, isNodeStream, isIterable } = require('internal/streams/utils');
const { addAbortSignalNoValidate } = require('internal/streams/add_abort_signal');
const { functionToDuplex } = require('internal/streams/duplexify');

const bodyTypes = 'of type function or an instance of Blob, ReadableStream, WritableStream, Stream, Iterable, ' +
  'AsyncIterable, or Promise or { readable, writable } pair';

// toStage makes a stage a stream: a function as above, an iterable, async
// iterable or string as a readable-only source.
function toStage(stage) {
  if (typeof stage === 'function') return functionToDuplex(stage);
  if (isNodeStream(stage)) return stage;
  if (typeof stage === 'string' || isIterable(stage)) {
    const Readable = require('internal/streams/readable');
    return Readable.from(stage, { objectMode: true });
  }
  throw binding.invalidArgType('body', bodyTypes, stage);
}

function compose(...stages) {
  if (stages.length === 0) {
    throw binding.nodeError('TypeError', 'ERR_MISSING_ARGS', 'The "streams" argument must be specified');
  }
  const given = stages;
  stages = stages.map(toStage);
  if (stages.length === 1) return stages[0];
  stages.forEach((s, i) => {
    if (i < stages.length - 1 && !isReadableNodeStream(s)) {
      throw binding.invalidArgValue(`streams[${i}]`, given[i], 'must be readable');
    }
    if (i > 0 && !isWritableNodeStream(s)) {
      throw binding.invalidArgValue(`streams[${i}]`, given[i], 'must be writable');
    }
  });
  const head = stages[0];
  const tail = stages[stages.length - 1];
  const writable = isWritableNodeStream(head);
  const readable = isReadableNodeStream(tail);
  const d = new Duplex({
    writableObjectMode: Boolean(head.writableObjectMode),
    readableObjectMode: Boolean(tail.readableObjectMode),
    writable,
    readable,
  });

  // Callbacks waiting on the chain: a write on 'drain', the final on the
  // tail's 'finish', a read on 'readable', a destroy on the pipeline's end.
  let ondrain = null;
  let onfinish = null;
  let onreadable = null;
  let onclose = null;
  let pipelineDone = false;
  const take = (cb) => { if (cb) cb(); };

  pipeline(...stages, (err) => {
    pipelineDone = true;
    const cb = onclose;
    onclose = null;
    if (cb) cb(err);
    else if (err) d.destroy(err);
    else if (!readable && !writable) d.destroy();
  });

  if (writable) {
    d._write = (chunk, encoding, callback) => {
      if (head.write(chunk, encoding)) callback();
      else ondrain = callback;
    };
    d._final = (callback) => {
      head.end();
      onfinish = callback;
    };
    head.on('drain', () => { const cb = ondrain; ondrain = null; take(cb); });
    tail.on('finish', () => { const cb = onfinish; onfinish = null; take(cb); });
  }
  if (readable) {
    tail.on('readable', () => { const cb = onreadable; onreadable = null; take(cb); });
    tail.on('end', () => d.push(null));
    d._read = () => {
      for (;;) {
        const chunk = tail.read();
        if (chunk === null) {
          onreadable = d._read;
          return;
        }
        if (!d.push(chunk)) return;
      }
    };
  }
  // Destroying the composite while the chain still runs aborts it, and
  // completes once the pipeline has torn every stage down.
  d._destroy = (err, callback) => {
    ondrain = onfinish = onreadable = null;
    if (pipelineDone) {
      callback(err);
      return;
    }
    if (!err) {
      const { AbortError } = require('internal/abort_controller');
      err = new AbortError();
    }
    onclose = callback;
    tail.destroy(err);
  };
  return d;
}

// Readable.prototype.compose: the readable composed with stream (node
// wraps the result in Readable.from, as its other stream-returning
// operators).
function readableCompose(stream, options) {
  if (options != null && (typeof options !== 'object')) throw binding.invalidArgType('options', 'of type object', options);
  if (options?.signal != null && !(options.signal instanceof AbortSignal)) {
    throw binding.invalidArgType('options.signal', 'an instance of AbortSignal', options.signal);
  }
  if (isNodeStream(stream) && !isWritableNodeStream(stream)) {
    throw binding.invalidArgValue('stream', stream, 'must be writable');
  }
  const composed = compose(this, stream);
  if (options?.signal) addAbortSignalNoValidate(options.signal, composed);
  return composed;
}

// duplexPair: two Duplexes wired back to back, what one side writes the
// other reads. A write completes when the other side has read it.
const kOtherSide = Symbol('kOtherSide');
const kCallback = Symbol('kCallback');

class DuplexSide extends Duplex {
  constructor(options) {
    super(options);
    this[kOtherSide] = null;
    this[kCallback] = null;
  }

  _read() {
    const callback = this[kCallback];
    if (callback) {
      this[kCallback] = null;
      callback();
    }
  }

  _write(chunk, encoding, callback) {
    if (chunk.length === 0) {
      process.nextTick(callback);
    } else {
      this[kOtherSide].push(chunk);
      this[kOtherSide][kCallback] = callback;
    }
  }

  _final(callback) {
    this[kOtherSide].on('end', callback);
    this[kOtherSide].push(null);
  }
}

function duplexPair(options) {
  const a = new DuplexSide(options);
  const b = new DuplexSide(options);
  a[kOtherSide] = b;
  b[kOtherSide] = a;
  return [a, b];
}

module.exports = { compose, readableCompose, duplexPair };
