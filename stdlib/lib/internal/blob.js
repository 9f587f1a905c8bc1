// Blob (the File API's immutable bytes with a MIME type) and File (a Blob
// with a name and a date), as buffer.Blob and buffer.File and globals. The bytes are copied in at construction and only
// read afterwards, so slices share them. stream() is missing: Kiln has no
// web streams yet.

const { Buffer } = require('buffer');

const bytesOf = new WeakMap();
const typeOf = new WeakMap();

function internal(self) {
  const bytes = bytesOf.get(self);
  if (bytes === undefined) {
    throw binding.nodeError('TypeError', 'ERR_INVALID_THIS', 'Value of "this" must be of type Blob');
  }
  return bytes;
}

// normalizeType is the standard's type rule: printable ASCII lowercased,
// anything else makes the type empty.
function normalizeType(type) {
  type = `${type}`;
  return /^[\x20-\x7e]*$/.test(type) ? type.toLowerCase() : '';
}

function partBytes(part, endings) {
  if (typeof part === 'object' && part !== null) {
    if (bytesOf.has(part)) return bytesOf.get(part);
    if (ArrayBuffer.isView(part)) return new Uint8Array(part.buffer, part.byteOffset, part.byteLength);
    const tag = Object.prototype.toString.call(part);
    if (tag === '[object ArrayBuffer]' || tag === '[object SharedArrayBuffer]') return new Uint8Array(part);
  }
  let s = `${part}`;
  if (endings === 'native') s = s.replace(/\r?\n/g, '\n');
  return Buffer.from(s, 'utf8');
}

class Blob {
  constructor(sources = [], options) {
    if (sources === null || typeof sources !== 'object' || typeof sources[Symbol.iterator] !== 'function') {
      throw binding.invalidArgType('sources', 'a sequence', sources);
    }
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw binding.invalidArgType('options', 'a dictionary', options);
    }
    const { endings = 'transparent', type = '' } = options || {};
    if (endings !== 'transparent' && endings !== 'native') {
      throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
        `The property 'options.endings' is invalid. Received ${binding.inspect(endings)}`);
    }
    const parts = [];
    for (const part of sources) parts.push(partBytes(part, endings));
    bytesOf.set(this, Buffer.concat(parts));
    typeOf.set(this, normalizeType(type));
  }

  get type() {
    internal(this);
    return typeOf.get(this);
  }

  get size() {
    return internal(this).length;
  }

  slice(start = 0, end, contentType = '') {
    const bytes = internal(this);
    const size = bytes.length;
    const clamp = (n) => {
      n = Math.trunc(+n) || 0;
      return n < 0 ? Math.max(size + n, 0) : Math.min(n, size);
    };
    const from = clamp(start);
    const to = end === undefined ? size : clamp(end);
    const blob = Object.create(Blob.prototype);
    bytesOf.set(blob, bytes.subarray(from, Math.max(from, to)));
    typeOf.set(blob, normalizeType(contentType));
    return blob;
  }

  arrayBuffer() {
    try {
      const bytes = internal(this);
      return Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    } catch (err) {
      return Promise.reject(err);
    }
  }

  async text() {
    internal(this);
    return new TextDecoder().decode(await this.arrayBuffer());
  }

  async bytes() {
    return new Uint8Array(await this.arrayBuffer());
  }

  // A byte stream of the blob's contents, in one chunk: the bytes are
  // already in memory.
  stream() {
    const bytes = internal(this);
    const { ReadableStream } = require('stream/web');
    return new ReadableStream({
      type: 'bytes',
      pull(c) {
        if (bytes.length > 0) c.enqueue(new Uint8Array(bytes));
        c.close();
        c.byobRequest?.respond(0);
      },
    });
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    const fields = { size: this.size, type: this.type };
    return `Blob ${inspect(fields, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

Object.defineProperty(Blob.prototype, Symbol.toStringTag, { __proto__: null, value: 'Blob', configurable: true });

class File extends Blob {
  #name;
  #lastModified;

  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) {
      throw binding.nodeError('TypeError', 'ERR_MISSING_ARGS',
        'The "fileBits" and "fileName" arguments must be specified');
    }
    super(fileBits, options);
    const { lastModified } = options;
    this.#name = `${fileName}`;
    this.#lastModified = lastModified === undefined ? Date.now() : +lastModified;
  }

  get name() {
    return this.#name;
  }

  get lastModified() {
    return this.#lastModified;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    const fields = { size: this.size, type: this.type, name: this.#name, lastModified: this.#lastModified };
    return `File ${inspect(fields, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

Object.defineProperty(File.prototype, Symbol.toStringTag, { __proto__: null, value: 'File', configurable: true });

// The blobs URL.createObjectURL registered, by URL, for
// buffer.resolveObjectURL.
const objectURLs = new Map();

module.exports = { Blob, File, objectURLs };
