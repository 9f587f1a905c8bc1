const { getProcess, global } = binding;
const TIMEOUT_MAX = 2 ** 31 - 1;
const kHandle = Symbol('kHandle');
const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const kAsyncId = Symbol('asyncId');
const kTriggerId = Symbol('triggerId');
const kContext = Symbol('asyncContext');
// Node numbers timers with async ids; the first one a script sees is
// small but not 1.
let asyncIds = 1;
const knownTimersById = { __proto__: null };

function validateFunction(value, name) {
  if (typeof value !== 'function') throw binding.invalidArgType(name, 'of type function', value);
}
function hidden(obj, key, value) {
  Object.defineProperty(obj, key, { value, writable: true, configurable: true, enumerable: false });
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after *= 1;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) {
        getProcess().emitWarning(after + ' does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.',
          'TimeoutOverflowWarning');
      }
      after = 1;
    }
    this._idleTimeout = after;
    this._idleStart = binding.now();
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    this[kAsyncId] = ++asyncIds;
    this[kTriggerId] = 1;
    hidden(this, kContext, binding.getAsyncContext());
    hidden(this, kHandle, binding.timerStart(this, after, isRepeat, isRefed));
  }

  refresh() {
    if (this._idleTimeout >= 0) {
      // timerRefresh gives the time the timer now starts from, or -1
      // when its handle is gone.
      const start = binding.timerRefresh(this[kHandle]);
      if (start >= 0) {
        this._idleStart = start;
      } else {
        this._idleStart = binding.now();
        this[kHandle] = binding.timerStart(this, this._idleTimeout, this._repeat !== null, this[kRefed]);
      }
      this._destroyed = false;
    }
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      binding.timerRef(this[kHandle], false);
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      binding.timerRef(this[kHandle], true);
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    const id = this[kAsyncId];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById[id] = this;
    }
    return id;
  }
}

// The loop calls processTimers with process as its receiver for each timer
// that is due, and listOnTimeout runs its callback: node's names for the
// frames under a timer's callback (node walks its lists of timers there;
// Kiln's loop keeps them in Go).
function processTimers(timer) {
  if (timer._repeat === null) {
    timer._destroyed = true;
    if (timer[kHasPrimitive]) delete knownTimersById[timer[kAsyncId]];
  } else {
    timer._idleStart = binding.now();
  }
  listOnTimeout(timer);
}

function listOnTimeout(timer) {
  const args = timer._timerArgs;
  const saved = binding.getAsyncContext();
  binding.setAsyncContext(timer[kContext]);
  // No try/finally: a rethrow from it would move the uncaught error's
  // banner here. When the callback throws, the caller resets the context.
  if (args === undefined) {
    timer._onTimeout();
  } else {
    Reflect.apply(timer._onTimeout, timer, args);
  }
  binding.setAsyncContext(saved);
}

function unenroll(timer) {
  if (timer._destroyed) return;
  timer._destroyed = true;
  if (timer[kHasPrimitive]) delete knownTimersById[timer[kAsyncId]];
  binding.timerClose(timer[kHandle]);
  timer._idleTimeout = -1;
}

function setTimeout(callback, after, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  if (arguments.length > 2) args = Array.prototype.slice.call(arguments, 2);
  return new Timeout(callback, after, args, false, true);
}

function setInterval(callback, repeat, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  if (arguments.length > 2) args = Array.prototype.slice.call(arguments, 2);
  return new Timeout(callback, repeat, args, true, true);
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const known = knownTimersById[timer];
    if (known !== undefined) {
      known._idleTimeout = -1;
      unenroll(known);
    }
  }
}

function clearInterval(timer) {
  clearTimeout(timer);
}

class Immediate {
  constructor(callback, args, isRefed = true) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = isRefed;
    this[kAsyncId] = ++asyncIds;
    this[kTriggerId] = 1;
    hidden(this, kContext, binding.getAsyncContext());
    hidden(this, kHandle, binding.immediateStart(this, isRefed));
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      binding.immediateRef(this[kHandle], true);
    }
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      binding.immediateRef(this[kHandle], false);
    }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }
}

// The loop calls processImmediate with process as its receiver, node's
// name for the frame under an immediate's callback.
function processImmediate(immediate) {
  immediate._destroyed = true;
  const argv = immediate._argv;
  const saved = binding.getAsyncContext();
  binding.setAsyncContext(immediate[kContext]);
  // As in listOnTimeout, no try/finally.
  if (argv === undefined) {
    immediate._onImmediate();
  } else {
    Reflect.apply(immediate._onImmediate, immediate, argv);
  }
  // node lets go of the callback once it has run (so a stack taken in it
  // after an await no longer names it "[as _onImmediate]").
  immediate._onImmediate = null;
  binding.setAsyncContext(saved);
}

function setImmediate(callback, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  if (arguments.length > 1) args = Array.prototype.slice.call(arguments, 1);
  return new Immediate(callback, args);
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed) return;
  immediate._destroyed = true;
  immediate._onImmediate = null;
  binding.immediateClose(immediate[kHandle]);
}

function queueMicrotask(callback) {
  validateFunction(callback, 'callback');
  binding.queueMicrotask(callback);
}

binding.setEntryPoints(processTimers, processImmediate);

// timers/promises.
class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

function validateOptions(options, signalName) {
  if (options === null || typeof options !== 'object') {
    throw binding.invalidArgType('options', 'of type object', options);
  }
  const { signal, ref = true } = options;
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw binding.invalidArgType('options.signal', 'an instance of AbortSignal', signal);
  }
  if (typeof ref !== 'boolean') throw binding.invalidArgType('options.ref', 'of type boolean', ref);
  return { signal, ref };
}

function cancellable(signal, start, cancel) {
  if (signal !== undefined && signal.aborted) {
    return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
  }
  return new Promise((resolve, reject) => {
    const handle = start(resolve);
    if (signal !== undefined && typeof signal.addEventListener === 'function') {
      signal.addEventListener('abort', () => {
        cancel(handle);
        reject(new AbortError(undefined, { cause: signal.reason }));
      }, { once: true });
    }
  });
}

function setTimeoutPromise(after, value, options = {}) {
  let opts;
  try {
    opts = validateOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  return cancellable(opts.signal, (resolve) => new Timeout(resolve, after, [value], false, opts.ref), clearTimeout);
}

function setImmediatePromise(value, options = {}) {
  let opts;
  try {
    opts = validateOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  return cancellable(opts.signal, (resolve) => new Immediate(resolve, [value], opts.ref), clearImmediate);
}

// setInterval's promise form is an async iterator that yields value once per
// tick of the interval, queueing ticks that arrive while nobody awaits.
function setIntervalPromise(after, value, options = {}) {
  const { signal, ref } = validateOptions(options);
  let pending = 0;
  let waiter = null;
  let done = false;
  const interval = new Timeout(() => {
    pending++;
    if (waiter) {
      const w = waiter;
      waiter = null;
      w();
    }
  }, after, undefined, true, ref);
  const finish = () => {
    done = true;
    clearInterval(interval);
  };
  if (signal !== undefined && typeof signal.addEventListener === 'function') {
    signal.addEventListener('abort', () => {
      finish();
      if (waiter) waiter();
    }, { once: true });
  }
  return {
    async next() {
      if (signal !== undefined && signal.aborted) {
        finish();
        throw new AbortError(undefined, { cause: signal.reason });
      }
      if (done) return { value: undefined, done: true };
      if (pending === 0) await new Promise((resolve) => { waiter = resolve; });
      if (signal !== undefined && signal.aborted) {
        throw new AbortError(undefined, { cause: signal.reason });
      }
      if (done) return { value: undefined, done: true };
      pending--;
      return { value, done: false };
    },
    async return() {
      finish();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() { return this; },
  };
}

// timers/promises names its functions as the callback forms are named.
for (const [f, name] of [[setTimeoutPromise, 'setTimeout'], [setImmediatePromise, 'setImmediate'],
  [setIntervalPromise, 'setInterval']]) {
  Object.defineProperty(f, 'name', { value: name });
}

// scheduler is the one instance of Scheduler (the Prioritized Task Scheduling
// API's subset node has), which no program can construct.
const kScheduler = Symbol('kScheduler');
class Scheduler {
  constructor() {
    throw binding.nodeError('TypeError', 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }

  yield() {
    if (!this[kScheduler]) throw binding.nodeError('TypeError', 'ERR_INVALID_THIS', 'Value of "this" must be of type Scheduler');
    return setImmediatePromise();
  }

  wait(delay, options) {
    if (!this[kScheduler]) throw binding.nodeError('TypeError', 'ERR_INVALID_THIS', 'Value of "this" must be of type Scheduler');
    return setTimeoutPromise(delay, undefined, { signal: options?.signal });
  }
}

const promises = {
  setTimeout: setTimeoutPromise,
  setImmediate: setImmediatePromise,
  setInterval: setIntervalPromise,
  scheduler: Reflect.construct(function() { this[kScheduler] = true; }, [], Scheduler),
};
const custom = Symbol.for('nodejs.util.promisify.custom');
// As Node defines them: enumerable getters (util.inspect shows them).
Object.defineProperty(setTimeout, custom, { enumerable: true, get() { return setTimeoutPromise; } });
Object.defineProperty(setImmediate, custom, { enumerable: true, get() { return setImmediatePromise; } });

// The globals: Kiln defines them on the global object, as lazy data
// properties that run this file when a program first uses one.
binding.setGlobals({ clearImmediate, setImmediate, clearInterval, clearTimeout, setInterval, setTimeout, queueMicrotask });

// The legacy timer API (DEP0095, DEP0096, DEP0126, DEP0127): an object with
// _idleTimeout and _onTimeout becomes a timer of its own.
const kLegacy = Symbol('legacyTimer');
const legacyWarned = new Set();
const { asDeprecated } = require('internal/shape');
function legacyDeprecation(name, code, instead) {
  if (legacyWarned.has(code)) return;
  legacyWarned.add(code);
  getProcess().emitWarning(`timers.${name}() is deprecated. Please use ${instead} instead.`, 'DeprecationWarning', code);
}
function legacyUnenroll(item) {
  legacyDeprecation('unenroll', 'DEP0096', 'clearTimeout');
  if (item[kLegacy]) clearTimeout(item[kLegacy]);
  item[kLegacy] = undefined;
  item._idleTimeout = -1;
}
function legacyEnroll(item, msecs) {
  legacyDeprecation('enroll', 'DEP0095', 'setTimeout');
  if (typeof msecs !== 'number') throw binding.invalidArgType('msecs', 'of type number', msecs);
  if (item[kLegacy]) clearTimeout(item[kLegacy]);
  item[kLegacy] = undefined;
  item._idleTimeout = msecs;
}
function activate(item, refed) {
  if (item[kLegacy]) clearTimeout(item[kLegacy]);
  if (!(item._idleTimeout >= 0)) return;
  const t = setTimeout(() => { item[kLegacy] = undefined; item._onTimeout(); }, item._idleTimeout);
  if (!refed) t.unref();
  item[kLegacy] = t;
}
function legacyActive(item) {
  legacyDeprecation('active', 'DEP0126', 'timeout.refresh()');
  activate(item, true);
}
function legacyUnrefActive(item) {
  legacyDeprecation('_unrefActive', 'DEP0127', 'timeout.refresh()');
  activate(item, false);
}

module.exports = {
  setTimeout, clearTimeout, setImmediate, clearImmediate, setInterval, clearInterval,
  // util.deprecate's wrappers in node.
  _unrefActive: asDeprecated(legacyUnrefActive), active: asDeprecated(legacyActive),
  unenroll: asDeprecated(legacyUnenroll), enroll: asDeprecated(legacyEnroll),
};
// An enumerable getter, as node's.
Object.defineProperty(module.exports, 'promises', { configurable: true, enumerable: true, get() { return promises; } });
