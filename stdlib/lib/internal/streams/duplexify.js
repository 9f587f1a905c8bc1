// Duplex.from(body), which Transform.from and PassThrough.from inherit:
// a Duplex (of class Duplexify, as in node) made of whatever body is.
//   - a Duplex is returned as it is; a readable-only or writable-only node
//     stream becomes the matching side of a new Duplex;
//   - a function is called at once with an async iterable of the chunks
//     written, and what it returns is read (an iterable) or, a promise,
//     awaited before the writable side finishes;
//   - an iterable (or string) is read, a promise's value is the one chunk;
//   - a { readable, writable } pair is joined, each side made a stream
//     first; web streams go through the fromWeb bridges; a Blob is read as
//     one ArrayBuffer.

const Duplex = require('internal/streams/duplex');
const PassThrough = require('internal/streams/passthrough');
const { destroyer } = require('internal/streams/destroy');
const { eos } = require('internal/streams/end_of_stream');
const from = require('internal/streams/from');
const {
  isReadableNodeStream, isWritableNodeStream, isDuplexNodeStream, isNodeStream, isIterable,
  isReadableStream, isWritableStream, isReadable, isWritable,
} = require('internal/streams/utils');

const bodyTypes = 'of type function or an instance of Blob, ReadableStream, WritableStream, Stream, Iterable, ' +
  'AsyncIterable, or Promise or { readable, writable } pair';

class Duplexify extends Duplex {}

// specificType is node's "type number (5)" wording for a value.
function specificType(value) {
  return binding.invalidArgType('x', 'x', value).message.split('. Received ')[1];
}

// functionToDuplex runs fn at once, on an async iterable of the chunks
// that will be written.
function functionToDuplex(fn) {
  const source = new PassThrough({ objectMode: true, highWaterMark: 1 });
  const ac = new AbortController();
  const value = fn(source, { signal: ac.signal });
  const readable = isIterable(value);
  if (!readable && typeof value?.then !== 'function') {
    throw binding.nodeError('TypeError', 'ERR_INVALID_RETURN_VALUE',
      'Expected Iterable, AsyncIterable or AsyncFunction to be returned from the "body" function but got ' +
      `${specificType(value)}.`);
  }
  let iterator = null;
  let resume = null;
  const d = new Duplexify({ objectMode: true, highWaterMark: 1, readable, writable: true });
  d._write = (chunk, encoding, callback) => {
    if (source.write(chunk)) callback();
    else source.once('drain', () => callback());
  };
  d._final = (callback) => {
    source.end();
    if (!readable) value.then(() => callback(), callback);
    else callback();
  };
  if (readable) {
    const pump = async () => {
      try {
        for await (const chunk of iterator) {
          if (!d.push(chunk)) await new Promise((r) => { resume = r; });
        }
        d.push(null);
      } catch (err) {
        d.destroy(err);
      }
    };
    d._read = () => {
      if (iterator === null) {
        iterator = value[Symbol.asyncIterator] ? value[Symbol.asyncIterator]() : value[Symbol.iterator]();
        pump();
      } else if (resume !== null) {
        const r = resume;
        resume = null;
        r();
      }
    };
  } else {
    value.catch((err) => d.destroy(err));
  }
  d._destroy = (err, callback) => {
    ac.abort();
    source.destroy();
    callback(err);
  };
  return d;
}

// pairToDuplex joins a readable and a writable (either may be missing):
// writes go to w, reads come from r, and the Duplex ends as they do.
function pairToDuplex(r, w) {
  let readable = Boolean(r && isReadable(r));
  let writable = Boolean(w && isWritable(w));
  let ondrain = null;
  let onfinish = null;
  let onreadable = null;
  let onclose = null;
  const d = new Duplexify({
    readableObjectMode: Boolean(r?.readableObjectMode),
    writableObjectMode: Boolean(w?.writableObjectMode),
    readable,
    writable,
  });
  const take = (cb) => { if (cb) cb(); };
  // Either side's end or error settles a pending destroy; an error with no
  // destroy pending destroys the Duplex.
  const settled = (err) => {
    const cb = onclose;
    onclose = null;
    if (cb) cb(err);
    else if (err) d.destroy(err);
  };

  if (writable) {
    eos(w, (err) => {
      writable = false;
      if (err && r) destroyer(r, err);
      settled(err);
    });
    d._write = (chunk, encoding, callback) => {
      if (w.write(chunk, encoding)) callback();
      else ondrain = callback;
    };
    d._final = (callback) => {
      w.end();
      onfinish = callback;
    };
    w.on('drain', () => { const cb = ondrain; ondrain = null; take(cb); });
    w.on('finish', () => { const cb = onfinish; onfinish = null; take(cb); });
  }
  if (readable) {
    eos(r, (err) => {
      readable = false;
      if (err) destroyer(r, err);
      settled(err);
    });
    r.on('readable', () => { const cb = onreadable; onreadable = null; take(cb); });
    r.on('end', () => d.push(null));
    d._read = () => {
      for (;;) {
        const chunk = r.read();
        if (chunk === null) {
          onreadable = d._read;
          return;
        }
        if (!d.push(chunk)) return;
      }
    };
  }
  d._destroy = (err, callback) => {
    ondrain = onfinish = onreadable = null;
    if (!readable && !writable) {
      callback(err);
      return;
    }
    if (!err) {
      const { AbortError } = require('internal/abort_controller');
      err = new AbortError();
    }
    onclose = callback;
    if (w) destroyer(w, err);
    if (r) destroyer(r, err);
  };
  return d;
}

function promiseToDuplex(promise) {
  const d = new Duplexify({ objectMode: true, writable: false, read() {} });
  promise.then((value) => {
    if (value != null) d.push(value);
    d.push(null);
  }, (err) => destroyer(d, err));
  return d;
}

function duplexFrom(body) {
  if (isDuplexNodeStream(body)) return body;
  if (isReadableNodeStream(body)) return pairToDuplex(body, null);
  if (isWritableNodeStream(body)) return pairToDuplex(null, body);
  if (isNodeStream(body)) return pairToDuplex(null, null);
  const Readable = require('internal/streams/readable');
  const Writable = require('internal/streams/writable');
  if (isReadableStream(body)) return pairToDuplex(Readable.fromWeb(body), null);
  if (isWritableStream(body)) return pairToDuplex(null, Writable.fromWeb(body));
  if (typeof body === 'function') return functionToDuplex(body);
  if (typeof Blob !== 'undefined' && body instanceof Blob) return promiseToDuplex(body.arrayBuffer());
  if (typeof body === 'string' || isIterable(body)) {
    return from(Duplexify, body, { objectMode: true, writable: false });
  }
  if (isReadableStream(body?.readable) && isWritableStream(body?.writable)) return Duplex.fromWeb(body);
  if (typeof body?.readable === 'object' || typeof body?.writable === 'object') {
    const side = (s, isStream) => (s ? (isStream(s) ? s : duplexFrom(s)) : null);
    return pairToDuplex(side(body.readable, isReadableNodeStream), side(body.writable, isWritableNodeStream));
  }
  if (typeof body?.then === 'function') return promiseToDuplex(body);
  throw binding.invalidArgType('body', bodyTypes, body);
}

module.exports = { duplexFrom, functionToDuplex };
