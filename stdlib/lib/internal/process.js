const { process: proc, EventEmitter } = binding;
const { withLength, asDeprecated } = require('internal/shape');
const processProto = Object.create(EventEmitter.prototype, {
  constructor: { value: function process() {}, writable: true, configurable: true },
});
Object.setPrototypeOf(proc, processProto);
EventEmitter.init.call(proc);
// Object.prototype.toString names it [object process], which packages test
// to tell node (axios picks its http adapter by it).
Object.defineProperty(proc, Symbol.toStringTag, { value: 'process', writable: true, enumerable: false, configurable: false });

// moduleLoadList names the library's modules run so far, in order (node's
// lists its own: "NativeModule fs", and its C++ bindings): read-only, and
// growing as the program loads more (stdlib calls noteModuleLoad).
const moduleLoadList = binding.moduleLoads().map((name) => `NativeModule ${name}`);
binding.noteModuleLoad = (name) => { moduleLoadList[moduleLoadList.length] = `NativeModule ${name}`; };
Object.defineProperty(proc, 'moduleLoadList', {
  __proto__: null, value: moduleLoadList, writable: false, enumerable: true, configurable: true,
});

// process's own functions are enumerable in node, as its other properties.
function define(obj, name, value) {
  Object.defineProperty(obj, name, { value, writable: true, configurable: true, enumerable: true });
}

// process.env stores strings only: a Proxy whose traps coerce, over a plain
// object so that inspecting it shows the variables.
// Shared with other threads (a worker's env: SHARE_ENV, see
// env_share.go), the object caches the shared variables: envVersion is the
// version of them it holds, and writes go through.
const envTarget = binding.env;
let envShared = false;
let envVersion = 0;
function syncEnv(t) {
  const version = binding.envVersion();
  if (version === envVersion) return;
  envVersion = version;
  const vars = binding.envSnapshot();
  for (const k of Object.keys(t)) if (!(k in vars)) delete t[k];
  Object.assign(t, vars);
}
function writeEnv(key, value) {
  if (!envShared || typeof key !== 'string') return;
  const version = value === undefined ? binding.envSet(key) : binding.envSet(key, value);
  // Another thread's write in between is pulled at the next access.
  if (version === envVersion + 1) envVersion = version;
}
const envHandler = {
  get(t, key) {
    if (typeof key === 'symbol') return undefined;
    if (envShared) syncEnv(t);
    return t[key];
  },
  set(t, key, value) {
    if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
    if (envShared) syncEnv(t);
    t[key] = '' + value;
    writeEnv(key, t[key]);
    if (key === 'TZ') binding.setTimeZone(t[key]);
    return true;
  },
  deleteProperty(t, key) {
    if (envShared) syncEnv(t);
    const deleted = delete t[key];
    if (typeof key === 'string') writeEnv(key, undefined);
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
    if (envShared) syncEnv(t);
    t[key] = '' + desc.value;
    writeEnv(key, t[key]);
    if (key === 'TZ') binding.setTimeZone(t[key]);
    return true;
  },
};
define(proc, 'env', new Proxy(envTarget, envHandler));
binding.setEnvSharer((version) => {
  envShared = true;
  // The traps that only pull come now: a Proxy looks its traps up at
  // each use, and without them Object.keys(process.env) is 4x as fast.
  Object.assign(envHandler, {
    has(t, key) {
      syncEnv(t);
      return key in t;
    },
    ownKeys(t) {
      syncEnv(t);
      return Reflect.ownKeys(t);
    },
    getOwnPropertyDescriptor(t, key) {
      syncEnv(t);
      return Reflect.getOwnPropertyDescriptor(t, key);
    },
  });
  if (version !== envVersion) syncEnv(envTarget);
});

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
define(proc, 'exit', function exit(code) {
  if (code !== undefined) proc.exitCode = code;
  if (!proc._exiting) proc._exiting = true;
  binding.exit(binding.exitCode());
});
// The lengths of node's C++ functions are 0.
define(proc, 'reallyExit', withLength(function reallyExit(code) {
  binding.exit(code | 0);
}, 0));
define(proc, '_exiting', false);

define(proc, 'cwd', function cwd() { return binding.cwd(); });
define(proc, 'chdir', function chdir(directory) {
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
define(proc, 'dlopen', withLength(function dlopen(module, filename) {
  throw binding.addonError(`${filename}`);
}, 0));
define(proc, 'uptime', function uptime() { return binding.uptime(); });
define(proc, 'umask', function umask(mask) {
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
proc.title = binding.option('--title') ?? 'node';
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
define(proc, 'hrtime', hrtime);

function memoryUsage() {
  const [rss, heapTotal, heapUsed, external, arrayBuffers] = binding.memoryUsage();
  return { rss, heapTotal, heapUsed, external, arrayBuffers };
}
memoryUsage.rss = function rss() { return binding.rss(); };
define(proc, 'memoryUsage', memoryUsage);

define(proc, 'kill', function kill(pid, sig) {
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

// The options --no-deprecation, --throw-deprecation and
// --trace-deprecation show as read-only properties of process, as in node.
for (const [flag, prop] of [['--deprecation', 'noDeprecation'], ['--throw-deprecation', 'throwDeprecation'],
  ['--trace-deprecation', 'traceDeprecation']]) {
  const v = binding.option(flag);
  if (prop === 'noDeprecation' ? v === false : v === true) {
    Object.defineProperty(proc, prop, { value: true, writable: false, enumerable: true, configurable: true });
  }
}

let traceHintShown = false;
const disabledWarnings = binding.optionValues('--disable-warning');
define(proc, 'emitWarning', function emitWarning(warning, type, code, ctor) {
  emit(false, warning, type, code, ctor || emitWarning);
});

// emitWarningNow is util.deprecate's with useEmitSync: the warning is
// written and emitted before the deprecated function runs.
binding.emitWarningNow = function emitWarningNow(warning, type, code, ctor) {
  emit(true, warning, type, code, ctor || emitWarningNow);
};

function emit(now, warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object') ({ type, code, detail } = type);
  else if (typeof type === 'function') [ctor, type, code] = [type, undefined, undefined];
  else if (typeof code === 'function') [ctor, code] = [code, undefined];
  if (typeof warning === 'string') {
    const w = new Error(warning);
    w.name = typeof type === 'string' ? type : 'Warning';
    if (code !== undefined) w.code = code;
    if (typeof detail === 'string') w.detail = detail;
    // The stack starts where the caller (or what called ctor) is, as
    // --trace-warnings shows it.
    Error.captureStackTrace(w, ctor);
    warning = w;
  } else if (!(warning instanceof Error)) {
    throw binding.invalidArgType('warning', 'of type string or an instance of Error', warning);
  }
  // --disable-warning=CODE or =TYPE: such a warning is not emitted at all.
  if (disabledWarnings.length && (disabledWarnings.includes(warning.code) || disabledWarnings.includes(warning.name))) return;
  if (warning.name === 'DeprecationWarning') {
    if (proc.noDeprecation) return;
    // Later, so that the warnings before it are written first.
    if (proc.throwDeprecation) {
      if (now) throw warning;
      proc.nextTick(() => { throw warning; });
      return;
    }
  }
  const write = () => {
    // node writes warnings from a 'warning' listener of its own, added
    // before any of the program's.
    if (binding.option('--warnings') !== false) writeWarning(warning);
    proc.emit('warning', warning);
  };
  if (now) write();
  else proc.nextTick(write);
}

// emitWarningSync is node's, for the Go side (process.go): the warning is
// written and emitted now, not on the next tick.
binding.emitWarningSync = function emitWarningSync(message) {
  const warning = new Error(message);
  warning.name = 'Warning';
  if (binding.option('--warnings') !== false) writeWarning(warning);
  proc.emit('warning', warning);
};

function writeWarning(warning) {
  const trace = binding.option('--trace-warnings') === true ||
    (warning.name === 'DeprecationWarning' && proc.traceDeprecation);
  let msg = '(node:' + proc.pid + ') ' + (warning.code ? '[' + warning.code + '] ' : '') +
    (trace && warning.stack ? warning.stack : warning.toString()) + '\n';
  if (typeof warning.detail === 'string') msg += warning.detail + '\n';
  if (!trace && !traceHintShown) {
    traceHintShown = true;
    // Node names the flag that would trace this kind of warning.
    const flag = warning.name === 'DeprecationWarning' ? '--trace-deprecation' : '--trace-warnings';
    msg += '(Use \x60node ' + flag + ' ...\x60 to show where the warning was created)\n';
  }
  // --redirect-warnings=FILE appends them to FILE instead, or to
  // standard error when FILE cannot be written, as node does.
  const file = binding.option('--redirect-warnings');
  if (typeof file === 'string' && file !== '') {
    try {
      require('fs').appendFileSync(file, msg);
      return;
    } catch {
      // Written to standard error below.
    }
  }
  binding.write(2, msg);
}

// stdout and stderr are made on first use, by what the descriptor is, as
// node's createWritableStdioStream makes them: a tty.WriteStream on a
// terminal, a net.Socket on a pipe or socket (writes go out at once, and
// wait in the socket when the pipe is full, as node's), a SyncWriteStream
// on a file or device. A terminal's stream follows its window's size from
// SIGWINCH on, as node's. Only a pipe loads net: a file does not.
function stdioStream(fd) {
  let stream;
  switch (binding.guessHandleType(fd)) {
    case 'TTY':
      stream = new (require('tty').WriteStream)(fd);
      stream._type = 'tty';
      proc.on('SIGWINCH', () => stream._refreshSize());
      break;
    case 'FILE':
      stream = new (require('internal/sync_write_stream').SyncWriteStream)(fd, { autoClose: false });
      stream._type = 'fs';
      break;
    case 'PIPE':
    case 'TCP':
      stream = new (require('net').Socket)({ fd, readable: false, writable: true });
      stream._type = 'pipe';
      break;
    default: {
      // A descriptor that is not open, or is something else: what is
      // written goes nowhere, as node's dummy Writable takes it.
      const { Writable } = require('stream');
      stream = new Writable({ write(buf, enc, cb) { cb(); } });
    }
  }
  stream.fd = fd;
  stream._isStdio = true;
  // Ending or destroying process.stdout never closes the descriptor.
  stream.destroySoon = stream.destroy;
  stream._destroy = stdioDestroy;
  return stream;
}

// stdioDestroy is process.stdout's and stderr's _destroy, as node's
// dummyDestroy: the descriptor stays open and the stream writable again,
// but 'close' is still emitted so that finished() and pipeline() see the
// end.
function stdioDestroy(err, cb) {
  cb(err);
  this._undestroy();
  if (!this._writableState.emitClose) {
    process.nextTick(() => this.emit('close'));
  }
}
let stdout;
let stderr;
// The three are enumerable getters, named as node's are. The global
// console (Go) is told of the getters and the streams: it writes to the
// fds itself only while they and the streams' write stay as made here.
function getStdout() { return stdout ??= binding.stdioMade(1, stdioStream(1)); }
function getStderr() { return stderr ??= binding.stdioMade(2, stdioStream(2)); }
Object.defineProperty(proc, 'stdout', { get: getStdout, enumerable: true, configurable: true });
Object.defineProperty(proc, 'stderr', { get: getStderr, enumerable: true, configurable: true });
binding.stdioGetters(getStdout, getStderr);

// stdin is made on first use, as node's getStdin makes it: a
// tty.ReadStream on a terminal and a net.Socket on a pipe or socket, both
// reading through the loop only while they flow, or an fs.ReadStream on a
// file or device (reads go through the worker pool).
let stdin;
Object.defineProperty(proc, 'stdin', {
  get: function getStdin() {
    if (stdin === undefined && binding.workerStdin !== undefined) {
      // A worker's: what its parent writes to worker.stdin (see
      // worker_stdin.go). It keeps the worker alive while it wants data.
      const { Readable } = require('stream');
      stdin = new Readable({
        read() {
          binding.workerStdinRef(true);
        },
      });
      binding.workerStdin((chunk) => {
        binding.workerStdinRef(false);
        stdin.push(chunk === null ? null : Buffer.from(chunk));
      });
    } else if (stdin === undefined) {
      switch (binding.guessHandleType(0)) {
        case 'TTY':
          stdin = handleStdin(new (require('tty').ReadStream)(0));
          break;
        case 'PIPE':
        case 'TCP': {
          const stream = new (require('net').Socket)({ fd: 0, readable: true, writable: false, manualStart: true });
          // Not writable, as node's: a pipe's other end is not ours.
          stream._writableState.ended = true;
          stdin = handleStdin(stream);
          break;
        }
        default:
          stdin = require('fs').createReadStream(null, { fd: 0, autoClose: false });
      }
    }
    return stdin;
  },
  enumerable: true,
  configurable: true,
});

// process.cpuUsage and resourceUsage read getrusage(2); a previous
// cpuUsage() result gives the difference since then.
function validCPUValue(v) {
  return typeof v === 'number' && v <= Number.MAX_SAFE_INTEGER && v >= 0;
}
define(proc, 'cpuUsage', function cpuUsage(prevValue) {
  const [user, system] = binding.resourceUsage();
  if (prevValue) {
    for (const key of ['user', 'system']) {
      const v = prevValue[key];
      if (validCPUValue(v)) continue;
      if (typeof prevValue !== 'object' || Array.isArray(prevValue)) {
        throw binding.invalidArgType('prevValue', 'of type object', prevValue);
      }
      if (typeof v !== 'number') throw binding.invalidArgType('prevValue.' + key, 'of type number', v);
      throw binding.nodeError('RangeError', 'ERR_INVALID_ARG_VALUE',
        `The property 'prevValue.${key}' is invalid. Received ${binding.inspect(v)}`);
    }
    return { user: user - prevValue.user, system: system - prevValue.system };
  }
  return { user, system };
});

const resourceUsageFields = ['userCPUTime', 'systemCPUTime', 'maxRSS', 'sharedMemorySize', 'unsharedDataSize',
  'unsharedStackSize', 'minorPageFault', 'majorPageFault', 'swappedOut', 'fsRead', 'fsWrite', 'ipcSent',
  'ipcReceived', 'signalsCount', 'voluntaryContextSwitches', 'involuntaryContextSwitches'];
define(proc, 'resourceUsage', function resourceUsage() {
  const values = binding.resourceUsage();
  const out = {};
  resourceUsageFields.forEach((name, i) => { out[name] = values[i]; });
  return out;
});

define(proc, 'availableMemory', function availableMemory() { return binding.availableMemory(); });
define(proc, 'constrainedMemory', function constrainedMemory() { return binding.constrainedMemory(); });

define(proc, 'getActiveResourcesInfo', function getActiveResourcesInfo() { return binding.activeResources(); });

// abort prints the JavaScript stack as node does, then ends the process
// with SIGABRT.
define(proc, 'abort', function abort() {
  const frames = (new Error().stack || '').split('\n').slice(2).map((line, i) => `${i + 1}: ${line.trim().slice(3)}`);
  binding.abort(`\n----- JavaScript stack trace -----\n\n${frames.join('\n')}\n\n`);
});

// handleStdin readies stdin on a terminal, pipe or socket, as node's
// getStdin does: it reads only once it is read from, and once paused it
// stops reading a tick later, so that a paused stdin lets the process end.
function handleStdin(stream) {
  stream.fd = 0;
  stream.on('pause', () => process.nextTick(onpause));
  function onpause() {
    if (stream._handle && stream._handle.reading && !stream.readableFlowing) {
      stream._readableState.reading = false;
      stream._handle.readStop();
    }
  }
  return stream;
}

define(proc, 'openStdin', function openStdin() {
  proc.stdin.resume();
  return proc.stdin;
});

let sourceMapsEnabled = binding.option('--enable-source-maps') === true;
define(proc, 'setSourceMapsEnabled', function setSourceMapsEnabled(val) {
  if (typeof val !== 'boolean') throw binding.invalidArgType('val', 'of type boolean', val);
  sourceMapsEnabled = val;
  binding.setSourceMaps(val);
});
Object.defineProperty(proc, 'sourceMapsEnabled', {
  get() { return sourceMapsEnabled; },
  enumerable: true,
  configurable: true,
});

define(proc, 'debugPort', 9229);

// getBuiltinModule returns what require() would for a built-in, and
// undefined for anything else instead of throwing.
define(proc, 'getBuiltinModule', function getBuiltinModule(id) {
  if (typeof id !== 'string') throw binding.invalidArgType('id', 'of type string', id);
  const { isBuiltin } = require('module');
  if (!isBuiltin(id)) return undefined;
  return require(id);
});

// loadEnvFile reads a .env file (node's grammar, shared with
// util.parseEnv) into process.env; variables already set are kept.
define(proc, 'loadEnvFile', function loadEnvFile(path = '.env') {
  if (typeof path !== 'string' && !(path instanceof URL) && !Buffer.isBuffer(path)) {
    throw binding.invalidArgType('path', 'of type string or an instance of Buffer or URL', path);
  }
  const parsed = binding.parseEnv(require('fs').readFileSync(path, 'utf8'));
  for (const key of Object.keys(parsed)) {
    if (proc.env[key] === undefined) proc.env[key] = parsed[key];
  }
});

// The uncaught exception capture callback takes uncaught exceptions before
// any 'uncaughtException' listener (stdlib's emitProcessUncaught).
let captureCallback = null;
define(proc, 'setUncaughtExceptionCaptureCallback', function setUncaughtExceptionCaptureCallback(fn) {
  if (fn === null) {
    captureCallback = null;
    binding.setUncaughtCapture(null);
    return;
  }
  if (typeof fn !== 'function') throw binding.invalidArgType('fn', 'of type function or null', fn);
  if (captureCallback !== null) {
    throw binding.nodeError('Error', 'ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET',
      '`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active');
  }
  captureCallback = fn;
  binding.setUncaughtCapture(fn);
});
define(proc, 'hasUncaughtExceptionCaptureCallback', function hasUncaughtExceptionCaptureCallback() {
  return captureCallback !== null;
});

// POSIX credentials. An id is a number in uint32's range or a user or
// group name, looked up in the system's databases.
if (binding.setuid) {
  const credentialID = (id, name, lookup, what) => {
    if (typeof id === 'number') {
      if (!Number.isInteger(id)) {
        throw binding.outOfRange(name, 'an integer', id);
      }
      if (id < 0 || id > 4294967295) {
        throw binding.outOfRange(name, '>= 0 && <= 4294967295', id);
      }
      return id;
    }
    if (typeof id !== 'string') throw binding.invalidArgType(name, 'one of type number or string', id);
    const found = lookup(id);
    if (found === undefined) {
      throw binding.nodeError('Error', 'ERR_UNKNOWN_CREDENTIAL', `${what} identifier does not exist: ${id}`);
    }
    return found;
  };
  const userID = (id, name = 'id') => credentialID(id, name, binding.lookupUser, 'User');
  const groupID = (id, name = 'id') => credentialID(id, name, binding.lookupGroup, 'Group');
  // initgroups looks a numeric user up but takes a name as it is, as
  // initgroups(3) does: an unknown name just has no groups of its own.
  define(proc, 'initgroups', function initgroups(user, extraGroup) {
    if (typeof user === 'number') {
      const uid = userID(user, 'user');
      user = binding.userName(uid);
      if (user === undefined) {
        throw binding.nodeError('Error', 'ERR_UNKNOWN_CREDENTIAL', `User identifier does not exist: ${uid}`);
      }
    } else if (typeof user !== 'string') {
      throw binding.invalidArgType('user', 'one of type number or string', user);
    }
    binding.initgroups(user, groupID(extraGroup, 'extraGroup'));
  });
  // node's four setters are anonymous functions; so are these.
  define(proc, 'setegid', (id) => binding.setegid(groupID(id)));
  define(proc, 'seteuid', (id) => binding.seteuid(userID(id)));
  define(proc, 'setgid', (id) => binding.setgid(groupID(id)));
  define(proc, 'setuid', (id) => binding.setuid(userID(id)));
  define(proc, 'setgroups', function setgroups(groups) {
    if (!Array.isArray(groups)) throw binding.invalidArgType('groups', 'an instance of Array', groups);
    binding.setgroups(groups.map((g, i) => groupID(g, `groups[${i}]`)));
  });
}

// allowedNodeEnvironmentFlags: the flags node accepts in NODE_OPTIONS, as
// a read-only Set whose has() also knows a flag written with underscores,
// without its dashes or with a value.
const allowedFlags = binding.nodeEnvironmentFlags.trim();
class NodeEnvironmentFlagsSet extends Set {
  #flags;
  constructor(flags) {
    super();
    this.#flags = new Set(flags);
  }

  add() { return this; }

  delete() { return false; }

  clear() {}

  has(key) {
    if (typeof key !== 'string') return false;
    key = key.replace(/_/g, '-');
    if (/^--?/.test(key)) return this.#flags.has(key.replace(/=.*$/, ''));
    return this.#flags.has(`--${key}`) || this.#flags.has(`-${key}`);
  }

  entries() { return this.#flags.entries(); }

  forEach(callback, thisArg) {
    this.#flags.forEach((v) => Reflect.apply(callback, thisArg, [v, v, this]));
  }

  get size() { return this.#flags.size; }

  values() { return this.#flags.values(); }
}
NodeEnvironmentFlagsSet.prototype.keys = NodeEnvironmentFlagsSet.prototype[Symbol.iterator] =
  NodeEnvironmentFlagsSet.prototype.values;
Object.freeze(NodeEnvironmentFlagsSet.prototype.constructor);
Object.freeze(NodeEnvironmentFlagsSet.prototype);
Object.defineProperty(proc, 'allowedNodeEnvironmentFlags', {
  get() {
    const flags = Object.freeze(new NodeEnvironmentFlagsSet(allowedFlags.split(' ')));
    Object.defineProperty(proc, 'allowedNodeEnvironmentFlags', { value: flags, writable: true, enumerable: true, configurable: true });
    return flags;
  },
  set(value) {
    Object.defineProperty(this, 'allowedNodeEnvironmentFlags', { value, writable: true, enumerable: true, configurable: true });
  },
  enumerable: true,
  configurable: true,
});

// process.binding: node's internal bindings for the modules it still
// allows. Kiln's internals are not node's, so it answers with what can be
// made from public modules (constants, uv, util, tty_wrap) and an empty
// object for the other allowed names; any other name is an error.
const allowedBindings = new Set(['async_wrap', 'buffer', 'cares_wrap', 'config', 'constants', 'contextify', 'crypto',
  'fs', 'fs_event_wrap', 'http_parser', 'icu', 'inspector', 'js_stream', 'natives', 'os', 'pipe_wrap',
  'process_wrap', 'signal_wrap', 'spawn_sync', 'stream_wrap', 'tcp_wrap', 'tls_wrap', 'tty_wrap', 'udp_wrap', 'url',
  'util', 'uv', 'v8', 'zlib']);
const deprecatedBindings = new Set(['async_wrap', 'crypto', 'http_parser', 'signal_wrap', 'url', 'v8']);
const bindingMakers = {
  constants() {
    return {
      os: require('os').constants,
      fs: require('fs').constants,
      crypto: require('crypto').constants,
      zlib: require('zlib').constants,
      trace: {},
    };
  },
  uv() {
    const util = require('util');
    const out = { errname: util.getSystemErrorName };
    for (const [errno, [code]] of util.getSystemErrorMap()) out['UV_' + code] = errno;
    // A fresh map each call, as node's (mock-fs reads it at load).
    out.getErrorMap = () => util.getSystemErrorMap();
    return out;
  },
  util() {
    const { types } = require('util');
    const out = {};
    for (const name of ['isExternal', 'isDate', 'isNativeError', 'isRegExp', 'isAsyncFunction', 'isPromise', 'isMap',
      'isSet', 'isMapIterator', 'isSetIterator', 'isArrayBuffer', 'isDataView', 'isAnyArrayBuffer',
      'isArrayBufferView', 'isTypedArray', 'isUint8Array']) {
      out[name] = types[name];
    }
    return out;
  },
  tty_wrap() {
    return { isTTY: require('tty').isatty };
  },
  // jshint's CLI walks the names of natives (node gives each module's
  // source text, which Kiln's modules do not have as node's).
  natives() {
    const out = {};
    for (const name of require('module').builtinModules) out[name] = '';
    return out;
  },
  // spawnSync's children start through its spawn, which a tool may wrap.
  spawn_sync() {
    return require('internal/spawn_sync');
  },
  // http-deceiver (spdy, and so restify) subclasses the parser and reads
  // the method tables at load.
  http_parser() {
    const { HTTPParser, methods } = require('_http_common');
    const rtsp = ['PRI', 'DESCRIBE', 'ANNOUNCE', 'SETUP', 'PLAY', 'PAUSE', 'TEARDOWN', 'GET_PARAMETER',
      'SET_PARAMETER', 'REDIRECT', 'RECORD', 'FLUSH'];
    const allMethods = [...methods.filter((m) => m !== 'QUERY'), ...rtsp, 'QUERY'];
    return { methods, allMethods, HTTPParser };
  },
  // safer-buffer reads the size limits here.
  buffer() {
    const { constants } = require('buffer');
    return { kMaxLength: constants.MAX_LENGTH, kStringMaxLength: constants.MAX_STRING_LENGTH };
  },
};
const bindingCache = new Map();
let bindingWarned = false;
const pendingDeprecation = binding.option('--pending-deprecation') === true;
define(proc, 'binding', function binding(module) {
  // With pending deprecations on, node deprecates process.binding itself
  // (once); otherwise only some modules, at each access.
  if (!bindingWarned && (pendingDeprecation || proc.env.NODE_PENDING_DEPRECATION === '1')) {
    bindingWarned = true;
    proc.emitWarning('process.binding() is deprecated. Please use public APIs instead.', 'DeprecationWarning', 'DEP0111');
  }
  module = String(module);
  if (!allowedBindings.has(module)) throw new Error(`No such module: ${module}`);
  if (deprecatedBindings.has(module)) {
    proc.emitWarning(`Access to process.binding('${module}') is deprecated.`, 'DeprecationWarning', 'DEP0111');
  }
  if (!bindingCache.has(module)) bindingCache.set(module, bindingMakers[module]?.() ?? {});
  return bindingCache.get(module);
});

// process.report is made on first use: lib/internal/report.js.
Object.defineProperty(proc, 'report', {
  get() { return require('internal/report').report; },
  enumerable: true,
  configurable: true,
});

// The underscored members node has had for years, which some packages
// still reach for.
define(proc, 'domain', null);
Object.defineProperty(proc, '_preload_modules', { value: [], enumerable: true, writable: false, configurable: true });
define(proc, '_rawDebug', function _rawDebug(...args) {
  binding.write(2, `${require('util').format(...args)}\n`);
});
// Kiln keeps its loop's handles and requests to itself.
define(proc, '_getActiveHandles', function _getActiveHandles() { return []; });
define(proc, '_getActiveRequests', function _getActiveRequests() { return []; });
define(proc, '_tickCallback', function _tickCallback() { binding.runTicks(); });
define(proc, '_kill', withLength(function _kill(pid, sig) {
  try {
    binding.kill(pid, sig);
    return 0;
  } catch (e) {
    return e.errno;
  }
}, 0));
define(proc, '_linkedBinding', function _linkedBinding(name) {
  throw binding.nodeError('Error', 'ERR_INVALID_MODULE', `No such binding was linked: ${name}`);
});
// Without an inspector the debugger hooks do what node's do for a process
// that has none: signal the target, or nothing.
define(proc, '_debugProcess', withLength(function _debugProcess(pid) { proc.kill(pid, 'SIGUSR1'); }, 0));
define(proc, '_debugEnd', function _debugEnd() {});
define(proc, '_startProfilerIdleNotifier', function _startProfilerIdleNotifier() {});
define(proc, '_stopProfilerIdleNotifier', function _stopProfilerIdleNotifier() {});
let processAssertWarned = false;
// util.deprecate's wrapper in node.
define(proc, 'assert', asDeprecated(function assert(value, message) {
  if (!processAssertWarned) {
    processAssertWarned = true;
    proc.emitWarning('process.assert() is deprecated. Please use the `assert` module instead.',
      'DeprecationWarning', 'DEP0100');
  }
  if (!value) throw binding.nodeError('Error', 'ERR_ASSERTION', message || 'assertion error');
}));
