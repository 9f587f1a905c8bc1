// The Console class (require('console').Console, console.Console): a
// console over any pair of writable streams. The global console stays the
// Go one (stdlib/console.go), which writes straight to the process's
// descriptors; a Console writes through stream.write, so that test runners
// (jest's BufferedConsole and CustomConsole extend it) and loggers can
// point one at their own sinks. Formatting, tables and elapsed times are
// the global console's own (binding.table, binding.formatTime), so the two
// print alike.

const { formatWithOptions, inspect } = require('util');
const { shouldColorize } = require('internal/colors');

const kIsConsole = Symbol('kIsConsole');
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentationWidth = Symbol('kGroupIndentationWidth');
const kColorMode = Symbol('kColorMode');
const kCounts = Symbol('counts');
const kUseStdout = Symbol('kUseStdout');
const kUseStderr = Symbol('kUseStderr');
const kMaxGroupIndentation = 1000;

// The inspect options a Console was made with, kept off the instance as
// node keeps them.
const optionsMap = new WeakMap();

function noop() {}

function hidden(value) {
  return { value, writable: true, enumerable: false, configurable: true };
}

function writableStreamError(name) {
  return binding.nodeError('TypeError', 'ERR_CONSOLE_WRITABLE_STREAM', `Console expects a writable stream instance for ${name}`);
}

function validateGroupIndentation(value) {
  const name = 'groupIndentation';
  if (typeof value !== 'number') throw binding.invalidArgType(name, 'of type number', value);
  let range;
  if (!Number.isInteger(value)) range = 'an integer';
  else if (value < 0 || value > kMaxGroupIndentation) range = `>= 0 && <= ${kMaxGroupIndentation}`;
  if (range !== undefined) {
    throw binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE',
      `The value of "${name}" is out of range. It must be ${range}. Received ${binding.inspect(value)}`);
  }
}

// A function rather than a class, as node's: Console() without new makes
// one too, and subclasses reach it through new.target.
function Console(options, ...rest) {
  if (!new.target) return Reflect.construct(Console, [options, ...rest]);
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr: rest[0], ignoreErrors: rest[1] };
  }
  const { stdout, stderr = stdout, ignoreErrors = true, colorMode = 'auto', inspectOptions, groupIndentation = 2 } = options;
  if (!stdout || typeof stdout.write !== 'function') throw writableStreamError('stdout');
  if (!stderr || typeof stderr.write !== 'function') throw writableStreamError('stderr');
  if (typeof colorMode !== 'boolean' && colorMode !== 'auto') {
    throw binding.invalidArgValue('colorMode', colorMode, "must be one of: 'auto', true, false");
  }
  validateGroupIndentation(groupIndentation);
  if (inspectOptions !== undefined) {
    if (inspectOptions === null || typeof inspectOptions !== 'object') {
      throw binding.invalidArgType('options.inspectOptions', 'of type object', inspectOptions);
    }
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw binding.nodeError('TypeError', 'ERR_INCOMPATIBLE_OPTION_PAIR',
        'Option "options.inspectOptions.color" cannot be used in combination with option "colorMode"');
    }
    optionsMap.set(this, inspectOptions);
  }
  // Each method is bound to the instance, looked up on it first so that a
  // subclass's override is the one bound.
  for (const key of Object.keys(Console.prototype)) {
    this[key] = this[key].bind(this);
    Object.defineProperty(this[key], 'name', { value: key });
  }
  Object.defineProperties(this, {
    _stdout: hidden(stdout),
    _stderr: hidden(stderr),
    _stdoutErrorHandler: hidden(writeErrorHandler(this, kUseStdout)),
    _stderrErrorHandler: hidden(writeErrorHandler(this, kUseStderr)),
    _ignoreErrors: hidden(Boolean(ignoreErrors)),
    _times: hidden(new Map()),
    [kCounts]: hidden(new Map()),
    [kColorMode]: hidden(colorMode),
    [kIsConsole]: hidden(true),
    [kGroupIndent]: hidden(''),
    [kGroupIndentationWidth]: hidden(groupIndentation),
    [Symbol.toStringTag]: { value: 'console', writable: false, enumerable: false, configurable: true },
  });
}

// An asynchronous write error is dropped, as a synchronous one is, unless
// the stream has an error listener of its own.
function writeErrorHandler(instance, which) {
  return (err) => {
    const stream = which === kUseStdout ? instance._stdout : instance._stderr;
    if (err !== null && stream !== undefined && !stream._writableState?.errorEmitted) {
      if (typeof stream.listenerCount === 'function' && stream.listenerCount('error') === 0) {
        stream.once('error', noop);
      }
    }
  };
}

function isStackOverflow(e) {
  return e instanceof RangeError && e.message === 'Maximum call stack size exceeded';
}

Object.defineProperty(Console, Symbol.hasInstance, {
  value(instance) {
    return instance === binding.console || Boolean(instance?.[kIsConsole]);
  },
  configurable: true,
});

function write(self, which, string) {
  const stream = which === kUseStdout ? self._stdout : self._stderr;
  const indent = self[kGroupIndent];
  if (indent.length !== 0) string = indent + string.replaceAll('\n', '\n' + indent);
  string += '\n';
  if (self._ignoreErrors === false) return stream.write(string);
  // Errors are swallowed, synchronous ones here and asynchronous ones by a
  // listener added for the write: a console must not crash its program.
  try {
    if (stream.listenerCount('error') === 0) stream.once('error', noop);
    stream.write(string, which === kUseStdout ? self._stdoutErrorHandler : self._stderrErrorHandler);
  } catch (e) {
    if (isStackOverflow(e)) throw e;
  } finally {
    stream.removeListener('error', noop);
  }
}

function inspectOptionsFor(self, stream) {
  let colors = self[kColorMode];
  if (colors === 'auto') colors = shouldColorize(stream);
  const options = optionsMap.get(self);
  if (options) {
    if (options.colors === undefined) options.colors = colors;
    return options;
  }
  return { colors };
}

function formatFor(self, stream, args) {
  return formatWithOptions(inspectOptionsFor(self, stream), ...args);
}

function timeLabel(self, label, method) {
  label = `${label}`;
  const start = self._times.get(label);
  if (start === undefined) {
    process.emitWarning(`No such label '${label}' for console.${method}()`);
    return undefined;
  }
  const [s, ns] = process.hrtime(start);
  return [label, binding.formatTime(s * 1e3 + ns / 1e6)];
}

Console.prototype = {
  log(...args) {
    write(this, kUseStdout, formatFor(this, this._stdout, args));
  },
  warn(...args) {
    write(this, kUseStderr, formatFor(this, this._stderr, args));
  },
  dir(object, options) {
    write(this, kUseStdout, inspect(object, { customInspect: false, ...inspectOptionsFor(this, this._stdout), ...options }));
  },
  time(label = 'default') {
    label = `${label}`;
    if (this._times.has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this._times.set(label, process.hrtime());
  },
  timeEnd(label = 'default') {
    const found = timeLabel(this, label, 'timeEnd');
    if (found === undefined) return;
    this._times.delete(found[0]);
    write(this, kUseStdout, `${found[0]}: ${found[1]}`);
  },
  timeLog(label = 'default', ...data) {
    const found = timeLabel(this, label, 'timeLog');
    if (found === undefined) return;
    const text = data.length > 0 ? ' ' + formatFor(this, this._stdout, data) : '';
    write(this, kUseStdout, `${found[0]}: ${found[1]}${text}`);
  },
  trace: function trace(...args) {
    const err = { name: 'Trace', message: formatFor(this, this._stderr, args) };
    Error.captureStackTrace(err, trace);
    this.error(err.stack);
  },
  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      Reflect.apply(this.warn, this, args);
    }
  },
  clear() {
    if (this._stdout.isTTY && process.env.TERM !== 'dumb') {
      const { cursorTo, clearScreenDown } = require('readline');
      cursorTo(this._stdout, 0, 0);
      clearScreenDown(this._stdout);
    }
  },
  count(label = 'default') {
    label = `${label}`;
    const count = (this[kCounts].get(label) ?? 0) + 1;
    this[kCounts].set(label, count);
    this.log(`${label}: ${count}`);
  },
  countReset(label = 'default') {
    label = `${label}`;
    if (!this[kCounts].has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    this[kCounts].delete(label);
  },
  group(...data) {
    if (data.length > 0) Reflect.apply(this.log, this, data);
    this[kGroupIndent] += ' '.repeat(this[kGroupIndentationWidth]);
  },
  groupEnd() {
    this[kGroupIndent] = this[kGroupIndent].slice(0, this[kGroupIndent].length - this[kGroupIndentationWidth]);
  },
  table(tabularData, properties) {
    if (properties !== undefined && !Array.isArray(properties)) {
      throw binding.invalidArgType('properties', 'an instance of Array', properties);
    }
    if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);
    return this.log(binding.table(tabularData, properties));
  },
};
Console.prototype.debug = Console.prototype.log;
Console.prototype.info = Console.prototype.log;
Console.prototype.dirxml = Console.prototype.log;
Console.prototype.error = Console.prototype.warn;
Console.prototype.groupCollapsed = Console.prototype.group;
Object.defineProperty(Console.prototype, 'constructor', { value: Console, writable: true, configurable: true });

module.exports = { Console };
