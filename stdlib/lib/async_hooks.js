// async_hooks: AsyncLocalStorage and AsyncResource on the runtime's async
// context (vm.Runtime.AsyncContext), which promise reactions, await,
// queueMicrotask, process.nextTick, timers, immediates and fs callbacks
// carry from where they were scheduled to where they run. The context is
// an immutable Map from AsyncLocalStorage instance to its store, replaced
// (never mutated) on every change, so a captured context never changes
// under the callbacks that hold it.
//
// createHook's hooks never fire: Kiln has no async resources to report
// (the hook object is returned so that code enabling hooks keeps working).

const { getAsyncContext, setAsyncContext } = binding;

function validateFunction(fn, name) {
  if (typeof fn !== 'function') throw binding.invalidArgType(name, 'of type function', fn);
}

function withStore(ctx, key, store) {
  const next = new Map(ctx instanceof Map ? ctx : undefined);
  next.set(key, store);
  return next;
}

function withoutStore(ctx, key) {
  if (!(ctx instanceof Map) || !ctx.has(key)) return ctx;
  const next = new Map(ctx);
  next.delete(key);
  return next.size === 0 ? undefined : next;
}

// runInContext calls fn with ctx as the async context. The two methods that
// node's stack traces show calling their callback directly (run and
// runInAsyncScope) repeat its body, so that no frame of Kiln's own stands
// between them and the callback: a trace keeps its ten frames for the user's.
function runInContext(ctx, fn, thisArg, args) {
  const saved = getAsyncContext();
  setAsyncContext(ctx);
  try {
    return Reflect.apply(fn, thisArg, args);
  } finally {
    setAsyncContext(saved);
  }
}

class AsyncLocalStorage {
  #enabled = false;

  static bind(fn) {
    validateFunction(fn, 'fn');
    const ctx = getAsyncContext();
    return function bound(...args) { return runInContext(ctx, fn, this, args); };
  }

  static snapshot() {
    const ctx = getAsyncContext();
    return function runInAsyncScope(fn, ...args) { return runInContext(ctx, fn, this, args); };
  }

  disable() {
    this.#enabled = false;
    setAsyncContext(withoutStore(getAsyncContext(), this));
  }

  _enable() { this.#enabled = true; }

  _propagate() { return this.#enabled; }

  enterWith(store) {
    this.#enabled = true;
    setAsyncContext(withStore(getAsyncContext(), this, store));
  }

  run(store, callback, ...args) {
    this.#enabled = true;
    const saved = getAsyncContext();
    setAsyncContext(withStore(saved, this, store));
    try {
      return Reflect.apply(callback, null, args);
    } finally {
      setAsyncContext(saved);
    }
  }

  exit(callback, ...args) {
    if (!this.#enabled) return Reflect.apply(callback, null, args);
    return runInContext(withoutStore(getAsyncContext(), this), callback, null, args);
  }

  getStore() {
    if (!this.#enabled) return undefined;
    const ctx = getAsyncContext();
    return ctx instanceof Map ? ctx.get(this) : undefined;
  }
}

let nextAsyncId = 1;

class AsyncResource {
  #ctx;
  #asyncId;
  #triggerAsyncId;

  constructor(type, opts = {}) {
    if (typeof type !== 'string') throw binding.invalidArgType('type', 'of type string', type);
    this.#ctx = getAsyncContext();
    this.#asyncId = ++nextAsyncId;
    const trigger = typeof opts === 'number' ? opts : opts && opts.triggerAsyncId;
    this.#triggerAsyncId = trigger === undefined ? 1 : trigger;
  }

  runInAsyncScope(fn, thisArg, ...args) {
    const saved = getAsyncContext();
    setAsyncContext(this.#ctx);
    try {
      return Reflect.apply(fn, thisArg, args);
    } finally {
      setAsyncContext(saved);
    }
  }

  emitDestroy() { return this; }

  asyncId() { return this.#asyncId; }

  triggerAsyncId() { return this.#triggerAsyncId; }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    const resource = this;
    const bound = thisArg === undefined
      ? function (...args) { return resource.runInAsyncScope(fn, this, ...args); }
      : function (...args) { return resource.runInAsyncScope(fn, thisArg, ...args); };
    Object.defineProperties(bound, {
      length: { configurable: true, enumerable: false, value: fn.length, writable: false },
      asyncResource: { configurable: true, enumerable: true, value: this, writable: true },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name || 'bound-anonymous-fn';
    return new AsyncResource(type).bind(fn, thisArg);
  }
}

class AsyncHook {
  enable() { return this; }
  disable() { return this; }
}

function createHook({ init, before, after, destroy, promiseResolve }) {
  for (const [name, fn] of [['init', init], ['before', before], ['after', after], ['destroy', destroy],
    ['promiseResolve', promiseResolve]]) {
    if (fn !== undefined && typeof fn !== 'function') {
      throw binding.nodeError('TypeError', 'ERR_ASYNC_CALLBACK', `hook.${name} must be a function`);
    }
  }
  return new AsyncHook();
}

module.exports = {
  AsyncLocalStorage,
  createHook,
  executionAsyncId() { return 1; },
  triggerAsyncId() { return 0; },
  executionAsyncResource() { return {}; },
  asyncWrapProviders: Object.freeze({ __proto__: null, NONE: 0 }),
  AsyncResource,
};
