// The v8 module, as far as a runtime without V8 can honestly provide it:
// heap statistics from Kiln's own heap (through process.memoryUsage), the
// startup-snapshot queries (Kiln never builds one), and no-ops for V8
// flags. Heap snapshots and coverage are V8 internals: they throw
// ERR_METHOD_NOT_IMPLEMENTED rather than pretend. Serialization is V8's
// wire format, byte for byte (the Go half is stdlib/v8.go over
// vm/v8wire.go), so that bytes cross to node and back.

function notImplemented(name) {
  return function () {
    throw binding.nodeError('Error', 'ERR_METHOD_NOT_IMPLEMENTED', `The ${name} method is not implemented`);
  };
}

// queryObjects counts the live objects whose prototype chain includes
// ctor.prototype, or lists them as util.inspect shows them at depth 0.
let queryObjectsWarned = false;
function queryObjects(ctor, options = kEmptyObject) {
  if (typeof ctor !== 'function') throw binding.invalidArgType('constructor', 'of type function', ctor);
  if (options !== kEmptyObject && (options === null || typeof options !== 'object' || Array.isArray(options))) {
    throw binding.invalidArgType('options', 'of type object', options);
  }
  const format = options.format || 'count';
  if (format !== 'count' && format !== 'summary') throw binding.invalidArgValue('options.format', format);
  if (!queryObjectsWarned) {
    queryObjectsWarned = true;
    process.emitWarning('v8.queryObjects() is an experimental feature and might change at any time', 'ExperimentalWarning');
  }
  // As the console's queryObjects: just read .prototype.
  const objects = binding.queryObjects(ctor.prototype);
  if (format === 'count') return objects.length;
  const { inspect } = require('util');
  return objects.map((object) => inspect(object, { depth: 0 }));
}
const kEmptyObject = Object.freeze({ __proto__: null });

// validateSnapshotOptions is node's check of a heap snapshot's options
// ({exposeInternals, exposeNumericValues}): Kiln's snapshots always show
// internal edges and never numbers, so only their type matters.
function validateSnapshotOptions(options) {
  if (options === undefined) return;
  if (options === null || typeof options !== 'object') {
    throw binding.invalidArgType('options', 'of type object', options);
  }
}

function writeHeapSnapshot(filename, options) {
  if (filename !== undefined) {
    if (filename instanceof URL) filename = require('url').fileURLToPath(filename);
    else if (filename instanceof Uint8Array) filename = Buffer().from(filename).toString();
    else if (typeof filename !== 'string') {
      throw binding.invalidArgType('path', 'of type string or an instance of Buffer or URL', filename);
    }
    if (filename.includes('\u0000')) {
      throw binding.invalidArgValue('path', filename, 'must be a string, Uint8Array, or URL without null bytes');
    }
  }
  validateSnapshotOptions(options);
  return binding.writeHeapSnapshot(filename);
}

// getHeapSnapshot is a Readable of the snapshot's JSON, taken now.
function getHeapSnapshot(options) {
  validateSnapshotOptions(options);
  const { HeapSnapshotStream } = require('internal/heap_snapshot_stream');
  return new HeapSnapshotStream(binding.heapSnapshot());
}

function getHeapStatistics() {
  const m = process.memoryUsage();
  const limit = binding.heapSizeLimit();
  return {
    total_heap_size: m.heapTotal,
    total_heap_size_executable: 0,
    total_physical_size: m.heapTotal,
    total_available_size: Math.max(0, limit - m.heapUsed),
    used_heap_size: m.heapUsed,
    heap_size_limit: limit,
    malloced_memory: 0,
    peak_malloced_memory: 0,
    does_zap_garbage: 0,
    number_of_native_contexts: 1,
    number_of_detached_contexts: 0,
    total_global_handles_size: 0,
    used_global_handles_size: 0,
    external_memory: m.external,
  };
}

// V8's heap spaces, in node v20's order. Kiln's heap is one space,
// collected whole: it is reported as old_space (where V8 keeps what
// survives its young generation) and the others as empty, so that the
// spaces add up to getHeapStatistics() as node's do and tools that chart
// them per space (prom-client's nodejs_heap_space_size_* series) see the
// heap where V8 keeps most of it.
const heapSpaceNames = ['read_only_space', 'new_space', 'old_space', 'code_space', 'shared_space',
  'new_large_object_space', 'large_object_space', 'code_large_object_space', 'shared_large_object_space'];

function getHeapSpaceStatistics() {
  const h = getHeapStatistics();
  return heapSpaceNames.map((space_name) => {
    const heap = space_name === 'old_space';
    const used = Math.min(h.used_heap_size, h.total_heap_size);
    return {
      space_name,
      space_size: heap ? h.total_heap_size : 0,
      space_used_size: heap ? used : 0,
      space_available_size: heap ? h.total_heap_size - used : 0,
      physical_space_size: heap ? h.total_physical_size : 0,
    };
  });
}

let BufferCtor;
function Buffer() {
  BufferCtor ||= require('buffer').Buffer;
  return BufferCtor;
}

function types() {
  return require('util/types');
}

function toBuffer(u8) {
  return Buffer().from(u8.buffer, u8.byteOffset, u8.byteLength);
}

class Serializer {
  #h = binding.newSerializer();

  writeHeader() {
    this.#h.writeHeader();
  }

  writeValue(value) {
    return this.#h.writeValue(this, value);
  }

  releaseBuffer() {
    return toBuffer(this.#h.releaseBuffer());
  }

  transferArrayBuffer(id, arrayBuffer) {
    if (!types().isArrayBuffer(arrayBuffer)) {
      throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_TYPE', 'arrayBuffer must be an ArrayBuffer');
    }
    this.#h.transferArrayBuffer(id, arrayBuffer);
  }

  writeUint32(value) {
    this.#h.writeUint32(value);
  }

  writeUint64(hi, lo) {
    this.#h.writeUint64(hi, lo);
  }

  writeDouble(value) {
    this.#h.writeDouble(value);
  }

  writeRawBytes(source) {
    if (!ArrayBuffer.isView(source)) {
      throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_TYPE', 'source must be a TypedArray or a DataView');
    }
    this.#h.writeRawBytes(source);
  }

  _setTreatArrayBufferViewsAsHostObjects(flag) {
    this.#h.setHostViews(flag);
  }
}

// As node's: the error for a value that cannot be cloned is made by
// calling this, which a subclass may replace.
Serializer.prototype._getDataCloneError = Error;

class Deserializer {
  #h;

  constructor(buffer) {
    if (!ArrayBuffer.isView(buffer)) {
      throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_TYPE', 'buffer must be a TypedArray or a DataView');
    }
    this.#h = binding.newDeserializer(buffer);
    this.buffer = buffer;
  }

  readHeader() {
    return this.#h.readHeader();
  }

  readValue() {
    return this.#h.readValue(this);
  }

  getWireFormatVersion() {
    return this.#h.version();
  }

  transferArrayBuffer(id, arrayBuffer) {
    if (!types().isArrayBuffer(arrayBuffer) && !types().isSharedArrayBuffer(arrayBuffer)) {
      throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_TYPE',
        'arrayBuffer must be an ArrayBuffer or SharedArrayBuffer');
    }
    this.#h.transferArrayBuffer(id, arrayBuffer);
  }

  readUint32() {
    return this.#h.readUint32();
  }

  readUint64() {
    return this.#h.readUint64();
  }

  readDouble() {
    return this.#h.readDouble();
  }

  // _readRawBytes skips length bytes and returns their offset in buffer.
  _readRawBytes(length) {
    return this.#h.readRawBytes(length);
  }

  readRawBytes(length) {
    const offset = this._readRawBytes(length);
    return Buffer().from(this.buffer.buffer, this.buffer.byteOffset + offset, length >>> 0);
  }
}

// The view classes of DefaultSerializer's host objects, by the index it
// writes before them (node's numbering; a Buffer is 10).
const viewTypes = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, DataView, null, BigInt64Array, BigUint64Array];
const kBufferIndex = 10;
const typedArrayName = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype),
  Symbol.toStringTag).get;

// DefaultSerializer writes a Buffer or other view as its type, its length
// and its own bytes, rather than as the whole ArrayBuffer behind it (a
// Buffer's is often the shared pool).
class DefaultSerializer extends Serializer {
  constructor() {
    super();
    this._setTreatArrayBufferViewsAsHostObjects(true);
  }

  _writeHostObject(abView) {
    let index = kBufferIndex;
    if (!(abView instanceof Buffer())) {
      const name = typedArrayName.call(abView);
      index = name === undefined ? viewTypes.indexOf(DataView) : viewTypes.findIndex(c => c !== null && c.name === name);
    }
    this.writeUint32(index);
    this.writeUint32(abView.byteLength);
    this.writeRawBytes(new Uint8Array(abView.buffer, abView.byteOffset, abView.byteLength));
  }
}

class DefaultDeserializer extends Deserializer {
  _readHostObject() {
    const index = this.readUint32();
    const byteLength = this.readUint32();
    const offset = this._readRawBytes(byteLength);
    const at = this.buffer.byteOffset + offset;
    if (index === kBufferIndex) return Buffer().from(this.buffer.buffer, at, byteLength);
    const Ctor = viewTypes[index];
    if (Ctor === undefined || Ctor === null) {
      throw new Error('Unable to deserialize cloned data.');
    }
    const size = Ctor === DataView ? 1 : Ctor.BYTES_PER_ELEMENT;
    if (at % size === 0) return new Ctor(this.buffer.buffer, at, byteLength / size);
    // A view must start at a multiple of its element size: the bytes move.
    const copy = Buffer().allocUnsafe(byteLength);
    copy.set(new Uint8Array(this.buffer.buffer, at, byteLength));
    return new Ctor(copy.buffer, copy.byteOffset, byteLength / size);
  }
}

function serialize(value) {
  const ser = new DefaultSerializer();
  ser.writeHeader();
  ser.writeValue(value);
  return ser.releaseBuffer();
}

function deserialize(buffer) {
  const der = new DefaultDeserializer(buffer);
  der.readHeader();
  return der.readValue();
}

module.exports = {
  cachedDataVersionTag() { return 0; },
  getHeapStatistics,
  getHeapSpaceStatistics,
  getHeapCodeStatistics() {
    return { code_and_metadata_size: 0, bytecode_and_metadata_size: 0, external_script_source_size: 0, cpu_profiler_metadata_size: 0 };
  },
  // Kiln has no V8 flags to set: like node given flags V8 does not know,
  // it takes the string and changes nothing.
  setFlagsFromString(flags) {
    if (typeof flags !== 'string') throw binding.invalidArgType('flags', 'of type string', flags);
  },
  getHeapSnapshot,
  writeHeapSnapshot,
  serialize,
  deserialize,
  Serializer,
  Deserializer,
  DefaultSerializer,
  DefaultDeserializer,
  takeCoverage() { binding.takeCoverage(); },
  stopCoverage() { binding.stopCoverage(); },
  queryObjects,
  setHeapSnapshotNearHeapLimit(limit) {
    if (typeof limit !== 'number') throw binding.invalidArgType('limit', 'of type number', limit);
    if (!Number.isInteger(limit)) {
      throw binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE', `The value of "limit" is out of range. It must be an integer. Received ${limit}`);
    }
    if (limit < 1 || limit > 4294967295) {
      throw binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE',
        `The value of "limit" is out of range. It must be >= 1 && <= 4294967295. Received ${limit}`);
    }
    binding.setHeapSnapshotNearHeapLimit(limit);
  },
  startupSnapshot: {
    addSerializeCallback() {},
    addDeserializeCallback() {},
    setDeserializeMainFunction() {},
    isBuildingSnapshot() { return false; },
  },
};
