// AbortController and AbortSignal as Node v20 has them, and the AbortError
// that Node's promise APIs reject with when a signal fires.

const { Event, EventTarget, defineEventHandler, inspectInner, kTrusted } = require('internal/event_target');

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw binding.invalidArgType(name, 'an instance of AbortSignal', signal);
  }
}

function domException(message, name) {
  return new DOMException(message, name);
}

const kDontThrow = Symbol('kDontThrow');
// A signal's state is in symbol-keyed properties, as node keeps it, so a
// Proxy of a signal works as one (see kEvents in internal/event_target).
const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kComposite = Symbol('kComposite');

function checkSignal(s) {
  if (s?.[kAborted] === undefined) {
    throw binding.nodeError('TypeError', 'ERR_INVALID_THIS', 'Value of "this" must be of type AbortSignal');
  }
  return s;
}

function newSignal(aborted = false, reason = undefined) {
  const s = new AbortSignal(kDontThrow);
  s[kAborted] = aborted;
  s[kReason] = reason;
  return s;
}

function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  signal.dispatchEvent(new Event('abort', { [kTrusted]: true }));
}

class AbortSignal extends EventTarget {
  constructor(key = undefined) {
    if (key !== kDontThrow) throw binding.nodeError('TypeError', 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
    super();
    this[kAborted] = false;
    this[kReason] = undefined;
    this[kComposite] = false;
  }
  get aborted() {
    return !!checkSignal(this)[kAborted];
  }
  get reason() {
    return checkSignal(this)[kReason];
  }
  throwIfAborted() {
    if (checkSignal(this)[kAborted]) throw this[kReason];
  }
  static abort(reason = domException('This operation was aborted', 'AbortError')) {
    return newSignal(true, reason);
  }
  // The timer is unref'd: a pending timeout signal alone does not keep the
  // process alive, as in Node.
  static timeout(delay) {
    if (typeof delay !== 'number') throw binding.invalidArgType('delay', 'of type number', delay);
    if (!Number.isInteger(delay) || delay < 0 || delay > 4294967295) {
      throw binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE', 'The value of "delay" is out of range. It must be ' +
        (Number.isInteger(delay) ? '>= 0 && <= 4294967295' : 'an integer') + '. Received ' + binding.inspect(delay));
    }
    const s = newSignal();
    const t = setTimeout(() => {
      abortSignal(s, domException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay);
    t.unref?.();
    return s;
  }
  static any(signals) {
    if (!Array.isArray(signals) && (signals === null || typeof signals !== 'object' ||
        typeof signals[Symbol.iterator] !== 'function')) {
      throw binding.invalidArgType('signals', 'an instance of Array', signals);
    }
    const list = [...signals];
    list.forEach((s, i) => {
      if (!AbortSignalIs(s)) throw binding.invalidArgType('signals[' + i + ']', 'an instance of AbortSignal', s);
    });
    const result = newSignal();
    result[kComposite] = true;
    for (const s of list) {
      if (s.aborted) {
        result[kAborted] = true;
        result[kReason] = s.reason;
        return result;
      }
    }
    for (const s of list) {
      s.addEventListener('abort', () => abortSignal(result, s.reason), { once: true });
    }
    return result;
  }
  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    return 'AbortSignal ' + inspectInner({ aborted: this.aborted }, options, inspect);
  }
}
function AbortSignalIs(s) {
  return s?.[kAborted] !== undefined;
}
defineEventHandler(AbortSignal.prototype, 'abort');
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, { value: 'AbortSignal', configurable: true });
Object.defineProperty(AbortSignal.prototype, 'aborted', { enumerable: true });
Object.defineProperty(AbortSignal.prototype, 'reason', { enumerable: true });

class AbortController {
  #signal = newSignal();
  get signal() {
    return this.#signal;
  }
  abort(reason = domException('This operation was aborted', 'AbortError')) {
    abortSignal(this.#signal, reason);
  }
  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    return 'AbortController ' + inspectInner({ signal: this.signal }, options, inspect);
  }
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, { value: 'AbortController', configurable: true });
Object.defineProperty(AbortController.prototype, 'signal', { enumerable: true });
Object.defineProperty(AbortController.prototype, 'abort', { enumerable: true });

module.exports = { AbortController, AbortSignal, AbortError, validateAbortSignal };
