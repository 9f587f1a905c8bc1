// node:test's mock.fn, mock.method, mock.getter and mock.setter: functions
// that record their calls (arguments, result or error, this, new.target, a
// stack) and whose implementation can be swapped, and methods or accessors
// replaced by such functions until restored; and mock.timers.

const kContext = Symbol('kContext');

function invalidMethod(value) {
  const { inspect } = require('util');
  return binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
    `The argument 'methodName' must be a method. Received ${inspect(value)}`);
}

class MockFunctionContext {
  #calls = [];
  #impl;
  #once = new Map(); // call number → implementation for that call only
  #restore;
  #original;
  #times; // calls the implementation answers before the original takes over

  constructor(original, impl, restore, times) {
    this.#original = original;
    this.#impl = impl;
    this.#restore = restore;
    this.#times = times;
  }

  get calls() { return this.#calls.slice(); }

  callCount() { return this.#calls.length; }

  mockImplementation(impl) {
    if (typeof impl !== 'function') throw binding.invalidArgType('implementation', 'of type function', impl);
    this.#impl = impl;
  }

  mockImplementationOnce(impl, onCall) {
    if (typeof impl !== 'function') throw binding.invalidArgType('implementation', 'of type function', impl);
    this.#once.set(onCall === undefined ? this.#calls.length : onCall, impl);
  }

  restore() {
    if (this.#restore) this.#restore();
  }

  resetCalls() { this.#calls = []; }

  [kContext](thisArg, args, target) {
    const n = this.#calls.length;
    let impl = this.#times !== undefined && n >= this.#times ? this.#original : this.#impl;
    if (this.#once.has(n)) {
      impl = this.#once.get(n);
      this.#once.delete(n);
    }
    const call = { arguments: args, error: undefined, result: undefined, stack: new Error(), target, this: thisArg };
    this.#calls.push(call);
    try {
      call.result = target !== undefined ? Reflect.construct(impl, args, target) : Reflect.apply(impl, thisArg, args);
      return call.result;
    } catch (err) {
      call.error = err;
      throw err;
    }
  }
}

function makeMock(original, impl, restore, options) {
  const ctx = new MockFunctionContext(original, impl, restore, times(options));
  const mockFn = function(...args) {
    return ctx[kContext](this, args, new.target);
  };
  Object.defineProperties(mockFn, {
    name: { value: original.name, configurable: true },
    length: { value: original.length, configurable: true },
    mock: { value: ctx, enumerable: false, configurable: false },
  });
  // `new` on the mock makes instances of the original, as node's proxy does.
  if (original.prototype !== undefined) mockFn.prototype = original.prototype;
  return mockFn;
}

// findDescriptor is the property's descriptor on object or the nearest
// prototype that has it.
function findDescriptor(object, name) {
  for (let o = object; o !== null; o = Object.getPrototypeOf(o)) {
    const d = Object.getOwnPropertyDescriptor(o, name);
    if (d) return d;
  }
  return undefined;
}

class MockTracker {
  #mocks = [];
  #timers;

  get timers() {
    if (this.#timers === undefined) this.#timers = new MockTimers();
    return this.#timers;
  }

  fn(original = function() {}, implementation = original, options) {
    if (typeof original !== 'function') throw binding.invalidArgType('original', 'of type function', original);
    if (typeof implementation !== 'function') {
      options = implementation;
      implementation = original;
    }
    const fn = makeMock(original, implementation, undefined, options);
    this.#mocks.push(fn.mock);
    return fn;
  }

  // method replaces object[methodName] with a mock until restored; with
  // options.getter or options.setter, the accessor's get or set function.
  method(object, methodName, implementation, options) {
    if (object === null || (typeof object !== 'object' && typeof object !== 'function')) {
      throw binding.invalidArgType('object', 'of type object', object);
    }
    if (implementation !== undefined && typeof implementation !== 'function') {
      options = implementation;
      implementation = undefined;
    }
    const getter = Boolean(options && options.getter);
    const setter = Boolean(options && options.setter);
    if (getter && setter) {
      throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
        "The property 'options.setter' cannot be used with 'options.getter'. Received true");
    }
    const desc = findDescriptor(object, methodName);
    let original;
    if (getter) original = desc && desc.get;
    else if (setter) original = desc && desc.set;
    else original = object[methodName];
    if (typeof original !== 'function') throw invalidMethod(original);
    // As node's: the mock and, once restored, the original become own
    // properties of object, whichever prototype held the original.
    const restore = () => Object.defineProperty(object, methodName, desc);
    const fn = makeMock(original, implementation || original, restore, options);
    const enumerable = desc.enumerable;
    if (getter) {
      Object.defineProperty(object, methodName, { get: fn, set: desc.set, enumerable, configurable: true });
    } else if (setter) {
      Object.defineProperty(object, methodName, { get: desc.get, set: fn, enumerable, configurable: true });
    } else {
      Object.defineProperty(object, methodName, { value: fn, writable: true, enumerable, configurable: true });
    }
    this.#mocks.push(fn.mock);
    return fn;
  }

  getter(object, methodName, implementation, options) {
    if (implementation !== undefined && typeof implementation !== 'function') {
      options = implementation;
      implementation = undefined;
    }
    if (options && options.getter === false) {
      throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
        "The property 'options.getter' cannot be false. Received false");
    }
    return this.method(object, methodName, implementation, { ...options, getter: true });
  }

  setter(object, methodName, implementation, options) {
    if (implementation !== undefined && typeof implementation !== 'function') {
      options = implementation;
      implementation = undefined;
    }
    if (options && options.setter === false) {
      throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
        "The property 'options.setter' cannot be false. Received false");
    }
    return this.method(object, methodName, implementation, { ...options, setter: true });
  }

  reset() {
    this.restoreAll();
    this.#mocks = [];
    if (this.#timers !== undefined) this.#timers.reset();
  }

  restoreAll() {
    for (const m of this.#mocks) m.restore();
  }
}

const kTimerAPIs = ['setInterval', 'setTimeout', 'setImmediate', 'Date'];

function invalidState(message) {
  return binding.nodeError('Error', 'ERR_INVALID_STATE', 'Invalid state: ' + message);
}

// Node's message for a time that is not a positive integer, words and all.
function invalidTime(time) {
  return binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
    `The argument 'time' ${time}. Received 'positive integer'`);
}

// MockTimers is mock.timers: while enabled, the global timer functions
// (and node:timers') queue their callbacks on a clock that moves only
// with tick, runAll and setTime, and Date reads that clock. Due timers
// run in the order they are due, then made; as in node, the clock is
// already at the end of a tick while its callbacks run.
class MockTimers {
  #enabled = false;
  #now = 0;
  #queue = []; // the pending timers
  #nextId = 1;
  #saved = []; // [object, key, original value] to put back on reset

  tick(time = 1) {
    if (!this.#enabled) throw invalidState('You should enable MockTimers first by calling the .enable function');
    if (typeof time !== 'number' || time < 0) throw invalidTime(time);
    this.#now += time;
    this.#runDue();
  }

  enable(options = {}) {
    if (this.#enabled) throw invalidState('MockTimers is already enabled!');
    let apis = Array.isArray(options) ? options : options.apis;
    let now = Array.isArray(options) ? 0 : options.now;
    if (apis === undefined) apis = kTimerAPIs;
    for (const api of apis) {
      if (!kTimerAPIs.includes(api)) {
        throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
          `The property 'options.apis' option ${api} is not supported. Received ${require('util').inspect(api)}`);
      }
    }
    if (now === undefined) now = 0;
    if (now instanceof Date) now = now.getTime();
    if (typeof now !== 'number' || now < 0) throw invalidTime(now);
    process.emitWarning('The MockTimers API is an experimental feature and might change at any time', 'ExperimentalWarning');
    this.#enabled = true;
    this.#now = now;
    const timers = require('timers');
    const patch = (name, value) => {
      for (const o of [globalThis, timers]) {
        this.#saved.push([o, name, o[name]]);
        o[name] = value;
      }
    };
    const add = (callback, delay, args, interval) => this.#add(callback, delay, args, interval);
    const clear = (timer) => this.#clear(timer);
    if (apis.includes('setTimeout')) {
      patch('setTimeout', function setTimeout(callback, delay, ...args) { return add(callback, delay, args, false); });
      patch('clearTimeout', function clearTimeout(timer) { clear(timer); });
    }
    if (apis.includes('setInterval')) {
      patch('setInterval', function setInterval(callback, delay, ...args) { return add(callback, delay, args, true); });
      patch('clearInterval', function clearInterval(timer) { clear(timer); });
    }
    if (apis.includes('setImmediate')) {
      patch('setImmediate', function setImmediate(callback, ...args) { return add(callback, 0, args, false); });
      patch('clearImmediate', function clearImmediate(timer) { clear(timer); });
    }
    if (apis.includes('Date')) {
      this.#saved.push([globalThis, 'Date', Date]);
      globalThis.Date = this.#mockDate(Date);
    }
  }

  #mockDate(RealDate) {
    const clock = () => this.#now;
    function Date(...args) {
      if (new.target === undefined) return new RealDate(clock()).toString();
      return args.length ? new RealDate(...args) : new RealDate(clock());
    }
    Object.setPrototypeOf(Date, RealDate);
    Object.defineProperty(Date, 'prototype', { value: RealDate.prototype });
    Date.now = function now() { return clock(); };
    return Date;
  }

  #add(callback, delay, args, interval) {
    if (typeof callback !== 'function') throw binding.invalidArgType('callback', 'of type function', callback);
    delay = typeof delay === 'number' && delay >= 1 ? Math.trunc(delay) : (interval ? 1 : 0);
    const queue = this.#queue;
    const timer = {
      id: this.#nextId++,
      callback,
      runAt: this.#now + delay,
      interval: interval ? delay : undefined,
      args,
      ref() { return this; },
      unref() { return this; },
      hasRef() { return true; },
      refresh() { return this; },
      [Symbol.toPrimitive]() { return this.id; },
    };
    queue.push(timer);
    return timer;
  }

  #clear(timer) {
    const i = this.#queue.findIndex((t) => t === timer || t.id === timer);
    if (i >= 0) this.#queue.splice(i, 1);
  }

  #runDue() {
    for (;;) {
      let next = null;
      for (const t of this.#queue) {
        if (t.runAt <= this.#now && (next === null || t.runAt < next.runAt || (t.runAt === next.runAt && t.id < next.id))) next = t;
      }
      if (next === null) return;
      if (next.interval !== undefined) {
        next.runAt += next.interval;
      } else {
        this.#queue.splice(this.#queue.indexOf(next), 1);
      }
      Reflect.apply(next.callback, undefined, next.args);
    }
  }

  setTime(time) {
    if (!this.#enabled) throw invalidState('You should enable MockTimers first by calling the .enable function');
    if (typeof time !== 'number' || time < 0) throw invalidTime(time);
    this.#now = time;
  }

  reset() {
    for (const [o, name, value] of this.#saved.reverse()) o[name] = value;
    this.#saved = [];
    this.#queue = [];
    this.#enabled = false;
    this.#now = 0;
  }
  runAll() {
    if (!this.#enabled) throw invalidState('You should enable MockTimers first by calling the .enable function');
    let last = this.#now;
    for (const t of this.#queue) if (t.runAt > last) last = t.runAt;
    this.tick(last - this.#now);
  }

}

// options.times: after that many calls the mock goes back to calling the
// original.
function times(options) {
  if (options === undefined || options === null || options.times === undefined) return undefined;
  const n = options.times;
  if (!Number.isInteger(n) || n < 1) {
    throw binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE',
      `The value of "options.times" is out of range. It must be >= 1 && <= ${Number.MAX_SAFE_INTEGER}. Received ${n}`);
  }
  return n;
}

module.exports = { MockTracker };
