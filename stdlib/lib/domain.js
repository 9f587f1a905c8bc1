// node:domain, deprecated in node and still loaded by packages that run
// user callbacks in one (gulp, through async-done). A domain collects the
// errors of the code run in it: thrown and not caught (synchronously or
// from a callback scheduled while it was active), or emitted as 'error' by
// an EventEmitter bound to it with no 'error' listener of its own.
//
// The active domain rides on the runtime's async context, as an
// AsyncLocalStorage store: timers, ticks, promise reactions and fs
// callbacks scheduled in a domain run in it, which node gets from
// async_hooks. An uncaught exception reaches the active domain through the
// handler this module gives the binding, which the process asks before its
// 'uncaughtException' listeners.

const EventEmitter = require('events');
const { AsyncLocalStorage } = require('async_hooks');

// The store is a box, so that "none yet" (null, as node's before any
// domain is entered) differs from "none since the last exit" (undefined).
const current = new AsyncLocalStorage();
// Domains entered with enter() or run() and not yet exited, innermost last.
const stack = [];

function active() {
  const box = current.getStore();
  return box === undefined ? null : box.domain;
}

function setActive(domain) {
  current.enterWith({ domain });
}

class Domain extends EventEmitter {
  constructor() {
    super();
    this.members = [];
  }

  enter() {
    stack.push(this);
    setActive(this);
  }

  // Exits this domain and every domain entered after it.
  exit() {
    const i = stack.lastIndexOf(this);
    if (i < 0) return;
    stack.length = i;
    setActive(stack[i - 1]);
  }

  // As node, fn's throw leaves the domain entered: the uncaught exception
  // finds it active.
  run(fn, ...args) {
    this.enter();
    const ret = Reflect.apply(fn, this, args);
    this.exit();
    return ret;
  }

  add(ee) {
    if (ee.domain === this) return;
    if (ee.domain) ee.domain.remove(ee);
    ee.domain = this;
    this.members.push(ee);
  }

  remove(ee) {
    ee.domain = null;
    const i = this.members.indexOf(ee);
    if (i !== -1) this.members.splice(i, 1);
  }

  bind(cb) {
    const d = this;
    function bound(...args) {
      d.enter();
      const ret = Reflect.apply(cb, this, args);
      d.exit();
      return ret;
    }
    bound.domain = this;
    return bound;
  }

  // A callback whose first argument, an error, goes to the domain.
  intercept(cb) {
    const d = this;
    function intercepted(er, ...args) {
      if (er) {
        if (typeof er === 'object') {
          er.domainBound = cb;
          er.domainThrown = false;
          er.domain = d;
        }
        d.emit('error', er);
        return undefined;
      }
      d.enter();
      const ret = Reflect.apply(cb, this, args);
      d.exit();
      return ret;
    }
    intercepted.domain = this;
    return intercepted;
  }

  dispose() {
    this.exit();
  }

  // Hands an uncaught exception to the domain's 'error' listeners and
  // reports whether there were any; without any, the exception goes on
  // untouched, as node's does when no domain entered has a listener.
  // Uncaught exceptions end the callback they came from, so no domain
  // stays entered after one.
  _errorHandler(er) {
    const listened = this.listenerCount('error') > 0;
    if (listened && ((typeof er === 'object' && er !== null) || typeof er === 'function')) {
      er.domain = this;
      er.domainThrown = true;
    }
    stack.length = 0;
    setActive(null);
    return listened && this.emit('error', er);
  }
}

binding.setUncaughtHandler((er) => {
  const d = active();
  return d !== null && d._errorHandler(er);
});

// EventEmitters made while a domain is active belong to it, and their
// events run in it; an 'error' event with no listener of its own goes to
// the domain.
EventEmitter.usingDomains = true;
const init = EventEmitter.init;
EventEmitter.init = function(opts) {
  Object.defineProperty(this, 'domain', { __proto__: null, value: null, writable: true, configurable: true });
  const d = active();
  if (d !== null && !(this instanceof Domain)) this.domain = d;
  return Reflect.apply(init, this, [opts]);
};
const emit = EventEmitter.prototype.emit;
EventEmitter.prototype.emit = function(type, ...args) {
  const d = this.domain;
  if (d === null || d === undefined || this === process || (type === 'error' && this.listenerCount('error') > 0)) {
    return Reflect.apply(emit, this, [type, ...args]);
  }
  if (type === 'error') {
    const er = args.length > 0 && args[0] ? args[0]
      : binding.nodeError('Error', 'ERR_UNHANDLED_ERROR', 'Unhandled error.');
    if (typeof er === 'object') {
      er.domainEmitter = this;
      er.domain = d;
      er.domainThrown = false;
    }
    d.emit('error', er);
    return false;
  }
  d.enter();
  const ret = Reflect.apply(emit, this, [type, ...args]);
  d.exit();
  return ret;
};

Object.defineProperty(process, 'domain', {
  __proto__: null,
  get: active,
  set: setActive,
  enumerable: true,
  configurable: true,
});

function createDomain() {
  return new Domain();
}

// _stack is node's: the domains entered and not yet exited. active is an
// accessor here (node's is a data property its enter and exit assign):
// Kiln's active domain follows the async context.
module.exports = {
  _stack: stack,
  Domain,
  createDomain,
  create: createDomain,
  get active() { return active(); },
  set active(d) { setActive(d); },
};
