// Shared pieces of the WHATWG streams: internal slots, promise
// capabilities, queues with sizes, strategies and Node's error shapes.
//
// Every public stream object (stream, reader, writer, controller) maps
// through `slots` to a plain record holding the spec's internal slots, so
// the algorithms in readable.js, writable.js and transform.js work on
// records and the public classes stay thin. A record's `kind` doubles as
// the brand check the spec's "implements the interface" steps ask for.

const slots = new WeakMap();

function slotOf(obj, kind) {
  const s = (obj !== null && (typeof obj === 'object' || typeof obj === 'function')) ? slots.get(obj) : undefined;
  return s !== undefined && (kind === undefined || s.kind === kind) ? s : undefined;
}

function invalidThis(type) {
  return binding.nodeError('TypeError', 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);
}

// thisSlot is the brand check of a method: the record of `obj` or Node's
// ERR_INVALID_THIS.
function thisSlot(obj, kind, type) {
  const s = slotOf(obj, kind);
  if (s === undefined) throw invalidThis(type);
  return s;
}

function invalidState(message) {
  return binding.nodeError('TypeError', 'ERR_INVALID_STATE', `Invalid state: ${message}`);
}

function illegalConstructor() {
  return binding.nodeError('TypeError', 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
}

// invalidValue is ERR_INVALID_ARG_VALUE; node words it "property" for a
// dotted name and "argument" otherwise.
function invalidValue(name, value, kind = 'TypeError') {
  const what = name.includes('.') ? 'property' : 'argument';
  return binding.nodeError(kind, 'ERR_INVALID_ARG_VALUE',
    `The ${what} '${name}' is invalid. Received ${binding.inspect(value)}`);
}

function isObject(v) {
  return v !== null && (typeof v === 'object' || typeof v === 'function');
}

function validateObject(v, name, nullable = false) {
  if (v === undefined || (nullable && v === null)) return;
  if (!isObject(v)) throw binding.invalidArgType(name, 'of type object', v);
}

function validateFunction(v, name) {
  if (v !== undefined && typeof v !== 'function') throw binding.invalidArgType(name, 'of type function', v);
}

function noop() {}

function deferred() {
  let resolve, reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject, settled: false };
}

function markHandled(p) {
  p.then(undefined, noop);
  return p;
}

function resolveDeferred(d, v) {
  if (d.settled) return;
  d.settled = true;
  d.resolve(v);
}

function rejectDeferred(d, e) {
  if (d.settled) return;
  d.settled = true;
  markHandled(d.promise);
  d.reject(e);
}

// closedPromiseOf is node's kIsClosedPromise of a web stream: a promise
// that settles when the stream closes or errors, for stream.finished(). It
// is made on first use; the streams settle it when it exists.
function closedPromiseOf(obj) {
  const s = slotOf(obj);
  if (s === undefined || (s.kind !== 'rs' && s.kind !== 'ws')) return undefined;
  if (s.isClosed === undefined) {
    s.isClosed = deferred();
    if (s.state === 'closed') resolveDeferred(s.isClosed, undefined);
    else if (s.state === 'errored') rejectDeferred(s.isClosed, s.storedError);
  }
  return s.isClosed.promise;
}

function rejectedDeferred(e) {
  const d = deferred();
  rejectDeferred(d, e);
  return d;
}

function resolvedDeferred(v) {
  const d = deferred();
  resolveDeferred(d, v);
  return d;
}

// promiseCall invokes an underlying source's or sink's optional hook,
// turning a missing hook into a resolved promise and a throw into a
// rejection, as the spec's "promise-calling" of callbacks does.
function promiseCall(fn, thisArg, ...args) {
  if (fn === undefined) return Promise.resolve();
  try {
    return Promise.resolve(Reflect.apply(fn, thisArg, args));
  } catch (err) {
    return Promise.reject(err);
  }
}

// Queue-with-sizes (Streams §8.1).
function dequeueValue(c) {
  const pair = c.queue.shift();
  c.queueTotalSize -= pair.size;
  if (c.queueTotalSize < 0) c.queueTotalSize = 0;
  return pair.value;
}

function enqueueValueWithSize(c, value, size) {
  size = +size;
  if (typeof size !== 'number' || Number.isNaN(size) || size < 0 || size === Infinity) {
    throw invalidValue('size', size, 'RangeError');
  }
  c.queue.push({ value, size });
  c.queueTotalSize += size;
}

function resetQueue(c) {
  c.queue = [];
  c.queueTotalSize = 0;
}

// Strategies (Streams §7.4 ExtractHighWaterMark, ExtractSizeAlgorithm).
function extractHighWaterMark(strategy, def) {
  const hwm = strategy.highWaterMark;
  if (hwm === undefined) return def;
  const n = +hwm;
  if (Number.isNaN(n) || n < 0) throw invalidValue('strategy.highWaterMark', hwm, 'RangeError');
  return n;
}

function extractSizeAlgorithm(strategy) {
  const size = strategy.size;
  if (size === undefined) return () => 1;
  validateFunction(size, 'strategy.size');
  return (chunk) => size(chunk);
}

const kInspect = Symbol.for('nodejs.util.inspect.custom');

// inspectFields renders `Name { a: 1, b: 2 }` the way node's web streams
// do for their own inspection.
function inspectFields(name, fields, depth, options, inspect) {
  if (depth < 0) return `[${name}]`;
  return `${name} ${inspect(fields, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
}

function defineToStringTag(cls, name) {
  Object.defineProperty(cls.prototype, Symbol.toStringTag, { __proto__: null, value: name, configurable: true });
}

// Getters and methods of the web classes are enumerable, as WebIDL makes
// them.
function enumerableMembers(cls, names) {
  for (const name of names) {
    const d = Object.getOwnPropertyDescriptor(cls.prototype, name);
    d.enumerable = true;
    Object.defineProperty(cls.prototype, name, d);
  }
}

// transferArrayBuffer detaches buffer and returns a new ArrayBuffer that
// owns its bytes (Streams §8.3 TransferArrayBuffer).
function transferArrayBuffer(buffer) {
  return structuredClone(buffer, { transfer: [buffer] });
}

function isDetached(buffer) {
  if (buffer.byteLength !== 0) return false;
  try {
    new Uint8Array(buffer);
    return false;
  } catch {
    return true;
  }
}

module.exports = {
  slots, slotOf, thisSlot, invalidThis, invalidState, illegalConstructor, invalidValue, isObject, validateObject,
  validateFunction, noop, deferred, markHandled, resolveDeferred, rejectDeferred, rejectedDeferred, resolvedDeferred,
  closedPromiseOf,
  promiseCall, dequeueValue, enqueueValueWithSize, resetQueue, extractHighWaterMark, extractSizeAlgorithm,
  kInspect, inspectFields, defineToStringTag, enumerableMembers, transferArrayBuffer, isDetached,
};
