// console.Console: consoles writing to any pair of streams, as test runners
// and loggers build them. The global console stays in Go (console.go) so
// that start-up does not load this file; Console's instanceof check still
// recognises it through kIsConsole, which it gets here when this file loads.

const { inspect, formatWithOptions } = require('util');
const { SafeMap } = require('internal/safe_map');
const { shouldColorize } = require('internal/colors');

const kCounts = Symbol('counts');
const kColorMode = Symbol('kColorMode');
const kIsConsole = Symbol('kIsConsole');
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentWidth = Symbol('kGroupIndentWidth');
const kWriteToConsole = Symbol('kWriteToConsole');
const kGetInspectOptions = Symbol('kGetInspectOptions');
const kFormatForStdout = Symbol('kFormatForStdout');
const kFormatForStderr = Symbol('kFormatForStderr');
const kUseStdout = Symbol('kUseStdout');
const kUseStderr = Symbol('kUseStderr');
const kMaxGroupIndentation = 1000;

// inspectOptions given to the constructor, kept off the instance as node
// keeps them.
const optionsMap = new WeakMap();

function noop() {}

function hidden(obj, key, value) {
  Object.defineProperty(obj, key, { value, writable: true, enumerable: false, configurable: true });
}

// A write that fails later (a closed pipe) reports through this callback;
// with nobody listening, the stream's 'error' event would end the process,
// and a console that ignores errors must not.
function createWriteErrorHandler(instance, streamSymbol) {
  return (err) => {
    const stream = streamSymbol === kUseStdout ? instance._stdout : instance._stderr;
    if (err !== null && stream && !stream._writableState?.errorEmitted) {
      if (stream.listenerCount('error') === 0) {
        stream.once('error', noop);
      }
    }
  };
}

function pad(value) {
  return `${value}`.padStart(2, '0');
}

// formatTime is console.timeEnd's duration: milliseconds below a second,
// seconds below a minute, then m:ss.mmm or h:mm:ss.mmm.
function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) {
        hours = Math.floor(ms / 3600000);
        ms %= 3600000;
      }
      minutes = Math.floor(ms / 60000);
      ms %= 60000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    const [whole, frac] = seconds.toFixed(3).split('.');
    const head = hours !== 0 ? `${hours}:${pad(minutes)}` : `${minutes}`;
    return `${head}:${pad(whole)}.${frac} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

function timeLogImpl(self, name, label, data) {
  const time = self._times.get(label);
  if (time === undefined) {
    process.emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const d = process.hrtime(time);
  const formatted = formatTime(d[0] * 1000 + d[1] / 1e6);
  if (data === undefined) {
    self.log('%s: %s', label, formatted);
  } else {
    self.log('%s: %s', label, formatted, ...data);
  }
  return true;
}

function Console(options /* or: stdout, stderr, ignoreErrors = true */) {
  if (!new.target) return Reflect.construct(Console, arguments);
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr: arguments[1], ignoreErrors: arguments[2] };
  }
  const {
    stdout,
    stderr = stdout,
    ignoreErrors = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation,
  } = options;
  if (!stdout || typeof stdout.write !== 'function') {
    throw binding.nodeError('TypeError', 'ERR_CONSOLE_WRITABLE_STREAM',
      'Console expects a writable stream instance for stdout');
  }
  if (!stderr || typeof stderr.write !== 'function') {
    throw binding.nodeError('TypeError', 'ERR_CONSOLE_WRITABLE_STREAM',
      'Console expects a writable stream instance for stderr');
  }
  if (typeof colorMode !== 'boolean' && colorMode !== 'auto') {
    throw binding.invalidArgValue('colorMode', colorMode, "must be one of: 'auto', true, false");
  }
  if (groupIndentation !== undefined) {
    if (typeof groupIndentation !== 'number') {
      throw binding.invalidArgType('groupIndentation', 'of type number', groupIndentation);
    }
    if (!Number.isInteger(groupIndentation)) {
      throw binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE',
        `The value of "groupIndentation" is out of range. It must be an integer. Received ${inspect(groupIndentation)}`);
    }
    if (groupIndentation < 0 || groupIndentation > kMaxGroupIndentation) {
      throw binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE',
        `The value of "groupIndentation" is out of range. It must be >= 0 && <= ${kMaxGroupIndentation}. ` +
        `Received ${inspect(groupIndentation)}`);
    }
  }
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
  // Every method is bound to its console, so that `const { log } = c`
  // keeps writing to c's streams.
  for (const key of Object.keys(Console.prototype)) {
    this[key] = this[key].bind(this);
    Object.defineProperty(this[key], 'name', { value: key });
  }
  hidden(this, '_stdout', stdout);
  hidden(this, '_stderr', stderr);
  hidden(this, '_stdoutErrorHandler', createWriteErrorHandler(this, kUseStdout));
  hidden(this, '_stderrErrorHandler', createWriteErrorHandler(this, kUseStderr));
  hidden(this, '_ignoreErrors', Boolean(ignoreErrors));
  hidden(this, '_times', new SafeMap());
  hidden(this, kCounts, new Map());
  hidden(this, kColorMode, colorMode);
  hidden(this, kIsConsole, true);
  hidden(this, kGroupIndent, '');
  hidden(this, kGroupIndentWidth, groupIndentation ?? 2);
  Object.defineProperty(this, Symbol.toStringTag, {
    value: 'console', writable: false, enumerable: false, configurable: true,
  });
}

Object.defineProperty(Console, Symbol.hasInstance, {
  value(instance) { return instance[kIsConsole]; },
});

// writeIgnoringErrors is a console's write to its stream when it ignores
// the stream's errors (the global console, and Console's default), as
// node's. Errors may come synchronously (files, TTYs) or later (pipes): a
// noop listener catches the first kind while the write runs.
function writeIgnoringErrors(stream, string, errorHandler) {
  try {
    if (stream.listenerCount('error') === 0) stream.once('error', noop);
    stream.write(string, errorHandler);
  } catch (e) {
    if (e instanceof RangeError && e.message === 'Maximum call stack size exceeded') throw e;
  } finally {
    stream.removeListener('error', noop);
  }
}

// The helpers node keeps on the prototype under symbols, so that a
// subclass can reach them.
Object.defineProperties(Console.prototype, {
  [kWriteToConsole]: {
    value(streamSymbol, string) {
      const groupIndent = this[kGroupIndent];
      const useStdout = streamSymbol === kUseStdout;
      const stream = useStdout ? this._stdout : this._stderr;
      const errorHandler = useStdout ? this._stdoutErrorHandler : this._stderrErrorHandler;
      if (groupIndent.length !== 0) {
        if (string.includes('\n')) string = string.replace(/\n/g, `\n${groupIndent}`);
        string = groupIndent + string;
      }
      string += '\n';
      if (this._ignoreErrors === false) return stream.write(string);
      writeIgnoringErrors(stream, string, errorHandler);
    },
    writable: true,
    configurable: true,
  },
  [kGetInspectOptions]: {
    value(stream) {
      let color = this[kColorMode];
      if (color === 'auto') color = shouldColorize(stream);
      const options = optionsMap.get(this);
      if (options) {
        if (options.colors === undefined) options.colors = color;
        return options;
      }
      return { colors: color };
    },
    writable: true,
    configurable: true,
  },
  [kFormatForStdout]: {
    value(args) {
      return formatWithOptions(this[kGetInspectOptions](this._stdout), ...args);
    },
    writable: true,
    configurable: true,
  },
  [kFormatForStderr]: {
    value(args) {
      return formatWithOptions(this[kGetInspectOptions](this._stderr), ...args);
    },
    writable: true,
    configurable: true,
  },
});

const consoleMethods = {
  log(...args) {
    this[kWriteToConsole](kUseStdout, this[kFormatForStdout](args));
  },

  warn(...args) {
    this[kWriteToConsole](kUseStderr, this[kFormatForStderr](args));
  },

  dir(object, options) {
    this[kWriteToConsole](kUseStdout, inspect(object, {
      customInspect: false,
      ...this[kGetInspectOptions](this._stdout),
      ...options,
    }));
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
    label = `${label}`;
    if (timeLogImpl(this, 'timeEnd', label)) this._times.delete(label);
  },

  timeLog(label = 'default', ...data) {
    timeLogImpl(this, 'timeLog', `${label}`, data);
  },

  trace: function trace(...args) {
    const err = { name: 'Trace', message: this[kFormatForStderr](args) };
    Error.captureStackTrace(err, trace);
    this.error(err.stack);
  },

  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      Reflect.apply(this.warn, this, args);
    }
  },

  // clear only acts on a terminal, as node's does.
  clear() {
    if (this._stdout.isTTY && process.env.TERM !== 'dumb') {
      const { cursorTo, clearScreenDown } = require('readline');
      cursorTo(this._stdout, 0, 0);
      clearScreenDown(this._stdout);
    }
  },

  count(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    const count = (counts.get(label) ?? 0) + 1;
    counts.set(label, count);
    this.log(`${label}: ${count}`);
  },

  countReset(label = 'default') {
    const counts = this[kCounts];
    if (!counts.has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(`${label}`);
  },

  group(...data) {
    if (data.length > 0) Reflect.apply(this.log, this, data);
    this[kGroupIndent] += ' '.repeat(this[kGroupIndentWidth]);
  },

  groupEnd() {
    this[kGroupIndent] = this[kGroupIndent].slice(0, this[kGroupIndent].length - this[kGroupIndentWidth]);
  },

  table(tabularData, properties) {
    if (properties !== undefined && !Array.isArray(properties)) {
      throw binding.invalidArgType('properties', 'an instance of Array', properties);
    }
    if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);
    this.log(binding.consoleTable(tabularData, properties, this[kGetInspectOptions](this._stdout).colors));
  },
};

for (const key of Reflect.ownKeys(consoleMethods)) Console.prototype[key] = consoleMethods[key];
Console.prototype.debug = Console.prototype.log;
Console.prototype.info = Console.prototype.log;
Console.prototype.dirxml = Console.prototype.log;
Console.prototype.error = Console.prototype.warn;
Console.prototype.groupCollapsed = Console.prototype.group;

hidden(binding.globalConsole, kIsConsole, true);

module.exports = { Console, writeIgnoringErrors };
