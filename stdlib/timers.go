package stdlib

import (
	"time"

	"github.com/kilnjs/kiln/loop"
	"github.com/kilnjs/kiln/vm"
)

// Timers on the event loop. The loop already orders timers as Node does
// (a list per delay, lists by expiry then creation, timers created while
// timers run waiting for a later pass) and immediates as Node does, so this
// file only binds them to JavaScript: the Timeout and Immediate classes of
// timersSource hold a handle number, and the Go side maps it to the loop's
// Timer or Immediate and pins the JavaScript object while it is scheduled.
// A handle is released (and its object unpinned) when it can no longer
// fire; refreshing a fired timeout starts a new one, which the loop orders
// exactly like a Refresh (both insert at the iteration's Now).

// timerHandles maps the handle numbers JavaScript holds to loop timers.
type timerHandles struct {
	next       int
	timers     map[int]*timerHandle
	immediates map[int]*immediateHandle
}

type timerHandle struct {
	t   *loop.Timer
	obj vm.Pin
}

type immediateHandle struct {
	im  *loop.Immediate
	obj vm.Pin
}

// installTimers defines the timer globals and the timers modules.
func (n *Node) installTimers() {
	rt := n.VM
	h := &timerHandles{timers: map[int]*timerHandle{}, immediates: map[int]*immediateHandle{}}
	b := rt.NewObject()
	n.installErrorBindings(b)
	rt.DefineValue(b, "process", n.process)
	rt.DefineValue(b, "global", rt.Global())
	// call runs a JavaScript entry point (runTimeout, runImmediate) from a
	// loop callback; what it throws is an uncaught exception.
	call := func(entry string, obj vm.Value) {
		fn := rt.Realm().Extra["internal:"+entry]
		if exc := rt.Try(func() { rt.Call(fn, vm.Undefined, obj) }); exc != nil {
			n.uncaught(exc)
		}
	}
	releaseTimer := func(id int) {
		if th := h.timers[id]; th != nil {
			th.t.Close()
			rt.Unpin(th.obj)
			delete(h.timers, id)
		}
	}
	rt.DefineMethod(b, "timerStart", 4, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		obj, ms, repeat := vm.Arg(args, 0), rt.ToNumber(vm.Arg(args, 1)), rt.ToBoolean(vm.Arg(args, 2))
		h.next++
		id := h.next
		th := &timerHandle{obj: rt.Pin(obj)}
		// Node reads a fresh clock for every timer it inserts (getLibuvNow
		// updates libuv's cached time), so the time the main script or a
		// long callback took does not count against the new delay.
		n.Loop.UpdateTime()
		th.t = n.Loop.StartTimer(time.Duration(ms*float64(time.Millisecond)), repeat, func() {
			obj := rt.Pinned(th.obj)
			if !repeat {
				releaseTimer(id)
			}
			call("runTimeout", obj)
		})
		if !rt.ToBoolean(vm.Arg(args, 3)) {
			th.t.Unref()
		}
		h.timers[id] = th
		return vm.Int(id)
	})
	rt.DefineMethod(b, "timerClose", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		releaseTimer(int(rt.ToNumber(vm.Arg(args, 0))))
		return vm.Undefined
	})
	rt.DefineMethod(b, "timerRefresh", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		th := h.timers[int(rt.ToNumber(vm.Arg(args, 0)))]
		if th == nil {
			return vm.False
		}
		n.Loop.UpdateTime()
		th.t.Refresh()
		return vm.True
	})
	rt.DefineMethod(b, "timerRef", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		if th := h.timers[int(rt.ToNumber(vm.Arg(args, 0)))]; th != nil {
			if rt.ToBoolean(vm.Arg(args, 1)) {
				th.t.Ref()
			} else {
				th.t.Unref()
			}
		}
		return vm.Undefined
	})
	releaseImmediate := func(id int) {
		if ih := h.immediates[id]; ih != nil {
			ih.im.Close()
			rt.Unpin(ih.obj)
			delete(h.immediates, id)
		}
	}
	rt.DefineMethod(b, "immediateStart", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		h.next++
		id := h.next
		ih := &immediateHandle{obj: rt.Pin(vm.Arg(args, 0))}
		ih.im = n.Loop.SetImmediate(func() {
			obj := rt.Pinned(ih.obj)
			releaseImmediate(id)
			call("runImmediate", obj)
		})
		if !rt.ToBoolean(vm.Arg(args, 1)) {
			ih.im.Unref()
		}
		h.immediates[id] = ih
		return vm.Int(id)
	})
	rt.DefineMethod(b, "immediateClose", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		releaseImmediate(int(rt.ToNumber(vm.Arg(args, 0))))
		return vm.Undefined
	})
	rt.DefineMethod(b, "immediateRef", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		if ih := h.immediates[int(rt.ToNumber(vm.Arg(args, 0)))]; ih != nil {
			if rt.ToBoolean(vm.Arg(args, 1)) {
				ih.im.Ref()
			} else {
				ih.im.Unref()
			}
		}
		return vm.Undefined
	})
	rt.DefineMethod(b, "now", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		n.Loop.UpdateTime()
		return vm.Int(int(n.Loop.Now() / time.Millisecond))
	})
	rt.DefineMethod(b, "queueMicrotask", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		rt.EnqueueCall(vm.Arg(args, 0), vm.Undefined)
		return vm.Undefined
	})
	rt.DefineMethod(b, "setEntryPoints", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		rt.Realm().Extra["internal:runTimeout"] = vm.Arg(args, 0)
		rt.Realm().Extra["internal:runImmediate"] = vm.Arg(args, 1)
		return vm.Undefined
	})
	rt.Realm().Extra["internal:timers"] = n.runInternal("timers", b)
	n.installBuiltinModules()
}

// timersSource is Node's lib/timers.js surface over the handle bindings:
// the Timeout and Immediate classes, the globals, and timers/promises.
var timersSource = `
const { process: proc, global } = binding;
const TIMEOUT_MAX = 2 ** 31 - 1;
const kHandle = Symbol('kHandle');
const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const kAsyncId = Symbol('asyncId');
const kTriggerId = Symbol('triggerId');
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
        proc.emitWarning(after + ' does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.',
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
    hidden(this, kHandle, binding.timerStart(this, after, isRepeat, isRefed));
  }

  refresh() {
    if (this._idleTimeout >= 0) {
      this._idleStart = binding.now();
      if (!binding.timerRefresh(this[kHandle])) {
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

function runTimeout(timer) {
  if (timer._repeat === null) {
    timer._destroyed = true;
    if (timer[kHasPrimitive]) delete knownTimersById[timer[kAsyncId]];
  } else {
    timer._idleStart = binding.now();
  }
  const args = timer._timerArgs;
  if (args === undefined) {
    timer._onTimeout();
  } else {
    Reflect.apply(timer._onTimeout, timer, args);
  }
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

function runImmediate(immediate) {
  immediate._destroyed = true;
  const argv = immediate._argv;
  if (argv === undefined) {
    immediate._onImmediate();
  } else {
    Reflect.apply(immediate._onImmediate, immediate, argv);
  }
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

binding.setEntryPoints(runTimeout, runImmediate);

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

const promises = {
  setTimeout: setTimeoutPromise,
  setImmediate: setImmediatePromise,
  setInterval: setIntervalPromise,
  scheduler: {
    wait: (delay, options) => setTimeoutPromise(delay, undefined, options),
    yield: () => setImmediatePromise(),
  },
};
const custom = Symbol.for('nodejs.util.promisify.custom');
Object.defineProperty(setTimeout, custom, { value: setTimeoutPromise, enumerable: false, configurable: true });
Object.defineProperty(setImmediate, custom, { value: setImmediatePromise, enumerable: false, configurable: true });

const globals = { setTimeout, clearTimeout, setInterval, clearInterval, setImmediate, clearImmediate, queueMicrotask };
for (const name of Object.keys(globals)) {
  Object.defineProperty(global, name, { value: globals[name], writable: true, configurable: true, enumerable: true });
}

module.exports = {
  setTimeout, clearTimeout, setInterval, clearInterval, setImmediate, clearImmediate, promises,
};
`
