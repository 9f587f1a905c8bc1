// worker_threads. A Worker is a runtime of its own on another thread
// (worker.go); messages cross as structured clones made in Go. Message
// channels are lib/internal/messaging.js's, and their ports cross threads
// through ports.go.
function notImplemented(name) {
  return {
    [name]() {
      throw binding.nodeError('Error', 'ERR_METHOD_NOT_IMPLEMENTED', `The ${name} method is not implemented`);
    },
  }[name];
}

const {
  MessagePort, MessageChannel, BroadcastChannel, receiveMessageOnPort, remotePort, markAsUntransferable,
} = require('internal/messaging');
const EventEmitter = require('events');
const { Readable, Writable } = require('stream');

// A Worker's stdout and stderr in the parent. With { stdout: true } (or
// stderr) the worker's output comes here instead of going to the
// process's own; without, the stream stays empty and ends with the worker.
class ReadableWorkerStdio extends Readable {
  _read() {}
}

// WritableWorkerStdio is worker.stdin (stdin: true): what is written goes
// to the worker's process.stdin, and end() ends it.
class WritableWorkerStdio extends Writable {
  #handle;

  constructor(handle) {
    super({ decodeStrings: true });
    this.#handle = handle;
  }

  _writev(chunks, cb) {
    for (const { chunk } of chunks) this.#handle.writeStdin(chunk);
    cb();
  }

  _final(cb) {
    this.#handle.writeStdin(null);
    cb();
  }
}

const SHARE_ENV = Symbol.for('nodejs.worker_threads.SHARE_ENV');

// resourceLimits reads a Worker's options.resourceLimits as node does:
// the numbers given (the old generation at least 2 MB), V8's defaults for
// the rest (the old generation's is the heap limit v8.getHeapStatistics()
// reports, less the young generation). Kiln's heap is one space: the
// worker's heap limit is the old generation's size.
function resourceLimits(given) {
  const limits = { maxYoungGenerationSizeMb: 48, maxOldGenerationSizeMb: 4096, codeRangeSizeMb: 0, stackSizeMb: 4 };
  if (typeof given !== 'object' || given === null) return limits;
  for (const key of Object.keys(limits)) {
    let v = given[key];
    if (typeof v !== 'number') continue;
    if (key === 'maxOldGenerationSizeMb') v = Math.max(v, 2);
    if (v > 0) limits[key] = v;
  }
  return limits;
}

// In a worker, parentPort is a MessagePort whose peer is the Worker object
// in the parent thread.
let parentPort = null;
// (The thread of module.register's hooks has none.)
if (binding.parent !== null && binding.postToParent !== undefined) {
  const remote = remotePort((message, transfer, source) => binding.postToParent(message, transfer, source));
  parentPort = remote.port;
  binding.setReceiver((data, ports) => remote.receive(data, ports));
}

function workerFile(filename) {
  if (typeof filename === 'string') {
    if (!require('path').isAbsolute(filename) && !/^\.\.?[\\/]/.test(filename)) {
      throw binding.nodeError('TypeError', 'ERR_WORKER_PATH', 'The worker script or module filename must be an ' +
        `absolute path or a relative path starting with './' or '../'. Received "${filename}"`);
    }
    return require('path').resolve(filename);
  }
  if (filename instanceof URL) return require('url').fileURLToPath(filename);
  throw binding.invalidArgType('filename', 'of type string or an instance of URL', filename);
}

// asWorkerError gives an error a worker did not catch the shape node's
// error_serdes gives it on its way to the parent: the properties of its
// prototype chain and its own, as own properties (name, then message, then the
// error's own in order), and a Symbol.toStringTag of 'Error', which
// util.inspect shows (`RangeError [Error]: boom`); a cause is given the same
// shape. Other thrown values pass as they are.
function asWorkerError(value) {
  if (value === null || typeof value !== 'object' || Object.prototype.toString.call(value) !== '[object Error]') {
    return value;
  }
  const props = { __proto__: null };
  for (const key of ['name', 'message']) {
    props[key] = { value: value[key], writable: true, enumerable: false, configurable: true };
  }
  for (const key of Object.getOwnPropertyNames(value)) {
    props[key] = Object.getOwnPropertyDescriptor(value, key);
  }
  if (props.cause !== undefined && 'value' in props.cause) {
    props.cause.value = asWorkerError(props.cause.value);
  }
  props[Symbol.toStringTag] = { value: 'Error', configurable: true };
  return Object.create(Object.getPrototypeOf(value), props);
}

function notRunning() {
  return binding.nodeError('Error', 'ERR_WORKER_NOT_RUNNING', 'Worker instance not running');
}

class Worker extends EventEmitter {
  #handle;
  #exitCode;
  #exited = false;
  #waiting = [];
  #snapshots = []; // getHeapSnapshot's promises, answered in order
  #limits;

  constructor(filename, options = {}) {
    super();
    if (options === null || typeof options !== 'object') {
      throw binding.invalidArgType('options', 'of type object', options);
    }
    const isEval = Boolean(options.eval);
    let file;
    let code;
    if (isEval) {
      if (typeof filename !== 'string') {
        throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
          "The property 'options.eval' must be false when 'filename' is not a string. Received true");
      }
      code = filename;
    } else {
      file = workerFile(filename);
    }
    const argv = options.argv === undefined ? [] : Array.from(options.argv, (a) => `${a}`);
    let envSource = options.env ?? process.env;
    if (envSource === SHARE_ENV) envSource = process.env;
    if (typeof envSource !== 'object') {
      throw binding.invalidArgType('options.env', 'of type object', envSource);
    }
    const env = Object.entries(envSource).map(([k, v]) => `${k}=${v}`);
    this.#limits = resourceLimits(options.resourceLimits);
    this.stdout = new ReadableWorkerStdio();
    this.stderr = new ReadableWorkerStdio();
    this.#handle = binding.spawn({
      file, code, eval: isEval, argv, env, name: options.name === undefined ? '' : `${options.name}`,
      stdout: Boolean(options.stdout), stderr: Boolean(options.stderr),
      workerData: options.workerData, transferList: options.transferList === undefined ? [] : [...options.transferList],
      resourceLimits: this.#limits, environmentData, shareEnv: options.env === SHARE_ENV, stdin: Boolean(options.stdin),
    }, (kind, value) => this.#event(kind, value));
    this.threadId = this.#handle.threadId;
    this.stdin = options.stdin ? new WritableWorkerStdio(this.#handle) : null;
  }

  // #event takes what the worker reports. All but its exit come, in node,
  // through the worker's message port, an event target: what a listener
  // throws there is thrown again on the next tick.
  #event(kind, value) {
    if (kind === 'exit') {
      this.#exit(value);
      return;
    }
    try {
      this.#message(kind, value);
    } catch (err) {
      require('internal/event_target').emitUncaughtException(err);
    }
  }

  #exit(value) {
    // As node, 'end' follows 'exit': push(null) only schedules it.
    this.stdout.push(null);
    this.stderr.push(null);
    this.#exited = true;
    this.#exitCode = value;
    for (const { reject } of this.#snapshots) reject(notRunning());
    this.#snapshots = [];
    this.threadId = -1;
    for (const resolve of this.#waiting) resolve(value);
    this.#waiting = [];
    this.emit('exit', value);
  }

  #message(kind, value) {
    if (kind === 'stdout' || kind === 'stderr') {
      this[kind].push(Buffer.from(value));
      return;
    }
    if (kind === 'heapSnapshot') {
      const { HeapSnapshotStream } = require('internal/heap_snapshot_stream');
      this.#snapshots.shift().resolve(new HeapSnapshotStream(new Uint8Array(value)));
      return;
    }
    if (kind === 'online') {
      this.emit('online');
    } else if (kind === 'error') {
      this.emit('error', asWorkerError(value));
    } else if (kind === 'outOfMemory') {
      this.emit('error', binding.nodeError('Error', 'ERR_WORKER_OUT_OF_MEMORY',
        'Worker terminated due to reaching memory limit: JS heap out of memory'));
    } else {
      this.emit(kind, value);
    }
  }

  postMessage(message, transfer = undefined) {
    if (arguments.length === 0) {
      throw binding.nodeError('TypeError', 'ERR_MISSING_ARGS', 'The "value" argument must be specified');
    }
    let list = [];
    if (transfer !== undefined && transfer !== null) {
      list = typeof transfer[Symbol.iterator] === 'function' ? [...transfer] : [...(transfer.transfer ?? [])];
    }
    this.#handle.postMessage(message, list);
  }

  terminate() {
    if (this.#exited) return Promise.resolve(undefined);
    const p = new Promise((resolve) => this.#waiting.push(resolve));
    this.#handle.terminate();
    return p;
  }

  // getHeapSnapshot is a Readable of a snapshot of the worker's heap,
  // taken on its thread between two of its callbacks.
  getHeapSnapshot(options) {
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw binding.invalidArgType('options', 'of type object', options);
    }
    if (this.#exited) return Promise.reject(notRunning());
    return new Promise((resolve, reject) => {
      this.#snapshots.push({ resolve, reject });
      this.#handle.heapSnapshot();
    });
  }

  ref() {
    this.#handle.ref(true);
  }

  unref() {
    this.#handle.ref(false);
  }

  get resourceLimits() {
    if (this.#exited) return {};
    return { ...this.#limits };
  }
}

// A worker starts with a clone of its parent's environment data as it was
// when the worker was made.
// (The module hooks' thread has neither.)
const environmentData = binding.parent?.environmentData ?? new Map();

function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}

function getEnvironmentData(key) {
  return environmentData.get(key);
}

module.exports = {
  isMainThread: binding.parent === null,
  MessagePort,
  MessageChannel,
  markAsUntransferable,
  moveMessagePortToContext: notImplemented('moveMessagePortToContext'),
  receiveMessageOnPort,
  resourceLimits: binding.parent?.resourceLimits ?? {},
  postMessageToThread: notImplemented('postMessageToThread'),
  threadId: binding.parent === null ? 0 : binding.parent.threadId,
  SHARE_ENV,
  Worker,
  parentPort,
  workerData: binding.parent === null ? null : binding.parent.workerData,
  BroadcastChannel,
  setEnvironmentData,
  getEnvironmentData,
};
