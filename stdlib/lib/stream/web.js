// The stream/web module: the WHATWG streams (internal/webstreams/), the
// queuing strategies, and the encoding and compression transform streams
// built on them. Its exports are also globals (see webstreams.go).

const {
  ReadableStream, ReadableStreamDefaultReader, ReadableStreamBYOBReader, ReadableStreamBYOBRequest,
  ReadableByteStreamController, ReadableStreamDefaultController,
} = require('internal/webstreams/readable');
const {
  WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController,
} = require('internal/webstreams/writable');
const { TransformStream, TransformStreamDefaultController } = require('internal/webstreams/transform');
const {
  slots, thisSlot, invalidValue, kInspect, inspectFields, defineToStringTag, enumerableMembers,
} = require('internal/webstreams/util');

// ---------------------------------------------------------------------------
// Queuing strategies (Streams §7)

function strategyInit(init) {
  if (init === null || typeof init !== 'object') throw binding.invalidArgType('init', 'of type object', init);
  if (init.highWaterMark === undefined) {
    throw binding.nodeError('TypeError', 'ERR_MISSING_OPTION', 'init.highWaterMark is required');
  }
  return +init.highWaterMark;
}

// The size functions are shared by all instances, as the spec asks.
const byteLengthSize = { size(chunk) { return chunk.byteLength; } }.size;
const countSize = { size() { return 1; } }.size;

class ByteLengthQueuingStrategy {
  constructor(init) {
    slots.set(this, { kind: 'blqs', highWaterMark: strategyInit(init) });
  }

  get highWaterMark() {
    return thisSlot(this, 'blqs', 'ByteLengthQueuingStrategy').highWaterMark;
  }

  get size() {
    thisSlot(this, 'blqs', 'ByteLengthQueuingStrategy');
    return byteLengthSize;
  }

  [kInspect](depth, options, inspect) {
    return inspectFields('ByteLengthQueuingStrategy', { highWaterMark: this.highWaterMark }, depth, options, inspect);
  }
}

enumerableMembers(ByteLengthQueuingStrategy, ['highWaterMark', 'size']);
defineToStringTag(ByteLengthQueuingStrategy, 'ByteLengthQueuingStrategy');

class CountQueuingStrategy {
  constructor(init) {
    slots.set(this, { kind: 'cqs', highWaterMark: strategyInit(init) });
  }

  get highWaterMark() {
    return thisSlot(this, 'cqs', 'CountQueuingStrategy').highWaterMark;
  }

  get size() {
    thisSlot(this, 'cqs', 'CountQueuingStrategy');
    return countSize;
  }

  [kInspect](depth, options, inspect) {
    return inspectFields('CountQueuingStrategy', { highWaterMark: this.highWaterMark }, depth, options, inspect);
  }
}

enumerableMembers(CountQueuingStrategy, ['highWaterMark', 'size']);
defineToStringTag(CountQueuingStrategy, 'CountQueuingStrategy');

// ---------------------------------------------------------------------------
// TextEncoderStream and TextDecoderStream (Encoding §7)

class TextEncoderStream {
  constructor() {
    const encoder = new TextEncoder();
    // A high surrogate ending one chunk waits for the low surrogate that
    // may begin the next, so that the pair encodes as one code point.
    let pending = '';
    const transform = new TransformStream({
      transform(chunk, controller) {
        let s = pending + String(chunk);
        pending = '';
        const last = s.charCodeAt(s.length - 1);
        if (last >= 0xd800 && last <= 0xdbff) {
          pending = s[s.length - 1];
          s = s.slice(0, -1);
        }
        if (s.length > 0) controller.enqueue(encoder.encode(s));
      },
      flush(controller) {
        if (pending !== '') controller.enqueue(new Uint8Array([0xef, 0xbf, 0xbd]));
      },
    });
    slots.set(this, { kind: 'tes', transform });
  }

  get encoding() {
    thisSlot(this, 'tes', 'TextEncoderStream');
    return 'utf-8';
  }

  get readable() {
    return thisSlot(this, 'tes', 'TextEncoderStream').transform.readable;
  }

  get writable() {
    return thisSlot(this, 'tes', 'TextEncoderStream').transform.writable;
  }

  [kInspect](depth, options, inspect) {
    return inspectFields('TextEncoderStream', {
      encoding: this.encoding, readable: this.readable, writable: this.writable,
    }, depth, options, inspect);
  }
}

enumerableMembers(TextEncoderStream, ['encoding', 'readable', 'writable']);
defineToStringTag(TextEncoderStream, 'TextEncoderStream');

class TextDecoderStream {
  constructor(label = 'utf-8', options = {}) {
    const decoder = new TextDecoder(label, options);
    const transform = new TransformStream({
      transform(chunk, controller) {
        const s = decoder.decode(chunk, { stream: true });
        if (s !== '') controller.enqueue(s);
      },
      flush(controller) {
        const s = decoder.decode();
        if (s !== '') controller.enqueue(s);
      },
    });
    slots.set(this, { kind: 'tds', decoder, transform });
  }

  get encoding() {
    return thisSlot(this, 'tds', 'TextDecoderStream').decoder.encoding;
  }

  get fatal() {
    return thisSlot(this, 'tds', 'TextDecoderStream').decoder.fatal;
  }

  get ignoreBOM() {
    return thisSlot(this, 'tds', 'TextDecoderStream').decoder.ignoreBOM;
  }

  get readable() {
    return thisSlot(this, 'tds', 'TextDecoderStream').transform.readable;
  }

  get writable() {
    return thisSlot(this, 'tds', 'TextDecoderStream').transform.writable;
  }

  [kInspect](depth, options, inspect) {
    return inspectFields('TextDecoderStream', {
      encoding: this.encoding, fatal: this.fatal, ignoreBOM: this.ignoreBOM, readable: this.readable,
      writable: this.writable,
    }, depth, options, inspect);
  }
}

enumerableMembers(TextDecoderStream, ['encoding', 'fatal', 'ignoreBOM', 'readable', 'writable']);
defineToStringTag(TextDecoderStream, 'TextDecoderStream');

// ---------------------------------------------------------------------------
// CompressionStream and DecompressionStream (Compression Streams §5), a
// TransformStream around one of zlib's Node streams: each written chunk
// goes through the zlib stream and whatever it emits is enqueued.

function zlibTransform(zstream) {
  let controller;
  let failure;
  zstream.on('data', (chunk) => {
    controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length));
  });
  zstream.on('error', (err) => {
    failure = err;
    controller.error(err);
  });
  return new TransformStream({
    start(c) {
      controller = c;
    },
    transform(chunk) {
      if (typeof chunk !== 'string' && !ArrayBuffer.isView(chunk) && !(chunk instanceof ArrayBuffer)) {
        throw binding.invalidArgType('chunk',
          'of type string or an instance of Buffer, TypedArray, or DataView', chunk);
      }
      if (chunk instanceof ArrayBuffer) chunk = new Uint8Array(chunk);
      return new Promise((resolve, reject) => {
        zstream.write(chunk, (err) => (err || failure ? reject(err || failure) : resolve()));
      });
    },
    flush() {
      return new Promise((resolve, reject) => {
        if (failure) {
          reject(failure);
          return;
        }
        zstream.once('end', resolve);
        zstream.once('error', reject);
        zstream.end();
      });
    },
  });
}

function compressionFormat(format, zlib, forCompression) {
  switch (format) {
    case 'deflate': return forCompression ? zlib.createDeflate() : zlib.createInflate();
    case 'deflate-raw': return forCompression ? zlib.createDeflateRaw() : zlib.createInflateRaw();
    case 'gzip': return forCompression ? zlib.createGzip() : zlib.createGunzip();
    default: throw invalidValue('format', format);
  }
}

class CompressionStream {
  constructor(format) {
    const transform = zlibTransform(compressionFormat(format, require('zlib'), true));
    slots.set(this, { kind: 'cs', transform });
  }

  get readable() {
    return thisSlot(this, 'cs', 'CompressionStream').transform.readable;
  }

  get writable() {
    return thisSlot(this, 'cs', 'CompressionStream').transform.writable;
  }

  [kInspect](depth, options, inspect) {
    return inspectFields('CompressionStream', { readable: this.readable, writable: this.writable },
      depth, options, inspect);
  }
}

enumerableMembers(CompressionStream, ['readable', 'writable']);
defineToStringTag(CompressionStream, 'CompressionStream');

class DecompressionStream {
  constructor(format) {
    const transform = zlibTransform(compressionFormat(format, require('zlib'), false));
    slots.set(this, { kind: 'ds', transform });
  }

  get readable() {
    return thisSlot(this, 'ds', 'DecompressionStream').transform.readable;
  }

  get writable() {
    return thisSlot(this, 'ds', 'DecompressionStream').transform.writable;
  }

  [kInspect](depth, options, inspect) {
    return inspectFields('DecompressionStream', { readable: this.readable, writable: this.writable },
      depth, options, inspect);
  }
}

enumerableMembers(DecompressionStream, ['readable', 'writable']);
defineToStringTag(DecompressionStream, 'DecompressionStream');

module.exports = {
  ReadableStream, ReadableStreamDefaultReader, ReadableStreamBYOBReader, ReadableStreamBYOBRequest,
  ReadableByteStreamController, ReadableStreamDefaultController, TransformStream, TransformStreamDefaultController,
  WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController, ByteLengthQueuingStrategy,
  CountQueuingStrategy, TextEncoderStream, TextDecoderStream, CompressionStream, DecompressionStream,
};
