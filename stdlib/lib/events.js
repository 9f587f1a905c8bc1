// EventEmitter as Node v20 has it. It is a plain constructor function, not a
// class, because packages still call it old-style (EventEmitter.call(this)
// after util.inherits), and its state lives in the public-looking _events /
// _eventsCount / _maxListeners properties because packages read those too.
// A type with one listener stores the function itself, more store an array:
// the common single-listener emit then allocates nothing.
// `process` is an EventEmitter, so this file is loaded at start-up: anything
// heavier than the emitter itself (util.inspect, AbortSignal) is required on
// first use.

const kCapture = Symbol('kCapture');
const kShapeMode = Symbol('shapeMode');
const kErrorMonitor = Symbol('events.errorMonitor');
const kRejection = Symbol.for('nodejs.rejection');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
const kDispose = Symbol.dispose || Symbol('Symbol.dispose');

let defaultMaxListeners = 10;

function lazyAbort() {
  return require('internal/abort_controller');
}
function inspect(v, opts) {
  return require('util').inspect(v, opts);
}

// shallowName is util.inspect(target, { depth: -1 }): the bracketed
// constructor name an object shows past the depth limit.
function shallowName(target) {
  const ctor = target.constructor;
  if (typeof ctor === 'function' && typeof ctor.name === 'string' && ctor.name !== '') return '[' + ctor.name + ']';
  return Object.getPrototypeOf(target) === null ? '[Object: null prototype]' : '[Object]';
}

function outOfRange(name, range, value) {
  return binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE',
    'The value of "' + name + '" is out of range. It must be ' + range + '. Received ' + binding.inspect(value));
}
function validateMaxListeners(n, name) {
  if (typeof n !== 'number') throw binding.invalidArgType(name, 'of type number', n);
  if (n < 0 || Number.isNaN(n)) throw outOfRange(name, '>= 0', n);
}
function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw binding.invalidArgType(name, 'of type boolean', value);
}
function checkListener(listener) {
  if (typeof listener !== 'function') throw binding.invalidArgType('listener', 'of type function', listener);
}
function validateObject(value, name) {
  if (value === null || typeof value !== 'object') throw binding.invalidArgType(name, 'of type object', value);
}

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;
// Non-enumerable and fixed, as node defines it (instances get their own).
Object.defineProperty(EventEmitter.prototype, kCapture, { value: false, writable: true, enumerable: false });

function getMaxListenersOf(target) {
  return target._maxListeners === undefined ? defaultMaxListeners : target._maxListeners;
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateMaxListeners(n, 'setMaxListeners');
  this._maxListeners = n;
  return this;
};
EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return getMaxListenersOf(this);
};

// A listener's returned promise, with captureRejections on, turns its
// rejection into the emitter's Symbol.for('nodejs.rejection') method or an
// 'error' event, a tick later as Node does.
// emit calls it only when captureRejections is on for the emitter.
function addCatch(that, promise, type, args) {
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      then.call(promise, undefined, (err) => {
        process.nextTick(emitUnhandledRejectionOrErr, that, err, type, args);
      });
    }
  } catch (err) {
    that.emit('error', err);
  }
}
function emitUnhandledRejectionOrErr(ee, err, type, args) {
  if (typeof ee[kRejection] === 'function') {
    ee[kRejection](err, type, ...args);
    return;
  }
  // An 'error' listener that rejects again must not loop forever.
  const prev = ee[kCapture];
  try {
    ee[kCapture] = false;
    ee.emit('error', err);
  } finally {
    ee[kCapture] = prev;
  }
}

// matchingRun finds the first run of more than three equal lines that a
// and b share: its start in a and its length.
function matchingRun(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos === -1 || b.length - pos <= 3) continue;
    const max = Math.min(a.length - i, b.length - pos);
    let len = 1;
    while (len < max && a[i + len] === b[pos + len]) len++;
    if (len > 3) return { len, offset: i };
  }
  return { len: 0, offset: 0 };
}

// enhanceStackTrace is the uncaught error's stack followed by the stack of
// the emit call, with the frames both share elided, as Node prints it.
function enhanceStackTrace(err, own) {
  let ctorInfo = '';
  try {
    const name = this.constructor.name;
    if (name !== 'EventEmitter') ctorInfo = ' on ' + name + ' instance';
  } catch {
    // An emitter without a readable constructor is named by nothing.
  }
  const errStack = String(err.stack).split('\n').slice(1);
  const ownStack = String(own.stack).split('\n').slice(1);
  const { len, offset } = matchingRun(ownStack, errStack);
  if (len > 0) ownStack.splice(offset + 1, len - 2, '    [... lines matching original stack trace ...]');
  return err.stack + "\nEmitted 'error' event" + ctorInfo + ' at:\n' + ownStack.join('\n');
}

EventEmitter.prototype.emit = function emit(type, ...args) {
  let doError = type === 'error';
  const events = this._events;
  if (events !== undefined) {
    if (doError && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
    doError = doError && events.error === undefined;
  } else if (!doError) {
    return false;
  }
  if (doError) {
    const er = args.length > 0 ? args[0] : undefined;
    if (er instanceof Error) {
      // If the error goes uncaught, its printed stack also shows where it
      // was emitted.
      try {
        const own = {};
        Error.captureStackTrace(own, EventEmitter.prototype.emit);
        binding.nodeFrames(own, 'emit');
        Object.defineProperty(er, binding.kEnhanceStack, {
          value: enhanceStackTrace.bind(this, er, own), configurable: true,
        });
      } catch {
        // A frozen error is thrown as it is.
      }
      throw er; // Unhandled 'error' event
    }
    let shown;
    try {
      shown = inspect(er);
    } catch {
      shown = er;
    }
    const err = binding.nodeError('Error', 'ERR_UNHANDLED_ERROR', 'Unhandled error. (' + shown + ')');
    err.context = er;
    throw err; // Unhandled 'error' event
  }
  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    const result = Reflect.apply(handler, this, args);
    // (A listener's return value matters only with captureRejections.)
    if (result !== undefined && result !== null && this[kCapture]) addCatch(this, result, type, args);
  } else {
    const listeners = handler.slice();
    for (let i = 0; i < listeners.length; ++i) {
      const result = Reflect.apply(listeners[i], this, args);
      if (result !== undefined && result !== null && this[kCapture]) addCatch(this, result, type, args);
    }
  }
  return true;
};

function addListenerTo(target, type, listener, prepend) {
  checkListener(listener);
  let events = target._events;
  let existing;
  if (events === undefined) {
    events = target._events = { __proto__: null };
    target._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ?? listener);
      // A 'newListener' listener may have replaced _events.
      events = target._events;
    }
    existing = events[type];
  }
  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
    return target;
  }
  if (typeof existing === 'function') {
    existing = events[type] = prepend ? [listener, existing] : [existing, listener];
  } else if (prepend) {
    existing.unshift(listener);
  } else {
    existing.push(listener);
  }
  const m = getMaxListenersOf(target);
  if (m > 0 && existing.length > m && !existing.warned) {
    existing.warned = true;
    const w = new Error('Possible EventEmitter memory leak detected. ' + existing.length + ' ' + String(type) +
      ' listeners added to ' + shallowName(target) + '. MaxListeners is ' + m +
      '. Use emitter.setMaxListeners() to increase limit');
    w.name = 'MaxListenersExceededWarning';
    w.emitter = target;
    w.type = type;
    w.count = existing.length;
    process.emitWarning(w);
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return addListenerTo(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;
EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return addListenerTo(this, type, listener, true);
};

// The wrapper is a bound function, as Node's, so rawListeners() shows
// "[Function: bound onceWrapper] { listener: ... }".
function onceWrapper(...args) {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    return Reflect.apply(this.listener, this.target, args);
  }
}
function onceWrap(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}
EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, onceWrap(this, type, listener));
  return this;
};
EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;
  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this[kShapeMode]) {
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      this._events = { __proto__: null };
    } else {
      delete events[type];
      if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
    }
  } else if (typeof list !== 'function') {
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    list.splice(position, 1);
    if (list.length === 1) events[type] = list[0];
    if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  }
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;
  // Without 'removeListener' listeners nobody needs to hear about each one.
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) {
        this._events = { __proto__: null };
      } else {
        delete events[type];
      }
    }
    this[kShapeMode] = false;
    return this;
  }
  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key !== 'removeListener') this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }
  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

function listenersOf(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const l = events[type];
  if (l === undefined) return [];
  if (typeof l === 'function') return unwrap ? [l.listener || l] : [l];
  return unwrap ? l.map((f) => f.listener || f) : l.slice();
}
EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};
EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

function countListeners(target, type, listener) {
  const events = target._events;
  if (events === undefined) return 0;
  const l = events[type];
  if (typeof l === 'function') {
    if (listener != null) return listener === l || listener === l.listener ? 1 : 0;
    return 1;
  }
  if (l === undefined) return 0;
  if (listener == null) return l.length;
  let n = 0;
  for (const f of l) {
    if (f === listener || f.listener === listener) n++;
  }
  return n;
}
EventEmitter.prototype.listenerCount = function listenerCount(type, listener) {
  if (listener != null) return countListeners(this, type, listener);
  // countListeners' count of every listener, without the call: a server
  // asks per request.
  const events = this._events;
  if (events === undefined) return 0;
  const l = events[type];
  if (l === undefined) return 0;
  return typeof l === 'function' ? 1 : l.length;
};
EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

// ---------------------------------------------------------------------------
// Statics

function isEventTarget(obj) {
  return obj !== null && typeof obj === 'object' && require('internal/event_target').isEventTarget(obj);
}

function addAbortListener(signal, listener) {
  if (signal === undefined) throw binding.invalidArgType('signal', 'an instance of AbortSignal', signal);
  lazyAbort().validateAbortSignal(signal, 'signal');
  if (typeof listener !== 'function') throw binding.invalidArgType('listener', 'of type function', listener);
  let removed = false;
  const remove = () => {
    if (!removed) {
      removed = true;
      signal.removeEventListener('abort', listener);
    }
  };
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, { __proto__: null, once: true });
  }
  return { __proto__: null, [kDispose]: remove };
}

function abortErrorFrom(signal) {
  const { AbortError } = lazyAbort();
  return new AbortError(undefined, { cause: signal?.reason });
}

function listen(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags?.once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw binding.invalidArgType('emitter', 'an instance of EventEmitter', emitter);
  }
}
function unlisten(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener, flags);
  } else {
    throw binding.invalidArgType('emitter', 'an instance of EventEmitter', emitter);
  }
}

async function once(emitter, name, options = {}) {
  const signal = options?.signal;
  if (signal !== undefined) lazyAbort().validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw abortErrorFrom(signal);
  return new Promise((resolve, reject) => {
    const errorListener = (err) => {
      emitter.removeListener(name, resolver);
      if (signal !== undefined) signal.removeEventListener('abort', abortListener);
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', errorListener);
      if (signal !== undefined) signal.removeEventListener('abort', abortListener);
      resolve(args);
    };
    const abortListener = () => {
      unlisten(emitter, name, resolver);
      if (name !== 'error' && typeof emitter.removeListener === 'function') {
        emitter.removeListener('error', errorListener);
      }
      reject(abortErrorFrom(signal));
    };
    listen(emitter, name, resolver, { once: true });
    if (name !== 'error' && typeof emitter.once === 'function') emitter.once('error', errorListener);
    if (signal !== undefined) signal.addEventListener('abort', abortListener, { once: true });
  });
}

// on() is an async iterator over the emitted events' argument arrays: events
// queue up until read, reads wait for events, and an 'error' event rejects
// the next read and ends the iteration.
function on(emitter, event, options = {}) {
  validateObject(options, 'options');
  const signal = options.signal;
  if (signal !== undefined) lazyAbort().validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw abortErrorFrom(signal);
  const close = options.close;
  const events = [];
  const waiting = [];
  let error = null;
  let finished = false;
  const closeHandler = () => closeIteration();
  const iterator = Object.setPrototypeOf({
    next() {
      if (events.length > 0) return Promise.resolve({ value: events.shift(), done: false });
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      return Promise.resolve(closeIteration());
    },
    throw(err) {
      if (!err || !(err instanceof Error)) throw binding.invalidArgType('EventEmitter.AsyncIterator', 'an instance of Error', err);
      errorHandler(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  }, Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype));

  const eventHandler = (...args) => {
    if (waiting.length > 0) waiting.shift().resolve({ value: args, done: false });
    else events.push(args);
  };
  const errorHandler = (err) => {
    if (waiting.length > 0) waiting.shift().reject(err);
    else error = err;
    closeIteration();
  };
  const abortListener = () => errorHandler(abortErrorFrom(signal));
  const closeIteration = () => {
    if (!finished) {
      finished = true;
      unlisten(emitter, event, eventHandler);
      if (event !== 'error' && typeof emitter.on === 'function') emitter.removeListener('error', errorHandler);
      if (signal !== undefined) signal.removeEventListener('abort', abortListener);
      if (Array.isArray(close)) for (const name of close) unlisten(emitter, name, closeHandler);
    }
    const done = { value: undefined, done: true };
    while (waiting.length > 0) waiting.shift().resolve(done);
    return done;
  };

  listen(emitter, event, eventHandler);
  if (event !== 'error' && typeof emitter.on === 'function') emitter.on('error', errorHandler);
  if (Array.isArray(close)) for (const name of close) listen(emitter, name, closeHandler);
  if (signal !== undefined) signal.addEventListener('abort', abortListener, { once: true });
  return iterator;
}

function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget?.listeners === 'function') return emitterOrTarget.listeners(type);
  if (isEventTarget(emitterOrTarget)) return require('internal/event_target').listenersOf(emitterOrTarget, type);
  throw binding.invalidArgType('emitter', 'an instance of EventEmitter or EventTarget', emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') return getMaxListenersOf(emitterOrTarget);
  if (isEventTarget(emitterOrTarget)) return emitterOrTarget[kMaxEventTargetListeners];
  throw binding.invalidArgType('emitter', 'an instance of EventEmitter or EventTarget', emitterOrTarget);
}

function defineStatic(name, value) {
  Object.defineProperty(EventEmitter, name, { value, writable: true, enumerable: true, configurable: true });
}
defineStatic('addAbortListener', addAbortListener);
defineStatic('once', once);
defineStatic('on', on);
defineStatic('getEventListeners', getEventListeners);
defineStatic('getMaxListeners', getMaxListeners);
defineStatic('EventEmitter', EventEmitter);
defineStatic('usingDomains', false);
defineStatic('captureRejectionSymbol', kRejection);
Object.defineProperty(EventEmitter, 'captureRejections', {
  get() {
    return EventEmitter.prototype[kCapture];
  },
  set(value) {
    validateBoolean(value, 'EventEmitter.captureRejections');
    EventEmitter.prototype[kCapture] = value;
  },
  enumerable: true,
});
// The class is made on first use: it needs async_hooks, which emitters
// that never touch it should not load.
let asyncResourceClass;
Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  get: function lazyEventEmitterAsyncResource() {
    asyncResourceClass ??= class EventEmitterAsyncResource extends EventEmitter {
      #resource;
      constructor(options = undefined) {
        super(options);
        const { AsyncResource } = require('async_hooks');
        this.#resource = new AsyncResource(options?.name ?? new.target.name, options);
      }
      emit(event, ...args) {
        return this.#resource.runInAsyncScope(super.emit, this, event, ...args);
      }
      emitDestroy() {
        this.#resource.emitDestroy();
      }
      get asyncId() {
        return this.#resource.asyncId();
      }
      get triggerAsyncId() {
        return this.#resource.triggerAsyncId();
      }
      get asyncResource() {
        return this.#resource;
      }
    };
    return asyncResourceClass;
  },
  enumerable: true,
  configurable: true,
});
defineStatic('errorMonitor', kErrorMonitor);
Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  get() {
    return defaultMaxListeners;
  },
  set(n) {
    validateMaxListeners(n, 'defaultMaxListeners');
    defaultMaxListeners = n;
  },
  enumerable: true,
});
Object.defineProperty(EventEmitter, 'kMaxEventTargetListeners', { value: kMaxEventTargetListeners });
Object.defineProperty(EventEmitter, 'kMaxEventTargetListenersWarned', { value: kMaxEventTargetListenersWarned });
EventEmitter.setMaxListeners = function(n = defaultMaxListeners, ...eventTargets) {
  validateMaxListeners(n, 'setMaxListeners');
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (const target of eventTargets) {
    if (isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (typeof target?.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw binding.invalidArgType('eventTargets', 'an instance of EventEmitter or EventTarget', target);
    }
  }
};
// Like setMaxListeners and listenerCount below, init is assigned as an
// anonymous function, so its name reads as Node's does in inspected output.
EventEmitter.init = function(opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts?.captureRejections) {
    validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

EventEmitter.listenerCount = function(emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return countListeners(emitter, type);
};

module.exports = EventEmitter;
