// node:test's mock.fn and mock.method: functions that record their calls
// (arguments, result or error, this, new.target, a stack) and whose
// implementation can be swapped, and methods replaced by such functions
// until restored. Not here: getters and setters, mock timers.

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

class MockTracker {
  #mocks = [];

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

  method(object, methodName, implementation, options) {
    if (object === null || (typeof object !== 'object' && typeof object !== 'function')) {
      throw binding.invalidArgType('object', 'of type object', object);
    }
    const original = object[methodName];
    if (typeof original !== 'function') throw invalidMethod(original);
    if (typeof implementation !== 'function') {
      options = implementation;
      implementation = original;
    }
    const own = Object.getOwnPropertyDescriptor(object, methodName);
    const restore = () => {
      if (own) Object.defineProperty(object, methodName, own);
      else delete object[methodName];
    };
    const fn = makeMock(original, implementation, restore, options);
    Object.defineProperty(object, methodName, {
      value: fn,
      writable: true,
      enumerable: own ? own.enumerable : false,
      configurable: true,
    });
    this.#mocks.push(fn.mock);
    return fn;
  }

  reset() {
    this.restoreAll();
    this.#mocks = [];
  }

  restoreAll() {
    for (const m of this.#mocks) m.restore();
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

module.exports = { MockTracker, MockFunctionContext };
