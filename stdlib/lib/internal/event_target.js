// The DOM's Event, CustomEvent and EventTarget as Node v20 exposes them:
// a target without a tree, so every dispatch is at the target and there is
// no capture or bubbling path. A listener that throws does not stop the
// others; its error is rethrown on the next tick, where it becomes an
// uncaught exception as in Node.

const EventEmitter = require('events');
const { kMaxEventTargetListeners, kMaxEventTargetListenersWarned } = EventEmitter;

const kTrusted = Symbol('kTrusted');
// A target's state lives in symbol-keyed properties, as node keeps it, not
// in private fields: a Proxy of a target reaches them through its get trap,
// so the methods work on it (@whatwg-node/server hands out a Proxy of an
// EventTarget subclass as a request's signal). A target is known by its
// constructor's kIsEventTarget, as node knows one.
const kEvents = Symbol('kEvents');
const kHandlers = Symbol('kHandlers');
const kIsEventTarget = Symbol.for('nodejs.event_target');
// A subclass told of each listener added or removed (with the count of
// that type's listeners after), as Node's kNewListener and
// kRemoveListener hooks tell MessagePort.
const kListenerAdded = Symbol('kListenerAdded');
const kListenerRemoved = Symbol('kListenerRemoved');
// An event's timeStamp is performance.now() as perf_hooks has it, taken
// once: node's events read its internal clock, not the global (a program
// may replace globalThis.performance), and the global is an accessor,
// whose every read cost new Event() a sixth of its time.
let perfNow;
function now() {
  if (perfNow === undefined) {
    const { performance } = require('perf_hooks');
    perfNow = performance.now.bind(performance);
  }
  return perfNow();
}

function invalidThis(type) {
  return binding.nodeError('TypeError', 'ERR_INVALID_THIS', 'Value of "this" must be of type ' + type);
}

// inspectInner shows a custom inspect method's stand-in object one level
// down, as Node's event classes do.
function inspectInner(obj, options, inspect) {
  const depth = typeof options.depth === 'number' ? options.depth - 1 : options.depth;
  if (depth < 0) return '[Object]';
  return inspect(obj, { ...options, depth });
}

class Event {
  #type;
  #bubbles;
  #cancelable;
  #composed;
  #defaultPrevented = false;
  #timeStamp = now();
  #propagationStopped = false;
  #target = null;
  #dispatching = false;
  #trusted = false;

  constructor(type, options = undefined) {
    if (arguments.length === 0) {
      throw binding.nodeError('TypeError', 'ERR_MISSING_ARGS', 'The "type" argument must be specified');
    }
    if (options !== undefined && options !== null && typeof options !== 'object' && typeof options !== 'function') {
      throw binding.invalidArgType('options', 'of type object', options);
    }
    this.#type = `${type}`;
    this.#bubbles = !!options?.bubbles;
    this.#cancelable = !!options?.cancelable;
    this.#composed = !!options?.composed;
    if (options?.[kTrusted]) this.#trusted = true;
  }

  static #check(e) {
    if (e === null || typeof e !== 'object' || !(#type in e)) throw invalidThis('Event');
    return e;
  }
  static beginDispatch(e, target) {
    e.#target = target;
    e.#dispatching = true;
  }
  static endListener(e) {
    e.#dispatching = false;
  }
  static isDispatching(e) {
    return e.#dispatching;
  }
  static isStopped(e) {
    return e.#propagationStopped;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    Event.#check(this);
    if (arguments.length === 0) {
      throw binding.nodeError('TypeError', 'ERR_MISSING_ARGS', 'The "type" argument must be specified');
    }
    if (this.#dispatching) return;
    this.#type = `${type}`;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }
  stopImmediatePropagation() {
    Event.#check(this);
    this.#propagationStopped = true;
  }
  preventDefault() {
    Event.#check(this);
    this.#defaultPrevented = true;
  }
  get target() {
    return Event.#check(this).#target;
  }
  get currentTarget() {
    return Event.#check(this).#dispatching ? this.#target : null;
  }
  get srcElement() {
    return Event.#check(this).#target;
  }
  get type() {
    return Event.#check(this).#type;
  }
  get cancelable() {
    return Event.#check(this).#cancelable;
  }
  get defaultPrevented() {
    return Event.#check(this).#cancelable && this.#defaultPrevented;
  }
  get timeStamp() {
    return Event.#check(this).#timeStamp;
  }
  composedPath() {
    return Event.#check(this).#dispatching ? [this.#target] : [];
  }
  get returnValue() {
    return !Event.#check(this).#defaultPrevented;
  }
  get bubbles() {
    return Event.#check(this).#bubbles;
  }
  get composed() {
    return Event.#check(this).#composed;
  }
  get eventPhase() {
    return Event.#check(this).#dispatching ? Event.AT_TARGET : Event.NONE;
  }
  get cancelBubble() {
    return Event.#check(this).#propagationStopped;
  }
  set cancelBubble(value) {
    if (value) Event.#check(this).#propagationStopped = true;
  }
  stopPropagation() {
    Event.#check(this).#propagationStopped = true;
  }
  get isTrusted() {
    return Event.#check(this).#trusted;
  }
  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    return name + ' ' + inspectInner({
      type: this.#type,
      defaultPrevented: this.#defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timeStamp,
    }, options, inspect);
  }
}
// The dispatcher reaches an event's private state through statics that are
// taken out of the class here, so user code never sees them.
const { beginDispatch, endListener, isDispatching, isStopped } = Event;
for (const name of ['beginDispatch', 'endListener', 'isDispatching', 'isStopped']) delete Event[name];
const phases = { NONE: 0, CAPTURING_PHASE: 1, AT_TARGET: 2, BUBBLING_PHASE: 3 };
for (const [name, value] of Object.entries(phases)) {
  Object.defineProperty(Event, name, { value, enumerable: true });
  Object.defineProperty(Event.prototype, name, { value, enumerable: true });
}
Object.defineProperty(Event.prototype, Symbol.toStringTag, { value: 'Event', configurable: true });

class CustomEvent extends Event {
  #detail;
  constructor(type, options = undefined) {
    if (arguments.length === 0) {
      throw binding.nodeError('TypeError', 'ERR_MISSING_ARGS', 'The "type" argument must be specified');
    }
    super(type, options);
    this.#detail = options?.detail ?? null;
  }
  get detail() {
    if (this === null || typeof this !== 'object' || !(#detail in this)) throw invalidThis('CustomEvent');
    return this.#detail;
  }
}
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, { value: 'CustomEvent', configurable: true });

// A listener is kept with its flags; removing it while a dispatch runs
// marks it removed so that the running dispatch skips it.
function validateListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') return true;
  if (listener == null) return false;
  if (typeof listener === 'object') return true;
  throw binding.invalidArgType('listener', 'an instance of EventListener', listener);
}

function flagsOf(options) {
  if (typeof options === 'boolean') return { capture: options, once: false, passive: false, signal: undefined };
  if (options === null || options === undefined) return { capture: false, once: false, passive: false, signal: undefined };
  if (typeof options !== 'object') throw binding.invalidArgType('options', 'of type object', options);
  return { capture: !!options.capture, once: !!options.once, passive: !!options.passive, signal: options.signal };
}

class EventTarget {
  static [kIsEventTarget] = true;

  constructor() {
    this[kEvents] = new Map();
    this[kMaxEventTargetListeners] = EventEmitter.defaultMaxListeners;
    this[kMaxEventTargetListenersWarned] = false;
    this[kHandlers] = new Map();
  }

  addEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw invalidThis('EventTarget');
    if (arguments.length < 2) {
      throw binding.nodeError('TypeError', 'ERR_MISSING_ARGS', 'The "type" and "listener" arguments must be specified');
    }
    const { capture, once, passive, signal } = flagsOf(options);
    if (!validateListener(listener)) {
      const w = new Error('addEventListener called with ' + listener + ' which has no effect.');
      w.name = 'AddEventListenerArgumentTypeWarning';
      w.target = this;
      w.type = type;
      process.emitWarning(w);
      return;
    }
    type = typeof type === 'symbol' ? type : `${type}`;
    if (signal !== undefined) {
      require('internal/abort_controller').validateAbortSignal(signal, 'options.signal');
      if (signal.aborted) return;
    }
    let list = this[kEvents].get(type);
    if (list === undefined) {
      list = [];
      this[kEvents].set(type, list);
    }
    if (list.some((l) => !l.removed && l.callback === listener && l.capture === capture)) return;
    const entry = { callback: listener, capture, once, passive, removed: false };
    list.push(entry);
    this[kListenerAdded]?.(type, list.length);
    if (signal !== undefined) {
      signal.addEventListener('abort', () => this.removeEventListener(type, listener, options), { once: true });
    }
    const max = this[kMaxEventTargetListeners];
    if (max > 0 && list.length > max && !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      const w = new Error('Possible EventTarget memory leak detected. ' + list.length + ' ' + String(type) +
        ' listeners added to ' + require('util').inspect(this, { depth: -1 }) + '. MaxListeners is ' + max +
        '. Use events.setMaxListeners() to increase limit');
      w.name = 'MaxListenersExceededWarning';
      w.target = this;
      w.type = type;
      w.count = list.length;
      process.emitWarning(w);
    }
  }

  removeEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw invalidThis('EventTarget');
    if (arguments.length < 2) {
      throw binding.nodeError('TypeError', 'ERR_MISSING_ARGS', 'The "type" and "listener" arguments must be specified');
    }
    if (!validateListener(listener)) return;
    type = typeof type === 'symbol' ? type : `${type}`;
    const capture = flagsOf(options).capture;
    const list = this[kEvents].get(type);
    if (list === undefined) return;
    const i = list.findIndex((l) => l.callback === listener && l.capture === capture);
    if (i < 0) return;
    list[i].removed = true;
    list.splice(i, 1);
    if (list.length === 0) this[kEvents].delete(type);
    this[kListenerRemoved]?.(type, list.length);
  }

  dispatchEvent(event) {
    if (!isEventTarget(this)) throw invalidThis('EventTarget');
    if (arguments.length < 1) {
      throw binding.nodeError('TypeError', 'ERR_MISSING_ARGS', 'The "event" argument must be specified');
    }
    if (!(event instanceof Event)) throw binding.invalidArgType('event', 'an instance of Event', event);
    if (isDispatching(event)) {
      throw binding.nodeError('Error', 'ERR_EVENT_RECURSION', 'The event "' + event.type + '" is already being dispatched');
    }
    beginDispatch(event, this);
    const list = this[kEvents].get(event.type);
    if (list !== undefined) {
      for (const l of list.slice()) {
        if (l.removed) continue;
        if (l.once) this.removeEventListener(event.type, l.callback, { capture: l.capture });
        try {
          const cb = l.callback;
          let result;
          if (typeof cb === 'function') {
            result = Reflect.apply(cb, this, [event]);
          } else {
            result = Reflect.apply(cb.handleEvent, cb, [event]);
          }
          if (result !== undefined && result !== null && typeof result.then === 'function') {
            result.then(undefined, emitUncaughtException);
          }
        } catch (err) {
          emitUncaughtException(err);
        }
        // Node leaves the event marked as dispatching for the first
        // listener only; later ones see it as not being dispatched.
        endListener(event);
        if (isStopped(event)) break;
      }
    }
    endListener(event);
    return event.defaultPrevented !== true;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    return name + ' ' + inspectInner({}, options, inspect);
  }
}
function isEventTarget(v) {
  return !!v?.constructor?.[kIsEventTarget];
}
function listenersOf(target, type) {
  const list = target[kEvents].get(`${type}`);
  return list === undefined ? [] : list.filter((l) => !l.removed).map((l) => l.callback);
}
function listenerTypes(target) {
  return [...target[kEvents].keys()];
}
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, { value: 'EventTarget', configurable: true });

// Event handler attributes such as AbortSignal's onabort: one listener per
// attribute, replaced on assignment.
function defineEventHandler(proto, name) {
  Object.defineProperty(proto, 'on' + name, {
    get() {
      return this[kHandlers]?.get(name)?.handler ?? null;
    },
    set(value) {
      if (!this[kHandlers]) this[kHandlers] = new Map();
      let entry = this[kHandlers].get(name);
      if (entry === undefined) {
        entry = { handler: null, wrapper: null };
        this[kHandlers].set(name, entry);
      }
      if (typeof value !== 'function' && (typeof value !== 'object' || value === null)) value = null;
      entry.handler = value;
      if (value !== null && entry.wrapper === null) {
        entry.wrapper = function(event) {
          if (typeof entry.handler === 'function') return Reflect.apply(entry.handler, this, [event]);
        };
        this.addEventListener(name, entry.wrapper);
      } else if (value === null && entry.wrapper !== null) {
        this.removeEventListener(name, entry.wrapper);
        entry.wrapper = null;
      }
    },
    enumerable: true,
    configurable: true,
  });
}

// emitUncaughtException throws err, which a listener threw, on the next
// tick, so that the dispatch goes on. Written as node's line (its text is
// how an uncaught banner names node's line: see stdlib/lib_throws.go).
function emitUncaughtException(err) {
  process.nextTick(() => { throw err; });
}

module.exports = {
  Event, CustomEvent, EventTarget, isEventTarget, listenersOf, listenerTypes, defineEventHandler, inspectInner, kTrusted,
  kListenerAdded, kListenerRemoved, emitUncaughtException,
};
