'use strict';
// node:vm. A context is a realm of its own (binding.createRealm) whose
// global object is a Proxy over the sandbox: global reads look in the
// sandbox first and then at the realm's built-ins, and global writes and
// declarations land on the sandbox, as node's contextified objects do.

// sandbox → realm id
const contexts = new WeakMap();

// The Proxy traps run while the context's realm is current, where a global
// name would resolve through the Proxy itself: they use these instead.
const { get, set, getOwnPropertyDescriptor, isExtensible, defineProperty, apply, ownKeys, deleteProperty } = Reflect;
const ProxyCtor = Proxy;
const SetCtor = Set;

function validateString(v, name) {
  if (typeof v !== 'string') throw binding.invalidArgType(name, 'of type string', v);
}

function validateObject(v, name) {
  if (v === null || typeof v !== 'object') throw binding.invalidArgType(name, 'of type object', v);
}

function validateInt(v, name, min, max) {
  if (typeof v !== 'number') throw binding.invalidArgType(name, 'of type number', v);
  if (!Number.isInteger(v)) {
    throw binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE',
      `The value of "${name}" is out of range. It must be an integer. Received ${binding.inspect(v)}`);
  }
  if (v < min || v > max) {
    throw binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE',
      `The value of "${name}" is out of range. It must be >= ${min} && <= ${max}. Received ${binding.inspect(v)}`);
  }
}

// runOptions reads the options of the run methods: a string is a filename
// (which node accepts and ignores there); timeout is validated.
function runTimeout(options) {
  if (options === undefined || options === null || typeof options !== 'object') return 0;
  const { timeout } = options;
  if (timeout === undefined) return 0;
  validateInt(timeout, 'options.timeout', 1, 4294967295);
  return timeout;
}

// displayErrors is a run's displayErrors option (default true): an error
// thrown out of the script gets the line it was thrown at in front of its
// stack, as node's does.
function displayErrors(options) {
  if (options === undefined || options === null || typeof options !== 'object') return true;
  const { displayErrors: display = true } = options;
  if (typeof display !== 'boolean') throw binding.invalidArgType('options.displayErrors', 'of type boolean', display);
  return display;
}

function globalHandler(sandbox, builtins) {
  return {
    get(_, key) {
      return key in sandbox ? get(sandbox, key) : get(builtins, key);
    },
    set(_, key, value) {
      return set(sandbox, key, value);
    },
    has(_, key) {
      return key in sandbox || key in builtins;
    },
    // As node's deleter: the key goes from the sandbox and from the
    // context's own global, where the built-ins live (a non-configurable
    // one, such as NaN, stays and the delete fails).
    deleteProperty(_, key) {
      return deleteProperty(sandbox, key) && deleteProperty(builtins, key);
    },
    getOwnPropertyDescriptor(_, key) {
      const own = getOwnPropertyDescriptor(sandbox, key);
      if (own !== undefined || !isExtensible(sandbox)) return own;
      const d = getOwnPropertyDescriptor(builtins, key);
      // A Proxy may not report a non-configurable property its target (the
      // sandbox) lacks.
      if (d !== undefined) d.configurable = true;
      return d;
    },
    ownKeys() {
      const keys = ownKeys(sandbox);
      if (!isExtensible(sandbox)) return keys;
      const seen = new SetCtor(keys);
      for (const k of ownKeys(builtins)) if (!seen.has(k)) keys.push(k);
      return keys;
    },
  };
}

function createContext(contextObject = {}, options) {
  if (contextObject === constants.DONT_CONTEXTIFY) {
    // The new context's own ordinary global object, not a sandbox in front
    // of one (jsdom makes its windows so).
    let global;
    const id = binding.createRealm((g) => (global = g));
    contexts.set(global, id);
    return global;
  }
  validateObject(contextObject, 'object');
  if (contexts.has(contextObject)) return contextObject;
  const id = binding.createRealm((builtins) => {
    const global = new ProxyCtor(contextObject, globalHandler(contextObject, builtins));
    defineProperty(builtins, 'globalThis', { value: global, writable: true, configurable: true });
    return global;
  });
  contexts.set(contextObject, id);
  return contextObject;
}

function isContext(object) {
  validateObject(object, 'object');
  return contexts.has(object);
}

function contextId(contextifiedObject) {
  validateObject(contextifiedObject, 'object');
  const id = contexts.get(contextifiedObject);
  if (id === undefined) {
    throw binding.invalidArgType('contextifiedObject', 'an vm.Context', contextifiedObject);
  }
  return id;
}

class Script {
  #fn;

  constructor(code, options = {}) {
    code = `${code}`;
    if (typeof options === 'string') options = { filename: options };
    else validateObject(options, 'options');
    const { filename = 'evalmachine.<anonymous>', lineOffset = 0, columnOffset = 0 } = options;
    validateString(filename, 'options.filename');
    validateInt(lineOffset, 'options.lineOffset', -2147483648, 2147483647);
    validateInt(columnOffset, 'options.columnOffset', -2147483648, 2147483647);
    this.#fn = binding.compile(code, filename, lineOffset, columnOffset);
    this.sourceMapURL = undefined;
  }

  runInThisContext(options) {
    return binding.run(0, this.#fn, runTimeout(options), displayErrors(options));
  }

  runInContext(contextifiedObject, options) {
    const id = contextId(contextifiedObject);
    return binding.run(id, this.#fn, runTimeout(options), displayErrors(options));
  }

  runInNewContext(contextObject, options) {
    const id = contextId(createContext(contextObject));
    return binding.run(id, this.#fn, runTimeout(options), displayErrors(options));
  }
}

function scriptOptions(options) {
  return typeof options === 'string' ? options : (options ?? {});
}

function createScript(code, options) {
  return new Script(code, options);
}

function runInContext(code, contextifiedObject, options) {
  contextId(contextifiedObject);
  return new Script(code, scriptOptions(options)).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  const sandbox = createContext(contextObject);
  return new Script(code, scriptOptions(options)).runInContext(sandbox, options);
}

function runInThisContext(code, options) {
  return new Script(code, scriptOptions(options)).runInThisContext(options);
}

// compileFunction compiles code as a function body taking params; each
// object of contextExtensions is in scope around it, innermost last, as
// with-statement scopes of a wrapper made around the body.
function compileFunction(code, params, options = {}) {
  if (params === undefined) params = [];
  validateString(code, 'code');
  if (!Array.isArray(params)) throw binding.invalidArgType('params', 'an instance of Array', params);
  params.forEach((p, i) => validateString(p, `params[${i}]`));
  validateObject(options, 'options');
  const { filename = '', lineOffset = 0, columnOffset = 0, contextExtensions = [] } = options;
  validateString(filename, 'options.filename');
  validateInt(lineOffset, 'options.lineOffset', -2147483648, 2147483647);
  validateInt(columnOffset, 'options.columnOffset', -2147483648, 2147483647);
  if (!Array.isArray(contextExtensions)) {
    throw binding.invalidArgType('options.contextExtensions', 'an instance of Array', contextExtensions);
  }
  contextExtensions.forEach((e, i) => validateObject(e, `options.contextExtensions[${i}]`));
  if (contextExtensions.length === 0) {
    return binding.compile(code, filename, lineOffset, columnOffset, params);
  }
  // The wrapper shares the body's first line so that line numbers hold.
  const scopes = contextExtensions.map((_, i) => `with (arguments[${i}]) `).join('');
  const head = `${scopes}return function (${params.join(', ')}) {`;
  const wrapper = binding.compile(`${head}${code}\n}`, filename, lineOffset, columnOffset - head.length, []);
  return apply(wrapper, undefined, contextExtensions);
}

const constants = Object.freeze({
  __proto__: null,
  USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
  DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
});

// measureMemory is node's experimental measurement, in its shape: the
// estimate is the live heap and the range runs up to the heap's committed
// size. Kiln's heap is one for all contexts and does not attribute cells
// to them, so 'detailed' reports everything as the current context's and
// no others. V8 resolves a 'default' measurement at its next collection;
// Kiln resolves both executions on the next turn of the microtask queue.
let measureMemoryWarned = false;
function measureMemory(options = {}) {
  if (!measureMemoryWarned) {
    measureMemoryWarned = true;
    process.emitWarning('vm.measureMemory is an experimental feature and might change at any time', 'ExperimentalWarning');
  }
  if (options === null || typeof options !== 'object') throw binding.invalidArgType('options', 'of type object', options);
  const { mode = 'summary', execution = 'default' } = options;
  if (mode !== 'summary' && mode !== 'detailed') {
    throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
      `The property 'options.mode' must be one of: 'summary', 'detailed'. Received ${require('util').inspect(mode)}`);
  }
  if (execution !== 'default' && execution !== 'eager') {
    throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
      `The property 'options.execution' must be one of: 'default', 'eager'. Received ${require('util').inspect(execution)}`);
  }
  const { heapUsed, heapTotal } = process.memoryUsage();
  const measure = () => ({ jsMemoryEstimate: heapUsed, jsMemoryRange: [heapUsed, Math.max(heapUsed, heapTotal)] });
  const result = { total: measure() };
  if (mode === 'detailed') {
    result.current = measure();
    result.other = [];
  }
  return Promise.resolve(result);
}

module.exports = {
  Script,
  createContext,
  createScript,
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory,
  constants,
};

if (binding.vmModules) {
  const { Module, SourceTextModule, SyntheticModule, setContexts } = require('internal/vm_module');
  setContexts(contextId, isContext);
  Object.assign(module.exports, { Module, SourceTextModule, SyntheticModule });
}
