const { process: proc, EventEmitter } = binding;
const processProto = Object.create(EventEmitter.prototype, {
  constructor: { value: function process() {}, writable: true, configurable: true },
});
Object.setPrototypeOf(proc, processProto);
EventEmitter.init.call(proc);
// Object.prototype.toString names it [object process], which packages test
// to tell node (axios picks its http adapter by it).
Object.defineProperty(proc, Symbol.toStringTag, { value: 'process', writable: true, enumerable: false, configurable: false });

function define(obj, name, value) {
  Object.defineProperty(obj, name, { value, writable: true, configurable: true, enumerable: true });
}
function method(obj, name, fn) {
  Object.defineProperty(obj, name, { value: fn, writable: true, configurable: true, enumerable: false });
}

// process.env stores strings only: a Proxy whose traps coerce, over a plain
// object so that inspecting it shows the variables.
const envTarget = binding.env;
define(proc, 'env', new Proxy(envTarget, {
  get(t, key) {
    return typeof key === 'symbol' ? undefined : t[key];
  },
  set(t, key, value) {
    if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
    t[key] = '' + value;
    if (key === 'TZ') binding.setTimeZone(t[key]);
    return true;
  },
  deleteProperty(t, key) {
    const deleted = delete t[key];
    if (key === 'TZ') binding.setTimeZone(undefined);
    return deleted;
  },
  defineProperty(t, key, desc) {
    if ('get' in desc || 'set' in desc) {
      throw binding.nodeError('TypeError', 'ERR_INVALID_OBJECT_DEFINE_PROPERTY',
        "'process.env' does not accept an accessor(getter/setter) descriptor");
    }
    if (!desc.writable || !desc.enumerable || !desc.configurable) {
      throw binding.nodeError('TypeError', 'ERR_INVALID_OBJECT_DEFINE_PROPERTY',
        "'process.env' only accepts a configurable, writable, and enumerable data descriptor");
    }
    t[key] = '' + desc.value;
    if (key === 'TZ') binding.setTimeZone(t[key]);
    return true;
  },
}));

function validateInteger(value, name) {
  if (typeof value !== 'number') throw binding.invalidArgType(name, 'of type number', value);
  if (!Number.isInteger(value)) {
    throw binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE',
      'The value of "' + name + '" is out of range. It must be an integer. Received ' + binding.inspect(value));
  }
}
function validateExitCode(code) {
  if (code === undefined || code === null) return;
  let value = code;
  if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) value = +code;
  validateInteger(value, 'code');
}
let exitCode;
Object.defineProperty(proc, 'exitCode', {
  get() { return exitCode; },
  set(code) {
    validateExitCode(code);
    exitCode = code;
    binding.exitCode(code == null ? 0 : +code);
  },
  enumerable: true,
  configurable: false,
});
method(proc, 'exit', function exit(code) {
  if (code !== undefined) proc.exitCode = code;
  if (!proc._exiting) proc._exiting = true;
  binding.exit(binding.exitCode());
});
method(proc, 'reallyExit', function reallyExit(code) {
  binding.exit(code | 0);
});
define(proc, '_exiting', false);

method(proc, 'cwd', function cwd() { return binding.cwd(); });
method(proc, 'chdir', function chdir(directory) {
  if (typeof directory !== 'string') throw binding.invalidArgType('directory', 'of type string', directory);
  binding.chdir(directory);
});
// What this build has, in node's shape: Kiln has no inspector and does not
// staple OCSP; require() of an ES module works (node v20.19+ has it on).
{
  const features = {
    inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: true, tls_sni: true, tls_ocsp: false, tls: true,
  };
  Object.defineProperty(features, 'cached_builtins', { get() { return true; }, enumerable: true, configurable: true });
  Object.defineProperty(features, 'require_module', { get() { return true; }, enumerable: true, configurable: true });
  Object.defineProperty(proc, 'features', { value: features, enumerable: true, writable: false, configurable: false });
}
// The process's ids, on POSIX systems as in node.
if (binding.ids) {
  define(proc, 'getuid', function getuid() { return binding.ids()[0]; });
  define(proc, 'geteuid', function geteuid() { return binding.ids()[1]; });
  define(proc, 'getgid', function getgid() { return binding.ids()[2]; });
  define(proc, 'getegid', function getegid() { return binding.ids()[3]; });
  define(proc, 'getgroups', function getgroups() { return binding.groups(); });
}
// Kiln runs no native code: every addon fails to load, as a file that is
// not one fails in node.
define(proc, 'dlopen', function dlopen(module, filename) {
  throw binding.addonError(`${filename}`);
});
// process.binding is node's deprecated door to its C++ internals
// (DEP0111). Kiln has none; it answers the two that packages still read:
// 'natives', the built-in modules by name (jshint's cli lists them; node's
// values are their sources, Kiln's empty strings), and 'constants'.
define(proc, 'binding', function binding(name) {
  name = `${name}`;
  if (name === 'natives') {
    const natives = {};
    for (const m of require('module').builtinModules) natives[m] = '';
    return natives;
  }
  if (name === 'constants') {
    return {
      os: require('os').constants,
      fs: require('fs').constants,
      crypto: require('crypto').constants,
      zlib: require('zlib').constants,
    };
  }
  throw new Error(`No such module: ${name}`);
});
method(proc, 'uptime', function uptime() { return binding.uptime(); });
method(proc, 'umask', function umask(mask) {
  if (mask === undefined) return binding.umask();
  if (typeof mask === 'string') {
    if (!/^[0-7]+$/.test(mask)) {
      throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
        "The argument 'mask' must be a 32-bit unsigned integer or an octal string. Received " + JSON.stringify(mask));
    }
    mask = parseInt(mask, 8);
  }
  return binding.umask(mask);
});
proc.title = 'node';
proc.config = { target_defaults: {}, variables: {} };

function hrtime(time) {
  const now = binding.hrtime();
  if (time !== undefined) {
    if (!Array.isArray(time)) throw binding.invalidArgType('time', 'an instance of Array', time);
    if (time.length !== 2) {
      throw binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE',
        'The value of "time" is out of range. It must be 2. Received ' + time.length);
    }
    let sec = now[0] - time[0];
    let nsec = now[1] - time[1];
    if (nsec < 0) { sec -= 1; nsec += 1e9; }
    return [sec, nsec];
  }
  return now;
}
hrtime.bigint = function bigint() { return binding.hrtimeBigint(); };
method(proc, 'hrtime', hrtime);

function memoryUsage() {
  const [rss, heapTotal, heapUsed, external, arrayBuffers] = binding.memoryUsage();
  return { rss, heapTotal, heapUsed, external, arrayBuffers };
}
memoryUsage.rss = function rss() { return binding.rss(); };
method(proc, 'memoryUsage', memoryUsage);

method(proc, 'kill', function kill(pid, sig) {
  if (pid != (pid | 0)) throw binding.invalidArgType('pid', 'of type number', pid);
  let signum = 15;
  if (typeof sig === 'number') {
    signum = sig;
  } else if (sig !== undefined && sig !== null) {
    signum = binding.signalNumber(sig);
    if (signum === undefined) {
      throw binding.nodeError('TypeError', 'ERR_UNKNOWN_SIGNAL', 'Unknown signal: ' + sig);
    }
  }
  binding.kill(pid, signum);
  return true;
});

// Signal listeners start and stop the OS watcher, as Node's
// startListeningIfSignal does.
proc.on('newListener', function startListeningIfSignal(type) {
  if (typeof type === 'string' && type.startsWith('SIG') && binding.signalNumber(type) !== undefined &&
      proc.listenerCount(type) === 0) {
    binding.signalStart(type);
  }
});
proc.on('removeListener', function stopListeningIfSignal(type) {
  if (typeof type === 'string' && type.startsWith('SIG') && proc.listenerCount(type) === 0) {
    binding.signalStop(type);
  }
});

let traceHintShown = false;
method(proc, 'emitWarning', function emitWarning(warning, type, code) {
  let detail;
  if (type !== null && typeof type === 'object') ({ type, code, detail } = type);
  if (typeof warning === 'string') {
    const w = new Error(warning);
    w.name = typeof type === 'string' ? type : 'Warning';
    if (code !== undefined) w.code = code;
    if (typeof detail === 'string') w.detail = detail;
    warning = w;
  } else if (!(warning instanceof Error)) {
    throw binding.invalidArgType('warning', 'of type string or an instance of Error', warning);
  }
  if (warning.name === 'DeprecationWarning' && proc.noDeprecation) return;
  proc.nextTick(() => {
    proc.emit('warning', warning);
    let msg = '(node:' + proc.pid + ') ' + (warning.code ? '[' + warning.code + '] ' : '') +
      warning.name + ': ' + warning.message + '\n';
    if (typeof warning.detail === 'string') msg += warning.detail + '\n';
    if (!traceHintShown) {
      traceHintShown = true;
      // Node names the flag that would trace this kind of warning.
      const flag = warning.name === 'DeprecationWarning' ? '--trace-deprecation' : '--trace-warnings';
      msg += '(Use \x60node ' + flag + ' ...\x60 to show where the warning was created)\n';
    }
    binding.write(2, msg);
  });
});

// stdout and stderr write synchronously, as Node's do for files and pipes;
// a write's callback still comes later, on the next tick.
// Node names the class SyncWriteStream for files and pipes.
function SyncWriteStream(fd) {
  EventEmitter.call(this);
  this.fd = fd;
  this.writable = true;
  this._isStdio = true;
  if (fd === 1 ? binding.stdoutIsTTY : binding.stderrIsTTY) this.isTTY = true;
}
Object.setPrototypeOf(SyncWriteStream.prototype, EventEmitter.prototype);
Object.setPrototypeOf(SyncWriteStream, EventEmitter);
SyncWriteStream.prototype.write = function write(chunk, encoding, cb) {
  if (typeof encoding === 'function') { cb = encoding; encoding = undefined; }
  if (typeof chunk !== 'string' && !ArrayBuffer.isView(chunk)) {
    throw binding.invalidArgType('chunk', 'of type string or an instance of Buffer, TypedArray, or DataView', chunk);
  }
  binding.write(this.fd, chunk);
  if (typeof cb === 'function') proc.nextTick(cb, null);
  return true;
};
SyncWriteStream.prototype.end = function end(chunk, encoding, cb) {
  if (typeof chunk === 'function') { cb = chunk; chunk = undefined; }
  if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
  if (typeof cb === 'function') proc.nextTick(cb);
  return this;
};
SyncWriteStream.prototype.cork = function cork() {};
SyncWriteStream.prototype.uncork = function uncork() {};
const stdout = new SyncWriteStream(1);
const stderr = new SyncWriteStream(2);
Object.defineProperty(proc, 'stdout', { get() { return stdout; }, enumerable: false, configurable: true });
Object.defineProperty(proc, 'stderr', { get() { return stderr; }, enumerable: false, configurable: true });

// stdin is an fs.ReadStream over fd 0, made on first use: reads go through
// the loop like any file's. (Node's is a net.Socket for pipes and a
// tty.ReadStream for terminals; a read in flight keeps the loop alive
// until it returns.)
let stdin;
Object.defineProperty(proc, 'stdin', {
  get() {
    if (stdin === undefined) {
      stdin = require('fs').createReadStream(null, { fd: 0, autoClose: false });
      const tty = require('tty');
      if (tty.isatty(0)) {
        stdin.isTTY = true;
        stdin.isRaw = false;
        stdin.setRawMode = tty.ReadStream.prototype.setRawMode;
      }
    }
    return stdin;
  },
  enumerable: false,
  configurable: true,
});
