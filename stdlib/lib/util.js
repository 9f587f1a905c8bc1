// The util module. inspect, format and formatWithOptions are the Go
// implementations console.log uses (stdlib/inspect.go, console.go), so the
// two always agree; util.inspect is the one function object custom inspect
// methods are handed, and its properties are set on it here once.

const types = require('util/types');
const { withLength } = require('internal/shape');
const { shouldColorize } = require('internal/colors');
const { inspect } = binding;

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const customPromisify = Symbol.for('nodejs.util.promisify.custom');

function validateFunction(value, name) {
  if (typeof value !== 'function') throw binding.invalidArgType(name, 'of type function', value);
}
function validateString(value, name) {
  if (typeof value !== 'string') throw binding.invalidArgType(name, 'of type string', value);
}
function validateObject(value, name) {
  if (value === null || typeof value !== 'object') throw binding.invalidArgType(name, 'of type object', value);
}

// ---------------------------------------------------------------------------
// inspect's properties

const colors = {
  __proto__: null,
  reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23], underline: [4, 24], blink: [5, 25],
  inverse: [7, 27], hidden: [8, 28], strikethrough: [9, 29], doubleunderline: [21, 24],
  black: [30, 39], red: [31, 39], green: [32, 39], yellow: [33, 39], blue: [34, 39], magenta: [35, 39],
  cyan: [36, 39], white: [37, 39],
  bgBlack: [40, 49], bgRed: [41, 49], bgGreen: [42, 49], bgYellow: [43, 49], bgBlue: [44, 49],
  bgMagenta: [45, 49], bgCyan: [46, 49], bgWhite: [47, 49],
  framed: [51, 54], overlined: [53, 55], gray: [90, 39],
  redBright: [91, 39], greenBright: [92, 39], yellowBright: [93, 39], blueBright: [94, 39],
  magentaBright: [95, 39], cyanBright: [96, 39], whiteBright: [97, 39],
  bgGray: [100, 49], bgRedBright: [101, 49], bgGreenBright: [102, 49], bgYellowBright: [103, 49],
  bgBlueBright: [104, 49], bgMagentaBright: [105, 49], bgCyanBright: [106, 49], bgWhiteBright: [107, 49],
};
// Aliases resolve to the canonical entry and, as in Node, do not enumerate.
const colorAliases = {
  grey: 'gray', blackBright: 'gray', bgGrey: 'bgGray', bgBlackBright: 'bgGray', dim: 'dim', faint: 'dim',
  crossedout: 'strikethrough', strikeThrough: 'strikethrough', crossedOut: 'strikethrough',
  conceal: 'hidden', swapColors: 'inverse', swapcolors: 'inverse', doubleUnderline: 'doubleunderline',
};
for (const [alias, target] of Object.entries(colorAliases)) {
  if (alias === target) continue;
  Object.defineProperty(colors, alias, {
    get() { return this[target]; },
    set(value) { this[target] = value; },
    configurable: true,
  });
}
const styles = Object.assign({ __proto__: null }, {
  special: 'cyan', number: 'yellow', bigint: 'yellow', boolean: 'yellow', undefined: 'grey', null: 'bold',
  string: 'green', symbol: 'green', date: 'magenta', regexp: 'red', module: 'underline',
});

if (!Object.prototype.hasOwnProperty.call(inspect, 'custom')) {
  // The Go inspector starts every inspection from this object (the
  // binding keeps it), so assigning to it or to its properties changes
  // what util.inspect, util.format and the console print, as in node.
  let defaultOptions = {
    showHidden: false, depth: 2, colors: false, customInspect: true, showProxy: false, maxArrayLength: 100,
    maxStringLength: 10000, breakLength: 80, compact: 3, sorted: false, getters: false, numericSeparator: false,
  };
  Object.defineProperty(inspect, 'custom', { value: customInspect, writable: true, enumerable: true, configurable: true });
  binding.setInspectDefaults(defaultOptions);
  Object.defineProperty(inspect, 'defaultOptions', {
    get() {
      return defaultOptions;
    },
    set(options) {
      validateObject(options, 'options');
      defaultOptions = Object.assign({}, defaultOptions, options);
      binding.setInspectDefaults(defaultOptions);
    },
  });
  Object.defineProperty(inspect, 'colors', { value: colors, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(inspect, 'styles', { value: styles, writable: true, enumerable: true, configurable: true });
}

// ---------------------------------------------------------------------------
// format

function format(...args) {
  return binding.format(...args);
}
function formatWithOptions(inspectOptions, ...args) {
  validateObject(inspectOptions, 'inspectOptions');
  return binding.formatWithOptions(inspectOptions, ...args);
}

function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  const keys = Array.isArray(format) ? format : [format];
  let left = '';
  let right = '';
  for (const key of keys) {
    const code = typeof key === 'string' && key !== '__proto__' ? colors[key] : undefined;
    if (code === undefined) {
      throw binding.invalidArgValue('format', key, 'must be one of: ' +
        Object.keys(colors).map((k) => "'" + k + "'").join(', '));
    }
    left += '\u001b[' + code[0] + 'm';
    right = '\u001b[' + code[1] + 'm' + right;
  }
  // Node 20 leaves a single style out when the stream would not show
  // colours (not a TTY, and FORCE_COLOR unset); a list of styles is
  // always applied.
  if (!Array.isArray(format) && validateStream && !shouldColorize(stream)) {
    return text;
  }
  return left + text + right;
}

// ---------------------------------------------------------------------------
// inherits, promisify, callbackify, deprecate

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw binding.invalidArgType('ctor', 'of type function', ctor);
  if (superCtor === undefined || superCtor === null) {
    throw binding.invalidArgType('superCtor', 'of type function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw binding.invalidArgType('superCtor.prototype', 'of type object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

function promisify(original) {
  validateFunction(original, 'original');
  if (original[customPromisify]) {
    const fn = original[customPromisify];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, customPromisify, { value: fn, configurable: true });
  }
  function fn(...args) {
    return new Promise((resolve, reject) => {
      Reflect.apply(original, this, [...args, (err, ...values) => {
        if (err) reject(err);
        else resolve(values[0]);
      }]);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, customPromisify, { value: fn, configurable: true });
  return Object.defineProperties(fn, Object.getOwnPropertyDescriptors(original));
}
promisify.custom = customPromisify;

// received is the "Received ..." tail Node puts on ERR_INVALID_ARG_TYPE.
function received(value) {
  const msg = binding.invalidArgType('x', 'x', value).message;
  return msg.slice(msg.indexOf('. Received ') + 2);
}

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const maybeCb = args.pop();
    if (typeof maybeCb !== 'function') {
      throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_TYPE',
        'The last argument must be of type function. ' + received(maybeCb));
    }
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      (ret) => process.nextTick(cb, null, ret),
      (reason) => {
        if (!reason) {
          const err = binding.nodeError('Error', 'ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value');
          err.reason = reason;
          reason = err;
        }
        process.nextTick(cb, reason);
      });
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  const props = { length: descriptors.length, name: descriptors.name };
  Object.setPrototypeOf(callbackified, Object.getPrototypeOf(original));
  Object.defineProperties(callbackified, props);
  return callbackified;
}

const warnedCodes = new Set();
function deprecate(fn, msg, code, useEmitSync) {
  if (process.noDeprecation === true) return fn;
  if (code !== undefined) validateString(code, 'code');
  let warned = false;
  function deprecated(...args) {
    if (!warned) {
      warned = true;
      if (code === undefined || !warnedCodes.has(code)) {
        if (code !== undefined) warnedCodes.add(code);
        if (useEmitSync) binding.emitWarningNow(msg, 'DeprecationWarning', code, deprecated);
        else process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

// ---------------------------------------------------------------------------
// debuglog

let debugPattern;
function debugEnabled(set) {
  if (debugPattern === undefined) {
    const env = process.env.NODE_DEBUG;
    debugPattern = null;
    if (env) {
      const alternatives = env.split(/[\s,]+/).filter(Boolean)
        .map((s) => s.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*'));
      if (alternatives.length > 0) debugPattern = new RegExp('^(' + alternatives.join('|') + ')$', 'i');
    }
  }
  return debugPattern !== null && debugPattern.test(set);
}

function debuglog(set, cb) {
  let impl;
  let enabled;
  function init() {
    set = set.toUpperCase();
    enabled = debugEnabled(set);
    if (enabled) {
      const pid = process.pid;
      impl = function debug(...args) {
        process.stderr.write(format('%s %d: %s\n', set, pid, format(...args)));
      };
    } else {
      impl = function debug() {};
    }
    if (typeof cb === 'function') cb(impl);
  }
  const logger = (...args) => {
    if (impl === undefined) init();
    Reflect.apply(impl, undefined, args);
  };
  Object.defineProperty(logger, 'name', { value: 'logger' });
  Object.defineProperty(logger, 'enabled', {
    get() {
      if (impl === undefined) init();
      return enabled;
    },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

// ---------------------------------------------------------------------------
// Small helpers

function stripVTControlCharacters(str) {
  validateString(str, 'str');
  // CSI (7- and 8-bit), OSC ended by BEL or ST, and two-byte escapes.
  return str.replace(/(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g, '');
}

function toUSVString(input) {
  return `${input}`.toWellFormed();
}

let errorMap;
function systemErrorMap() {
  if (errorMap === undefined) {
    errorMap = new Map(binding.systemErrors().map(([errno, code, desc]) => [errno, [code, desc]]));
  }
  return errorMap;
}
function getSystemErrorName(err) {
  if (typeof err !== 'number') throw binding.invalidArgType('err', 'of type number', err);
  if (err >= 0 || !Number.isSafeInteger(err)) {
    throw binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE',
      'The value of "err" is out of range. It must be a negative integer. Received ' + binding.inspect(err));
  }
  return systemErrorMap().get(err)?.[0] ?? 'Unknown system error ' + err;
}
function getSystemErrorMap() {
  return new Map(systemErrorMap());
}

async function aborted(signal, resource) {
  const { validateAbortSignal } = require('internal/abort_controller');
  if (signal === undefined) throw binding.invalidArgType('signal', 'an instance of AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
    throw binding.invalidArgType('resource', 'of type object', resource);
  }
  if (signal.aborted) return;
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}

// ---------------------------------------------------------------------------
// parseArgs: the arguments become tokens first (options with their values,
// positionals, the '--' terminator), then the tokens are checked against
// the configuration and stored. Short option groups (-abc) are expanded
// into single options before tokenising them.

function parseArgsError(code, message) {
  return binding.nodeError('TypeError', code, message);
}

function shortToLong(short, options) {
  for (const [name, o] of Object.entries(options)) {
    if (o.short === short) return name;
  }
  return short;
}

function tokenize(args, options) {
  const tokens = [];
  const remaining = args.slice();
  let index = -1;
  const typeOfShort = (c) => options[shortToLong(c, options)]?.type;
  while (remaining.length > 0) {
    const arg = remaining.shift();
    const next = remaining[0];
    index++;
    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const value of remaining) tokens.push({ kind: 'positional', index: ++index, value });
      break;
    }
    const isShort = arg.length >= 2 && arg[0] === '-' && arg[1] !== '-';
    if (isShort && arg.length === 2) {
      const name = shortToLong(arg[1], options);
      let value;
      let inlineValue;
      if (options[name]?.type === 'string' && next != null) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value != null) index++;
      continue;
    }
    if (isShort && typeOfShort(arg[1]) !== 'string') {
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        if (typeOfShort(arg[i]) !== 'string' || i === arg.length - 1) {
          expanded.push('-' + arg[i]);
        } else {
          expanded.push('-' + arg.slice(i));
          break;
        }
      }
      remaining.unshift(...expanded);
      index--;
      continue;
    }
    if (isShort) {
      tokens.push({ kind: 'option', name: shortToLong(arg[1], options), rawName: '-' + arg[1], index,
        value: arg.slice(2), inlineValue: true });
      continue;
    }
    if (arg.length > 2 && arg.startsWith('--')) {
      const eq = arg.indexOf('=', 3);
      if (eq < 0) {
        const name = arg.slice(2);
        let value;
        let inlineValue;
        if (options[name]?.type === 'string' && next != null) {
          value = remaining.shift();
          inlineValue = false;
        }
        tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
        if (value != null) index++;
      } else {
        const name = arg.slice(2, eq);
        tokens.push({ kind: 'option', name, rawName: '--' + name, index, value: arg.slice(eq + 1), inlineValue: true });
      }
      continue;
    }
    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function ownDefault(o) {
  return Object.hasOwn(o, 'default') ? o.default : undefined;
}

function validateParseArgsOption(name, o) {
  const path = 'options.' + name;
  validateObject(o, path);
  const type = Object.hasOwn(o, 'type') ? o.type : undefined;
  if (type !== 'string' && type !== 'boolean') {
    throw binding.invalidArgType(path + '.type', "('string|boolean')", type);
  }
  if (Object.hasOwn(o, 'short')) {
    validateString(o.short, path + '.short');
    if (o.short.length !== 1) {
      throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', "The property '" + path +
        ".short' must be a single character. Received " + binding.inspect(o.short));
    }
  }
  if (Object.hasOwn(o, 'multiple') && typeof o.multiple !== 'boolean') {
    throw binding.invalidArgType(path + '.multiple', 'of type boolean', o.multiple);
  }
  // An own default that is undefined is no default, as in node (jackspeak,
  // glob's CLI parser, passes default: undefined).
  const d = ownDefault(o);
  if (d !== undefined) {
    if (Object.hasOwn(o, 'multiple') && o.multiple) {
      if (!Array.isArray(d)) throw binding.invalidArgType(path + '.default', 'an instance of Array', d);
      d.forEach((v, i) => {
        if (typeof v !== type) throw binding.invalidArgType(path + '.default[' + i + ']', 'of type ' + type, v);
      });
    } else if (typeof d !== type) {
      throw binding.invalidArgType(path + '.default', 'of type ' + type, d);
    }
  }
}

function checkOptionToken(token, options, allowPositionals) {
  const { name, rawName, value } = token;
  if (!Object.hasOwn(options, name)) {
    let msg = "Unknown option '" + rawName + "'";
    if (allowPositionals) {
      msg += ". To specify a positional argument starting with a '-', place it at the end of the command after " +
        "'--', as in '-- " + JSON.stringify(rawName);
    }
    throw parseArgsError('ERR_PARSE_ARGS_UNKNOWN_OPTION', msg);
  }
  const o = options[name];
  const shortAndLong = (o.short ? '-' + o.short + ', ' : '') + '--' + name;
  if (o.type === 'string' && typeof value !== 'string') {
    throw parseArgsError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', "Option '" + shortAndLong + " <value>' argument missing");
  }
  if (o.type === 'boolean' && value != null) {
    throw parseArgsError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', "Option '" + shortAndLong + "' does not take an argument");
  }
  if (!token.inlineValue && typeof value === 'string' && value.length > 1 && value[0] === '-') {
    const example = rawName.startsWith('--') ? "'" + rawName + "=-XYZ'" : "'--" + name + "=-XYZ' or '" + rawName + "-XYZ'";
    throw parseArgsError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', "Option '" + rawName + "' argument is ambiguous.\n" +
      "Did you forget to specify the option argument for '" + rawName + "'?\n" +
      'To specify an option argument starting with a dash use ' + example + '.');
  }
}

function parseArgs(config = {}) {
  const args = config.args ?? process.argv.slice(process.execArgv?.some((a) => /^(-e|--eval|-p|--print)$/.test(a)) ? 1 : 2);
  const strict = config.strict ?? true;
  const allowPositionals = config.allowPositionals ?? !strict;
  const returnTokens = config.tokens ?? false;
  let options = config.options ?? { __proto__: null };
  if (!Array.isArray(args)) throw binding.invalidArgType('args', 'an instance of Array', args);
  for (const [name, value] of [['strict', strict], ['allowPositionals', allowPositionals], ['tokens', returnTokens]]) {
    if (typeof value !== 'boolean') throw binding.invalidArgType(name, 'of type boolean', value);
  }
  validateObject(options, 'options');
  for (const [name, o] of Object.entries(options)) validateParseArgsOption(name, o);
  // Node reads each option's settings as own properties only.
  const own = { __proto__: null };
  for (const [name, o] of Object.entries(options)) {
    own[name] = { __proto__: null };
    for (const key of ['type', 'short', 'multiple', 'default']) {
      if (Object.hasOwn(o, key)) own[name][key] = o[key];
    }
  }
  options = own;

  const tokens = tokenize(args, options);
  const values = { __proto__: null };
  const positionals = [];
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) checkOptionToken(token, options, allowPositionals);
      if (token.name === '__proto__') continue;
      const value = token.value ?? true;
      if (options[token.name]?.multiple) {
        if (values[token.name] === undefined) values[token.name] = [value];
        else values[token.name].push(value);
      } else {
        values[token.name] = value;
      }
    } else if (token.kind === 'positional') {
      if (!allowPositionals) {
        throw parseArgsError('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', "Unexpected argument '" + token.value +
          "'. This command does not take positional arguments");
      }
      positionals.push(token.value);
    }
  }
  for (const [name, o] of Object.entries(options)) {
    if (ownDefault(o) !== undefined && values[name] === undefined) values[name] = ownDefault(o);
  }
  const result = { values, positionals };
  if (returnTokens) result.tokens = tokens;
  return result;
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function log(...args) {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  const time = pad(d.getHours()) + ':' + pad(d.getMinutes()) + ':' + pad(d.getSeconds());
  console.log('%s - %s', d.getDate() + ' ' + months[d.getMonth()] + ' ' + time, format(...args));
}

function extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

function isError(e) {
  return types.isNativeError(e) || e instanceof Error;
}

// _errnoException and _exceptionWithHostPort are node's old helpers for
// system errors from a negative errno, which some packages still call.
function errnoException(err, syscall, original) {
  const code = getSystemErrorName(err);
  const e = new Error(original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`);
  e.errno = err;
  e.code = code;
  e.syscall = syscall;
  return e;
}

function exceptionWithHostPort(err, syscall, address, port, additional) {
  const code = getSystemErrorName(err);
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  if (additional) details += ` - Local (${additional})`;
  const e = new Error(`${syscall} ${code}${details}`);
  e.errno = err;
  e.code = code;
  e.syscall = syscall;
  e.address = address;
  if (port) e.port = port;
  return e;
}

function parseEnv(content) {
  validateString(content, 'content');
  return binding.parseEnv(content);
}

// transferableAbortSignal marks a signal for transfer through a
// MessagePort; node hands back a new signal with the state the given one
// has at that moment (it does not follow later aborts), and so does Kiln.
// Kiln's ports do not transfer signals yet.
function transferableAbortSignal(signal) {
  if (!(signal instanceof AbortSignal)) throw binding.invalidArgType('signal', 'an instance of AbortSignal', signal);
  return signal.aborted ? AbortSignal.abort(signal.reason) : new AbortController().signal;
}

function transferableAbortController() {
  return new AbortController();
}

module.exports = {
  // node's are wrappers taking ...args.
  _errnoException: withLength(errnoException, 0),
  _exceptionWithHostPort: withLength(exceptionWithHostPort, 0),
  _extend: extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean: (arg) => typeof arg === 'boolean',
  isBuffer: (arg) => globalThis.Buffer?.isBuffer(arg) ?? false,
  isDeepStrictEqual(a, b) {
    return require('internal/comparisons').isDeepStrictEqual(a, b);
  },
  isNull: (arg) => arg === null,
  isNullOrUndefined: (arg) => arg === undefined || arg === null,
  isNumber: (arg) => typeof arg === 'number',
  isString: (arg) => typeof arg === 'string',
  isSymbol: (arg) => typeof arg === 'symbol',
  isUndefined: (arg) => arg === undefined,
  isRegExp: types.isRegExp,
  isObject: (arg) => arg !== null && typeof arg === 'object',
  isDate: types.isDate,
  isError,
  isFunction: (arg) => typeof arg === 'function',
  isPrimitive: (arg) => arg === null || (typeof arg !== 'object' && typeof arg !== 'function'),
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  aborted,
  types,
  parseArgs,
  parseEnv,
  transferableAbortSignal,
  transferableAbortController,
};
{
  const { MIMEType, MIMEParams } = require('internal/mime');
  module.exports.MIMEType = MIMEType;
  module.exports.MIMEParams = MIMEParams;
}
Object.defineProperty(module.exports, 'TextEncoder', { value: TextEncoder, writable: true, enumerable: true, configurable: true });
Object.defineProperty(module.exports, 'TextDecoder', { value: TextDecoder, writable: true, enumerable: true, configurable: true });
