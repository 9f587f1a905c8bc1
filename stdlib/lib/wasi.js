// node:wasi over the system calls of stdlib/wasi.go: this file validates
// the options as node does, binds the calls into wasiImport, and runs a
// command (start) or reactor (initialize) instance once.
require('internal/wasm');

process.emitWarning('WASI is an experimental feature and might change at any time', 'ExperimentalWarning');

const kExitCode = Symbol('kExitCode');
const kSetMemory = Symbol('kSetMemory');
const kStarted = Symbol('kStarted');
const kInstance = Symbol('kInstance');
const kBindingName = Symbol('kBindingName');

function validateObject(value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw binding.invalidArgType(name, 'of type object', value);
  }
}
function validateInt32(value, name) {
  if (typeof value !== 'number') throw binding.invalidArgType(name, 'of type number', value);
  if (!Number.isInteger(value)) {
    throw binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE',
      `The value of "${name}" is out of range. It must be an integer. Received ${binding.inspect(value)}`);
  }
  if (value < 0 || value > 2147483647) {
    throw binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE',
      `The value of "${name}" is out of range. It must be >= 0 && <= 2147483647. Received ${binding.inspect(value)}`);
  }
}
function validateFunction(value, name) {
  if (typeof value !== 'function') throw binding.invalidArgType(name, 'of type function', value);
}
function validateUndefined(value, name) {
  if (value !== undefined) throw binding.invalidArgType(name, 'undefined', value);
}

function wasiReturnOnProcExit(rval) {
  this[kExitCode] = rval;
  throw kExitCode;
}

function finalizeBindings(wasi, instance) {
  if (wasi[kStarted]) throw binding.nodeError('Error', 'ERR_WASI_ALREADY_STARTED', 'WASI instance has already started');
  wasi[kStarted] = true;
  validateObject(instance, 'instance');
  validateObject(instance.exports, 'instance.exports');
  wasi[kSetMemory](instance.exports.memory);
  wasi[kInstance] = instance;
}

class WASI {
  constructor(options = {}) {
    validateObject(options, 'options');
    if (typeof options.version !== 'string') throw binding.invalidArgType('options.version', 'of type string', options.version);
    switch (options.version) {
      case 'unstable':
        this[kBindingName] = 'wasi_unstable';
        break;
      case 'preview1':
        this[kBindingName] = 'wasi_snapshot_preview1';
        break;
      default:
        throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
          `The property 'options.version' unsupported WASI version. Received ${binding.inspect(options.version)}`);
    }
    if (options.args !== undefined && !Array.isArray(options.args)) {
      throw binding.invalidArgType('options.args', 'an instance of Array', options.args);
    }
    const args = (options.args || []).map(String);
    const env = [];
    if (options.env !== undefined) {
      validateObject(options.env, 'options.env');
      for (const [key, value] of Object.entries(options.env)) {
        if (value !== undefined) env.push(`${key}=${value}`);
      }
    }
    const preopens = [];
    if (options.preopens !== undefined) {
      validateObject(options.preopens, 'options.preopens');
      for (const [key, value] of Object.entries(options.preopens)) preopens.push(String(key), String(value));
    }
    const { stdin = 0, stdout = 1, stderr = 2 } = options;
    validateInt32(stdin, 'options.stdin');
    validateInt32(stdout, 'options.stdout');
    validateInt32(stderr, 'options.stderr');
    const wrap = binding.create(args, env, preopens, [stdin, stdout, stderr]);
    for (const prop in wrap) wrap[prop] = wrap[prop].bind(wrap);
    let returnOnExit = true;
    if (options.returnOnExit !== undefined) {
      if (typeof options.returnOnExit !== 'boolean') {
        throw binding.invalidArgType('options.returnOnExit', 'of type boolean', options.returnOnExit);
      }
      returnOnExit = options.returnOnExit;
    }
    if (returnOnExit) {
      wrap.proc_exit = wasiReturnOnProcExit.bind(this);
    } else {
      wrap.proc_exit = function proc_exit(code) {
        process.exit(code);
      }.bind(wrap);
    }
    this[kSetMemory] = wrap._setMemory;
    delete wrap._setMemory;
    this.wasiImport = wrap;
    this[kStarted] = false;
    this[kExitCode] = 0;
    this[kInstance] = undefined;
  }

  start(instance) {
    finalizeBindings(this, instance);
    const { _start, _initialize } = this[kInstance].exports;
    validateFunction(_start, 'instance.exports._start');
    validateUndefined(_initialize, 'instance.exports._initialize');
    try {
      _start();
    } catch (err) {
      if (err !== kExitCode) throw err;
    }
    return this[kExitCode];
  }

  initialize(instance) {
    finalizeBindings(this, instance);
    const { _start, _initialize } = this[kInstance].exports;
    validateUndefined(_start, 'instance.exports._start');
    if (_initialize !== undefined) {
      validateFunction(_initialize, 'instance.exports._initialize');
      _initialize();
    }
  }

  getImportObject() {
    return { [this[kBindingName]]: this.wasiImport };
  }
}
module.exports = { WASI };
