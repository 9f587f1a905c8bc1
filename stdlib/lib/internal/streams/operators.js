// The experimental iterator helpers of Readable (v20): map, filter,
// flatMap, drop, take and asIndexedPairs return a new Readable (made with
// Readable.from over an async generator); forEach, toArray, some, every,
// find and reduce return promises. Each stage pulls one value at a time:
// the concurrency option is validated but work is not run in parallel.

const { errors, validateFunction, validateObject } = require('internal/streams/utils');

const fnTypes = 'of type function or an instance of AsyncFunction';

function validateFn(fn) {
  if (typeof fn !== 'function') throw errors.invalidArgType('fn', fnTypes, fn);
}

function validateOptions(options) {
  if (options != null) validateObject(options, 'options');
  if (options?.signal != null && (typeof options.signal !== 'object' || !('aborted' in options.signal))) {
    throw errors.invalidArgType('options.signal', 'an instance of AbortSignal', options.signal);
  }
  const concurrency = options?.concurrency;
  if (concurrency != null) {
    const c = Math.floor(concurrency);
    if (typeof concurrency !== 'number') throw errors.invalidArgType('options.concurrency', 'of type number', concurrency);
    if (!(c >= 1 && c <= Number.MAX_SAFE_INTEGER)) {
      throw errors.outOfRange('options.concurrency', '>= 1 && <= 9007199254740991', concurrency);
    }
  }
}

function checkAborted(options) {
  if (options?.signal?.aborted) throw errors.abort(options.signal);
}

function toIntegerOrInfinity(number) {
  number = Number(number);
  if (Number.isNaN(number)) return 0;
  return Math.trunc(number);
}

function validateCount(number) {
  number = toIntegerOrInfinity(number);
  if (number < 0) throw errors.outOfRange('number', '>= 0', number);
  return number;
}

const streamReturning = {
  map(fn, options) {
    validateFn(fn);
    validateOptions(options);
    const source = this;
    return (async function* map() {
      for await (const val of source) {
        checkAborted(options);
        yield await fn(val, { signal: options?.signal });
      }
    })();
  },
  filter(fn, options) {
    validateFn(fn);
    validateOptions(options);
    const source = this;
    return (async function* filter() {
      for await (const val of source) {
        checkAborted(options);
        if (await fn(val, { signal: options?.signal })) yield val;
      }
    })();
  },
  flatMap(fn, options) {
    validateFn(fn);
    validateOptions(options);
    const source = this;
    return (async function* flatMap() {
      for await (const val of source) {
        checkAborted(options);
        yield* await fn(val, { signal: options?.signal });
      }
    })();
  },
  drop(number, options) {
    validateOptions(options);
    number = validateCount(number);
    const source = this;
    return (async function* drop() {
      checkAborted(options);
      for await (const val of source) {
        checkAborted(options);
        if (number-- <= 0) yield val;
      }
    })();
  },
  take(number, options) {
    validateOptions(options);
    number = validateCount(number);
    const source = this;
    return (async function* take() {
      checkAborted(options);
      if (number <= 0) return;
      for await (const val of source) {
        checkAborted(options);
        yield val;
        if (--number <= 0) return;
      }
    })();
  },
  asIndexedPairs(options) {
    validateOptions(options);
    const source = this;
    return (async function* asIndexedPairs() {
      let index = 0;
      for await (const val of source) {
        checkAborted(options);
        yield [index++, val];
      }
    })();
  },
};

const promiseReturning = {
  async forEach(fn, options) {
    validateFn(fn);
    validateOptions(options);
    for await (const val of this) {
      checkAborted(options);
      await fn(val, { signal: options?.signal });
    }
  },
  async toArray(options) {
    validateOptions(options);
    const result = [];
    for await (const val of this) {
      checkAborted(options);
      result.push(val);
    }
    return result;
  },
  async some(fn, options) {
    validateFn(fn);
    validateOptions(options);
    for await (const val of this) {
      checkAborted(options);
      if (await fn(val, { signal: options?.signal })) return true;
    }
    return false;
  },
  async every(fn, options) {
    validateFn(fn);
    validateOptions(options);
    for await (const val of this) {
      checkAborted(options);
      if (!(await fn(val, { signal: options?.signal }))) return false;
    }
    return true;
  },
  async find(fn, options) {
    validateFn(fn);
    validateOptions(options);
    for await (const val of this) {
      checkAborted(options);
      if (await fn(val, { signal: options?.signal })) return val;
    }
    return undefined;
  },
  async reduce(reducer, initialValue, options) {
    validateFunction(reducer, 'reducer');
    validateOptions(options);
    let hasInitialValue = arguments.length > 1;
    let acc = initialValue;
    for await (const val of this) {
      checkAborted(options);
      if (!hasInitialValue) {
        acc = val;
        hasInitialValue = true;
      } else {
        acc = await reducer(acc, val, { signal: options?.signal });
      }
    }
    if (!hasInitialValue) {
      throw binding.nodeError('TypeError', 'ERR_MISSING_ARGS', 'Reduce of an empty stream requires an initial value');
    }
    return acc;
  },
};

// stream.js puts them on Readable.prototype.
module.exports = { streamReturning, promiseReturning };
