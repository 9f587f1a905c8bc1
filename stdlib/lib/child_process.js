// The child_process module over the natives of stdlib/child_process.go.
// This file turns Node's many argument shapes into one options object
// (file, argv, envPairs, stdio) for the two natives, and builds what Node
// returns from them: spawnSync's result object, ChildProcess with its
// streams, the exec family's buffering, errors and promisified forms, and
// the IPC channel of fork and of stdio 'ipc' on both of its ends.

const EventEmitter = require('events');

const customPromisify = Symbol.for('nodejs.util.promisify.custom');
const MAX_BUFFER = 1024 * 1024;

function Buffer() {
  return require('buffer').Buffer;
}
function toBuffer(u8) {
  return Buffer().from(u8.buffer, u8.byteOffset, u8.byteLength);
}

// ---- validation ----

function validateString(value, name) {
  if (typeof value !== 'string') throw binding.invalidArgType(name, 'of type string', value);
}
function validateObject(value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw binding.invalidArgType(name, 'of type object', value);
  }
}
function validateBoolean(value, name) {
  if (value != null && typeof value !== 'boolean') throw binding.invalidArgType(name, 'of type boolean', value);
}
function validateFunction(value, name) {
  if (typeof value !== 'function') throw binding.invalidArgType(name, 'of type function', value);
}
function validateInt32(value, name) {
  if (value != null && !Number.isInteger(value)) throw binding.invalidArgType(name, 'int32', value);
}
function outOfRange(name, range, value) {
  return binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE',
    `The value of "${name}" is out of range. It must be ${range}. Received ${binding.inspect(value)}`);
}
function validateTimeout(timeout) {
  if (timeout != null && !(Number.isInteger(timeout) && timeout >= 0)) {
    throw outOfRange('timeout', 'an unsigned integer', timeout);
  }
}
function validateMaxBuffer(maxBuffer) {
  if (maxBuffer != null && !(typeof maxBuffer === 'number' && maxBuffer >= 0)) {
    throw outOfRange('options.maxBuffer', 'a positive number', maxBuffer);
  }
}
function validateNoNullBytes(value, name) {
  if (value.includes('\u0000')) {
    throw binding.invalidArgValue(name, value, 'must be a string without null bytes');
  }
}
function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw binding.invalidArgType(name, 'an instance of AbortSignal', signal);
  }
}

// ---- signals ----

function signalNumbers() {
  return require('os').constants.signals;
}
function signalName(num) {
  const sigs = signalNumbers();
  for (const name in sigs) if (sigs[name] === num) return name;
  return null;
}
function unknownSignal(sig) {
  return binding.nodeError('TypeError', 'ERR_UNKNOWN_SIGNAL', `Unknown signal: ${sig}`);
}
function toSignalNumber(sig, name) {
  if (typeof sig === 'number') {
    if (sig !== 0 && signalName(sig) === null) throw unknownSignal(sig);
    return sig;
  }
  if (typeof sig === 'string') {
    const num = signalNumbers()[sig.toUpperCase()];
    if (num === undefined) throw unknownSignal(sig);
    return num;
  }
  throw binding.invalidArgType(name, 'one of type string or number', sig);
}

// ---- errors ----

// uvError is Node's errnoException: "spawn ls ENOENT" with errno, code,
// syscall and, for a spawn of a file, its path and spawnargs.
function uvError([errno, code], syscall, file, args) {
  const err = new Error(`${syscall} ${code}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  if (file !== undefined) {
    err.path = file;
    err.spawnargs = args;
  }
  Error.captureStackTrace(err, uvError);
  return err;
}

// ---- normalising arguments ----

// normalizeStdio gives the child's fds 0-2, each 'pipe', 'ignore' or one
// of the parent's fds (a stdio entry past them is ignored, except 'ipc'),
// and where the IPC channel goes, -1 for nowhere.
function normalizeStdio(stdio) {
  if (stdio === undefined || stdio === null) stdio = 'pipe';
  if (typeof stdio === 'string') {
    if (stdio === 'overlapped') stdio = 'pipe';
    if (stdio !== 'pipe' && stdio !== 'ignore' && stdio !== 'inherit') {
      throw binding.invalidArgValue('stdio', stdio);
    }
    stdio = [stdio, stdio, stdio];
  } else if (!Array.isArray(stdio)) {
    throw binding.invalidArgValue('stdio', stdio);
  }
  const out = [];
  const wraps = [];
  let ipc = -1;
  for (let i = 0; i < Math.max(3, stdio.length); i++) {
    let s = stdio[i];
    if (s === 'ipc') {
      if (ipc !== -1) throw binding.nodeError('Error', 'ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe');
      ipc = i;
      if (i < 3) out.push('ipc');
      continue;
    }
    if (i >= 3) continue;
    if (s === undefined || s === null || s === 'overlapped') s = 'pipe';
    if (s === 'inherit') s = i;
    // A stream shares its descriptor: a file stream's fd, a socket's
    // handle's (another child's pipe, as node's 'wrap' stdio).
    if (typeof s === 'object' && s !== null) {
      if (typeof s.fd === 'number') {
        s = s.fd;
      } else if (s._handle && typeof s._handle.fd === 'number' && s._handle.fd >= 0) {
        wraps.push(s);
        s = s._handle.fd;
      }
    }
    if (s !== 'pipe' && s !== 'ignore' && !(Number.isInteger(s) && s >= 0)) {
      throw binding.invalidArgValue('stdio', s);
    }
    out.push(s);
  }
  return { stdio: out, ipc, wraps };
}

// usedAsStdio are the sockets given to a child as its stdio: the child
// reads them, and the parent must not (see stopWraps).
const usedAsStdio = new WeakSet();

// stopWraps stops the parent reading the sockets a child now shares, as
// node does, or it would take the data the child is to read.
function stopWraps(wraps) {
  for (const socket of wraps) {
    if (socket._handle.reading) socket._handle.readStop();
    socket.pause();
    socket._readableState.reading = false;
    usedAsStdio.add(socket);
  }
}

function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  if (file.length === 0) throw binding.invalidArgValue('file', file, 'cannot be empty');
  validateNoNullBytes(file, 'file');
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw binding.invalidArgType('args', 'of type object', args);
  } else {
    options = args;
    args = [];
  }
  if (options === undefined) options = {};
  else validateObject(options, 'options');

  let cwd = options.cwd;
  if (cwd != null) {
    if (cwd instanceof URL) cwd = require('url').fileURLToPath(cwd);
    else if (ArrayBuffer.isView(cwd)) cwd = toBuffer(cwd).toString();
    else if (typeof cwd !== 'string') {
      throw binding.invalidArgType('options.cwd', 'of type string or an instance of Buffer or URL', cwd);
    }
    validateNoNullBytes(cwd, 'options.cwd');
  }
  validateBoolean(options.detached, 'options.detached');
  validateInt32(options.uid, 'options.uid');
  validateInt32(options.gid, 'options.gid');
  if (options.shell != null && typeof options.shell !== 'boolean' && typeof options.shell !== 'string') {
    throw binding.invalidArgType('options.shell', 'one of type boolean or string', options.shell);
  }
  if (options.argv0 != null) validateString(options.argv0, 'options.argv0');
  validateBoolean(options.windowsHide, 'options.windowsHide');
  validateBoolean(options.windowsVerbatimArguments, 'options.windowsVerbatimArguments');

  args = args.map((a, i) => {
    const s = String(a);
    validateNoNullBytes(s, `args[${i}]`);
    return s;
  });
  if (options.shell) {
    const command = [file, ...args].join(' ');
    validateNoNullBytes(command, 'command');
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  args.unshift(typeof options.argv0 === 'string' ? options.argv0 : file);

  const env = options.env || process.env;
  const envPairs = [];
  for (const key in env) {
    const value = env[key];
    if (value === undefined) continue;
    const pair = `${key}=${value}`;
    validateNoNullBytes(pair, 'options.env');
    envPairs.push(pair);
  }
  return {
    ...options,
    args,
    cwd: cwd == null ? undefined : cwd,
    detached: !!options.detached,
    envPairs,
    file,
    uid: options.uid == null ? undefined : options.uid,
    gid: options.gid == null ? undefined : options.gid,
  };
}

// ---- spawnSync, execSync, execFileSync ----

function spawnSync(file, args, options) {
  const opts = normalizeSpawnArguments(file, args, options);
  validateTimeout(opts.timeout);
  validateMaxBuffer(opts.maxBuffer);
  const input = opts.input;
  if (input != null && typeof input !== 'string' && !ArrayBuffer.isView(input)) {
    throw binding.invalidArgType('options.stdio[0]', 'of type string or an instance of Buffer, TypedArray, or DataView', input);
  }
  const { stdio, ipc } = normalizeStdio(opts.stdio);
  if (ipc !== -1) throw binding.nodeError('Error', 'ERR_IPC_SYNC_FORK', 'IPC cannot be used with synchronous forks');
  const killSignal = opts.killSignal === undefined ? 15 : toSignalNumber(opts.killSignal, 'options.killSignal');
  // Through process.binding('spawn_sync').spawn, which tools that follow
  // every child (process-on-spawn, for nyc) replace, as in node.
  const r = require('internal/spawn_sync').spawn({
    file: opts.file,
    args: opts.args,
    cwd: opts.cwd,
    envPairs: opts.envPairs,
    stdio,
    detached: opts.detached,
    uid: opts.uid,
    gid: opts.gid,
    input: typeof input === 'string' ? Buffer().from(input, opts.encoding || 'utf8') : input,
    timeout: opts.timeout || 0,
    maxBuffer: opts.maxBuffer == null ? MAX_BUFFER : opts.maxBuffer,
    killSignal,
  });
  const result = {};
  if (r.error) result.error = binding.nodeFrames(uvError(r.error, `spawnSync ${opts.file}`, opts.file, opts.args.slice(1)), 'spawn');
  if (r.output === undefined) {
    return Object.assign(result, { status: null, signal: null, output: null, pid: 0, stdout: null, stderr: null });
  }
  const encoding = opts.encoding && opts.encoding !== 'buffer' ? opts.encoding : null;
  const output = r.output.map(o => {
    if (o === null) return null;
    const b = toBuffer(o);
    return encoding ? b.toString(encoding) : b;
  });
  result.status = r.status;
  result.signal = r.signal ? signalName(r.signal) : null;
  result.output = output;
  result.pid = r.pid;
  result.stdout = output[1];
  result.stderr = output[2];
  return result;
}

function checkExecSyncError(ret, args, cmd) {
  let err;
  if (ret.error) {
    err = ret.error;
    Object.assign(err, ret);
  } else if (ret.status !== 0) {
    let msg = 'Command failed: ';
    msg += cmd || args.join(' ');
    if (ret.stderr && ret.stderr.length > 0) msg += `\n${ret.stderr.toString()}`;
    err = binding.nodeFrames(new Error(msg), 'status');
    Object.assign(err, ret);
  }
  return err;
}

// execSync and execFileSync capture stderr and copy it to the parent's
// when the caller did not choose stdio, so that the error carries it too.
function inheritStderr(options, ret) {
  if (!options.stdio && ret.stderr && ret.stderr.length > 0) process.stderr.write(ret.stderr);
}

function execSync(command, options) {
  validateString(command, 'command');
  if (options != null && typeof options === 'object') options = { ...options };
  else options = {};
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  const ret = spawnSync(command, [], options);
  inheritStderr(options, ret);
  const err = checkExecSyncError(ret, undefined, command);
  if (err) binding.throwSync(err);
  return ret.stdout;
}

function execFileSync(file, args, options) {
  validateString(file, 'file');
  if (args != null && typeof args === 'object' && !Array.isArray(args)) {
    options = args;
    args = [];
  } else if (args != null && !Array.isArray(args)) {
    throw binding.invalidArgType('args', 'of type object', args);
  }
  options = options == null ? {} : { ...options };
  const ret = spawnSync(file, args || [], options);
  inheritStderr(options, ret);
  const err = checkExecSyncError(ret, [file, ...(args || [])], undefined);
  if (err) binding.throwSync(err);
  return ret.stdout;
}

// ---- ChildProcess ----

// pipeSocket is the net.Socket over a pipe to the child, as node's
// createSocket makes it: readable for the child's outputs (i > 0), not for
// its stdin. Its handle is made here, before the spawn, which opens the
// pipe on it; a spawn that failed leaves the socket without one.
function pipeSocket(i) {
  const net = require('net');
  const socket = new net.Socket({ readable: i > 0 });
  socket._newHandle(true);
  return socket;
}

function maybeClose(child) {
  child._closesGot++;
  if (child._closesGot === child._closesNeeded) child.emit('close', child.exitCode, child.signalCode);
}

// flushStdio lets output nobody reads drain after the exit, so that the
// streams end and 'close' can come.
function flushStdio(child) {
  for (const stream of child.stdio) {
    if (!stream || !stream.readable || usedAsStdio.has(stream) || stream.listenerCount('data') > 0 ||
        stream.listenerCount('readable') > 0) continue;
    stream.resume();
  }
}

// asyncSpawnErrors are the failures to start a process that node reports
// as the child's 'error' event; it throws the others from spawn.
const asyncSpawnErrors = new Set(['EACCES', 'EAGAIN', 'EMFILE', 'ENFILE', 'ENOENT']);

// exitHandles are the children's handles for their exits (see the
// ChildProcess constructor).
const exitHandles = new WeakMap();

function onErrorNT(child, errno) {
  child._handle.onexit(errno);
}

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    // The handle the process reports its exit through, as node's does:
    // its exit code and signal, or, a tick after a spawn that failed, the
    // error number (onErrorNT), where the error is made. Stacks taken in
    // 'exit' and 'error' listeners show node's frame for it.
    this._handle = { kill: () => [-3, 'ESRCH'], ref() {}, unref() {} };
    this._handle.onexit = (exitCode, signal) => {
      if (Array.isArray(exitCode)) {
        this._handle = null;
        this.exitCode = exitCode[0];
        const err = uvError(exitCode, `spawn ${this.spawnfile}`, this.spawnfile, this.spawnargs.slice(1));
        this.emit('error', binding.nodeFrames(err, 'spawn'));
        for (const stream of this.stdio || []) if (stream) stream.destroy();
      } else {
        if (signal) this.signalCode = signalName(signal);
        else this.exitCode = exitCode;
        if (this.stdin) this.stdin.destroy();
        this._handle = null;
        this.emit('exit', this.exitCode, this.signalCode);
        process.nextTick(flushStdio, this);
      }
      maybeClose(this);
    };
    exitHandles.set(this, this._handle);
    this._handle = null;
  }

  spawn(options) {
    validateObject(options, 'options');
    const { stdio, ipc, wraps } = normalizeStdio(options.stdio);
    validateString(options.file, 'options.file');
    const serialization = options.serialization || 'json';
    if (serialization !== 'json' && serialization !== 'advanced') {
      throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
        `The property 'options.serialization' must be one of: undefined, 'json', 'advanced'. Received ${binding.inspect(serialization)}`);
    }
    let envPairs = options.envPairs;
    if (ipc !== -1) {
      envPairs = [...(envPairs || []), `NODE_CHANNEL_FD=${ipc}`, `NODE_CHANNEL_SERIALIZATION_MODE=${serialization}`];
    }
    this.spawnfile = options.file;
    this.spawnargs = Array.isArray(options.args) ? options.args : [];
    const handle = exitHandles.get(this);
    const pipes = stdio.map((s, i) => (s === 'pipe' ? pipeSocket(i) : null));
    const r = binding.spawn({
      file: options.file,
      args: this.spawnargs,
      cwd: options.cwd,
      envPairs,
      stdio,
      ipc,
      detached: options.detached,
      uid: options.uid,
      gid: options.gid,
      handles: pipes.map((p) => p && p._handle),
    }, handle);
    if (Array.isArray(r)) for (const p of pipes) if (p) p._handle = null;
    if (Array.isArray(r) && !asyncSpawnErrors.has(r[1])) {
      // Any other failure (a bad fd in stdio) throws at once, as in node.
      this._handle = null;
      throw uvError(r, 'spawn');
    }
    if (Array.isArray(r)) {
      this._handle = handle;
      process.nextTick(onErrorNT, this, r);
      // Node stops there when out of descriptors; else it still gives the
      // failed child its pid (undefined) and its pipes, closed at once, so
      // that code attaching listeners to them does not throw.
      if (r[1] === 'EMFILE' || r[1] === 'ENFILE') return r[0];
      this.pid = undefined;
      // stdin, stdout and stderr come before stdio, in node's order.
      [this.stdin, this.stdout, this.stderr] = pipes;
      this.stdio = pipes;
      return r[0];
    }
    this._handle = r;
    this.pid = r.pid;
    stopWraps(wraps);
    pipes.forEach((socket, i) => {
      if (!socket) return;
      if (i > 0) {
        // Reading starts now, as a net.Socket made on a handle does.
        socket.read(0);
        this._closesNeeded++;
        socket.on('close', () => maybeClose(this));
      }
    });
    [this.stdin, this.stdout, this.stderr] = pipes;
    this.stdio = pipes;
    if (r.ipc) {
      // The stdio array has the channel's place, empty, as node's has.
      while (this.stdio.length <= ipc) this.stdio.push(null);
      this._closesNeeded++;
      setupChannel(this, r.ipc, serialization);
    }
    process.nextTick(() => this.emit('spawn'));
  }

  kill(sig) {
    const signal = sig === 0 ? 0 : toSignalNumber(sig === undefined ? 'SIGTERM' : sig, 'signal');
    if (!this._handle) return false;
    const err = this._handle.kill(signal);
    if (err === 0) {
      this.killed = true;
      return true;
    }
    if (err[1] !== 'ESRCH') this.emit('error', uvError(err, 'kill'));
    return false;
  }

  ref() {
    if (this._handle) this._handle.ref();
  }

  unref() {
    if (this._handle) this._handle.unref();
  }

  [Symbol.dispose]() {
    if (!this.killed) this.kill();
  }
}
// node assigns these to the prototype as anonymous functions: enumerable,
// and named "".
for (const key of ['spawn', 'kill', 'ref', 'unref', Symbol.dispose]) {
  const method = ChildProcess.prototype[key];
  Object.defineProperty(method, 'name', { value: '' });
  Object.defineProperty(ChildProcess.prototype, key, { enumerable: true });
}

function spawn(file, args, options) {
  const opts = normalizeSpawnArguments(file, args, options);
  validateTimeout(opts.timeout);
  validateAbortSignal(opts.signal, 'options.signal');
  const killSignal = opts.killSignal === undefined ? 'SIGTERM' : opts.killSignal;
  if (opts.killSignal !== undefined) toSignalNumber(killSignal, 'options.killSignal');
  const child = new ChildProcess();
  child.spawn(opts);
  if (opts.timeout > 0) {
    let timer = setTimeout(() => {
      timer = null;
      child.kill(killSignal);
    }, opts.timeout);
    child.once('exit', () => {
      if (timer) clearTimeout(timer);
    });
  }
  if (opts.signal) {
    const signal = opts.signal;
    const onAbort = () => {
      if (child.kill(killSignal)) {
        const err = binding.nodeError('Error', 'ABORT_ERR', 'The operation was aborted');
        err.name = 'AbortError';
        err.cause = signal.reason;
        child.emit('error', err);
      }
    };
    if (signal.aborted) process.nextTick(onAbort);
    else {
      signal.addEventListener('abort', onAbort, { once: true });
      child.once('exit', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return child;
}

// ---- exec, execFile ----

function execFile(file, args, options, callback) {
  if (typeof args === 'function') {
    callback = args;
    args = [];
    options = undefined;
  } else if (args != null && typeof args === 'object' && !Array.isArray(args)) {
    callback = options;
    options = args;
    args = [];
  } else if (args != null && !Array.isArray(args)) {
    throw binding.invalidArgType('args', 'of type object', args);
  }
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  if (callback != null) validateFunction(callback, 'callback');
  options = {
    encoding: 'utf8',
    timeout: 0,
    maxBuffer: MAX_BUFFER,
    killSignal: 'SIGTERM',
    cwd: null,
    env: null,
    shell: false,
    ...(options != null && typeof options === 'object' ? options : {}),
  };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  toSignalNumber(options.killSignal, 'options.killSignal');
  args = args || [];

  const child = spawn(file, args, {
    cwd: options.cwd,
    env: options.env,
    gid: options.gid,
    shell: options.shell,
    signal: options.signal,
    uid: options.uid,
    windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!options.windowsVerbatimArguments,
  });

  const encoding = options.encoding && options.encoding !== 'buffer' && Buffer().isEncoding(options.encoding)
    ? options.encoding : null;
  const chunks = { stdout: [], stderr: [] };
  const lengths = { stdout: 0, stderr: 0 };
  let killed = false;
  let exited = false;
  let ex = null;
  let timer = null;
  const cmd = [file, ...args].join(' ');

  function output(name) {
    const b = Buffer().concat(chunks[name]);
    return encoding ? b.toString(encoding) : b;
  }
  function exithandler(code, signal) {
    if (exited) return;
    exited = true;
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    if (!callback) return;
    const stdout = output('stdout');
    const stderr = output('stderr');
    if (!ex && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    if (ex) {
      ex.cmd = cmd;
    } else {
      ex = new Error(`Command failed: ${cmd}\n${stderr}`);
      ex.code = code < 0 ? child.exitCode : code;
      ex.killed = child.killed || killed;
      ex.signal = signal;
      ex.cmd = cmd;
    }
    callback(ex, stdout, stderr);
  }
  function errorhandler(e) {
    ex = e;
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    exithandler();
  }
  function kill() {
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    killed = true;
    try {
      child.kill(options.killSignal);
    } catch (e) {
      ex = e;
      exithandler();
    }
  }
  if (options.timeout > 0) {
    timer = setTimeout(() => {
      timer = null;
      kill();
    }, options.timeout);
  }
  for (const name of ['stdout', 'stderr']) {
    const stream = child[name];
    if (!stream) continue;
    stream.on('data', chunk => {
      const room = options.maxBuffer - lengths[name];
      if (chunk.length > room) {
        chunks[name].push(chunk.subarray(0, Math.max(room, 0)));
        lengths[name] = options.maxBuffer;
        ex = binding.nodeError('RangeError', 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER', `${name} maxBuffer length exceeded`);
        kill();
      } else {
        chunks[name].push(chunk);
        lengths[name] += chunk.length;
      }
    });
  }
  child.addListener('close', exithandler);
  child.addListener('error', errorhandler);
  return child;
}

function promisified(run) {
  return function(...args) {
    let child;
    const promise = new Promise((resolve, reject) => {
      child = run(...args, (err, stdout, stderr) => {
        if (err !== null) {
          err.stdout = stdout;
          err.stderr = stderr;
          reject(err);
        } else {
          resolve({ stdout, stderr });
        }
      });
    });
    promise.child = child;
    return promise;
  };
}

Object.defineProperty(execFile, customPromisify, {
  enumerable: false,
  value: promisified(execFile),
});

function exec(command, options, callback) {
  validateString(command, 'command');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  options = { ...(options != null && typeof options === 'object' ? options : {}) };
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  return execFile(command, options, callback);
}

Object.defineProperty(exec, customPromisify, {
  enumerable: false,
  value: promisified(exec),
});

// ---- the IPC channel ----
//
// Both ends of a channel are set up here: a ChildProcess in the parent and
// process in a forked child. Messages are in one of node's two
// serializations: "json", JSON text one per line, or "advanced", each
// message v8.serialize's bytes after their length as 4 bytes big-endian,
// a view written as a host object of type 0. Messages whose cmd starts
// with NODE_ are node's own (handle passing, cluster) and go to
// 'internalMessage'. Passing handles is not provided.

// jsonCodec and advancedCodec turn messages into bytes (encode) and
// chunks read into the messages they complete (decode); pending tells
// whether a message is half read.
function jsonCodec() {
  const { StringDecoder } = require('string_decoder');
  const decoder = new StringDecoder('utf8');
  let partial = '';
  return {
    encode(message) {
      return Buffer().from(JSON.stringify(message) + '\n', 'utf8');
    },
    decode(chunk) {
      const lines = (partial + decoder.write(chunk)).split('\n');
      partial = lines.pop();
      return lines.map(line => JSON.parse(line));
    },
    pending() {
      return partial.length > 0;
    },
  };
}

let advancedClasses;
function advancedSerializers() {
  if (advancedClasses) return advancedClasses;
  const v8 = require('v8');
  class ChildProcessSerializer extends v8.DefaultSerializer {
    _writeHostObject(object) {
      this.writeUint32(0);
      super._writeHostObject(object);
    }
  }
  class ChildProcessDeserializer extends v8.DefaultDeserializer {
    _readHostObject() {
      // Type 1 would be one of node's native handles, which Kiln does not pass.
      if (this.readUint32() !== 0) throw new Error('Unable to deserialize cloned data.');
      return super._readHostObject();
    }
  }
  advancedClasses = { ChildProcessSerializer, ChildProcessDeserializer };
  return advancedClasses;
}

function advancedCodec() {
  const { ChildProcessSerializer, ChildProcessDeserializer } = advancedSerializers();
  let buffered = null;
  return {
    encode(message) {
      const ser = new ChildProcessSerializer();
      ser.writeHeader();
      ser.writeValue(message);
      const body = ser.releaseBuffer();
      const frame = Buffer().allocUnsafe(4 + body.length);
      frame.writeUInt32BE(body.length, 0);
      body.copy(frame, 4);
      return frame;
    },
    decode(chunk) {
      buffered = buffered === null ? chunk : Buffer().concat([buffered, chunk]);
      const messages = [];
      while (buffered.length >= 4) {
        const size = buffered.readUInt32BE(0);
        if (buffered.length < 4 + size) break;
        const der = new ChildProcessDeserializer(buffered.subarray(4, 4 + size));
        buffered = buffered.subarray(4 + size);
        der.readHeader();
        messages.push(der.readValue());
      }
      if (buffered.length === 0) buffered = null;
      return messages;
    },
    pending() {
      return buffered !== null;
    },
  };
}

const kPendingMessages = Symbol('kPendingMessages');

// Control is process.channel and child.channel: it references the
// channel while 'message' or 'disconnect' listeners or writes want it,
// until the program calls ref() or unref() itself, as node's does.
class Control extends EventEmitter {
  #channel;
  #refs = 0;
  #refExplicitlySet = false;

  constructor(channel) {
    super();
    this.#channel = channel;
    this[kPendingMessages] = [];
  }

  refCounted() {
    if (++this.#refs === 1 && !this.#refExplicitlySet) this.#channel.ref();
  }

  unrefCounted() {
    if (--this.#refs === 0 && !this.#refExplicitlySet) {
      this.#channel.unref();
      this.emit('unref');
    }
  }

  ref() {
    this.#refExplicitlySet = true;
    this.#channel.ref();
  }

  unref() {
    this.#refExplicitlySet = true;
    this.#channel.unref();
  }

  get fd() {
    return this.#channel ? this.#channel.fd : undefined;
  }
}

function isInternal(message) {
  return message !== null && typeof message === 'object' && typeof message.cmd === 'string' &&
    message.cmd.length > 5 && message.cmd.startsWith('NODE_');
}

function setupChannel(target, channel, serialization) {
  const control = new Control(channel);
  target.channel = control;
  target.connected = true;
  const codec = serialization === 'advanced' ? advancedCodec() : jsonCodec();

  function emit(event, message) {
    if (event === 'internalMessage' || target.listenerCount('message')) {
      target.emit(event, message);
      return;
    }
    // Messages that came before any 'message' listener wait for one.
    target.channel[kPendingMessages].push([event, message]);
  }
  target.on('newListener', () => {
    process.nextTick(() => {
      if (!target.channel || !target.listenerCount('message')) return;
      const messages = target.channel[kPendingMessages];
      if (messages.length === 0) return;
      target.channel[kPendingMessages] = [];
      for (const m of messages) target.emit(...m);
    });
  });

  channel.buffering = false;
  channel.onread = (chunk, error) => {
    if (chunk) {
      const messages = codec.decode(toBuffer(chunk));
      channel.buffering = codec.pending();
      for (const message of messages) {
        if (!target.channel) return;
        process.nextTick(emit, isInternal(message) ? 'internalMessage' : 'message', message);
      }
      return;
    }
    // The other end closed (or the channel failed, which is the same to
    // a program: node does not report a read error on it either).
    // The channel's end counts towards 'close' after 'disconnect', as in
    // node.
    channel.buffering = false;
    channel.onread = () => {};
    if (target.connected) {
      target.connected = false;
      target._disconnect(() => maybeCloseChannel(target));
      return;
    }
    channel.close();
    maybeCloseChannel(target);
  };
  channel.readStart();

  target.send = function(message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined) {
      validateObject(options, 'options');
    }
    options = { swallowErrors: false, ...options };
    if (this.connected) return this._send(message, handle, options, callback);
    const ex = binding.nodeError('Error', 'ERR_IPC_CHANNEL_CLOSED', 'Channel closed');
    if (typeof callback === 'function') process.nextTick(callback, ex);
    else process.nextTick(() => this.emit('error', ex));
    return false;
  };

  target._send = function(message, handle, options, callback) {
    if (message === undefined) {
      throw binding.nodeError('TypeError', 'ERR_MISSING_ARGS', 'The "message" argument must be specified');
    }
    if (typeof message !== 'string' && typeof message !== 'object' && typeof message !== 'number' &&
        typeof message !== 'boolean') {
      throw binding.invalidArgType('message', 'one of type string, object, number, or boolean', message);
    }
    if (handle) {
      throw binding.nodeError('TypeError', 'ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent');
    }
    if (typeof options === 'boolean') options = { swallowErrors: options };
    const bytes = codec.encode(message);
    // As node: only a write still queued holds a reference on the
    // channel until it completes. Counting every write dropped the
    // parent's own reference after its first send, and a parent could
    // then end before reading the child's end of the channel.
    let queued = false;
    const err = channel.write(bytes, error => {
      if (queued) control.unrefCounted();
      if (error) {
        if (!options.swallowErrors) {
          const ex = uvError(error, 'write');
          if (typeof callback === 'function') callback(ex);
          else this.emit('error', ex);
        }
        return;
      }
      if (typeof callback === 'function') callback(null);
    });
    if (!err && channel.writeQueueSize() > 0) {
      queued = true;
      control.refCounted();
    }
    if (err) {
      if (!options.swallowErrors) {
        const ex = uvError(err, 'write');
        if (typeof callback === 'function') process.nextTick(callback, ex);
        else process.nextTick(() => this.emit('error', ex));
      }
    }
    // As node: tell the sender to stop once the other end is far behind.
    return channel.writeQueueSize() < 65536 * 2;
  };

  target.disconnect = function() {
    if (!this.connected) {
      this.emit('error', binding.nodeError('Error', 'ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected'));
      return;
    }
    this.connected = false;
    this._disconnect();
  };

  // _disconnect closes the channel and emits 'disconnect', then calls
  // after if given.
  target._disconnect = function(after) {
    this.channel = null;
    let fired = false;
    const finish = () => {
      if (fired) return;
      fired = true;
      channel.close();
      target.emit('disconnect');
      if (after) after();
    };
    // A message half read is delivered first.
    if (channel.buffering) {
      this.once('message', finish);
      this.once('internalMessage', finish);
      return;
    }
    process.nextTick(finish);
  };

  return control;
}

// maybeCloseChannel counts the channel's end towards a ChildProcess's
// 'close'. Only the other end's closing counts: after a disconnect() of
// its own, node's ChildProcess never emits 'close', and neither does
// this one.
function maybeCloseChannel(target) {
  if (target instanceof ChildProcess) maybeClose(target);
}

// _forkChild opens the channel of a child started with one: stdlib calls
// it before the main program runs when NODE_CHANNEL_FD is set, with that
// fd and NODE_CHANNEL_SERIALIZATION_MODE, as node's bootstrap does.
function _forkChild(fd, serializationMode) {
  delete process.env.NODE_CHANNEL_FD;
  delete process.env.NODE_CHANNEL_SERIALIZATION_MODE;
  const mode = serializationMode;
  const channel = binding.openChannel(fd);
  if (!channel) return;
  channel.unref();
  const control = setupChannel(process, channel, mode);
  process.on('newListener', name => {
    if (name === 'message' || name === 'disconnect') control.refCounted();
  });
  process.on('removeListener', name => {
    if (name === 'message' || name === 'disconnect') control.unrefCounted();
  });
  // A cluster worker sets itself up before the program runs, as node's.
  if ('NODE_UNIQUE_ID' in process.env) require('cluster');
}

function stdioStringToArray(stdio, channel) {
  if (stdio !== 'ignore' && stdio !== 'pipe' && stdio !== 'inherit' && stdio !== 'overlapped') {
    throw binding.invalidArgValue('stdio', stdio);
  }
  return [stdio, stdio, stdio, channel];
}

function fork(modulePath, args = [], options) {
  if (modulePath instanceof URL) modulePath = require('url').fileURLToPath(modulePath);
  else if (ArrayBuffer.isView(modulePath)) modulePath = toBuffer(modulePath).toString();
  else if (typeof modulePath !== 'string') {
    throw binding.invalidArgType('modulePath', 'of type string or an instance of Buffer or URL', modulePath);
  }
  validateNoNullBytes(modulePath, 'modulePath');
  if (args == null) {
    args = [];
  } else if (typeof args === 'object' && !Array.isArray(args)) {
    options = args;
    args = [];
  } else if (!Array.isArray(args)) {
    throw binding.invalidArgType('args', 'an instance of Array', args);
  }
  if (options != null) validateObject(options, 'options');
  options = { ...options, shell: false };
  options.execPath = options.execPath || process.execPath;
  validateNoNullBytes(options.execPath, 'options.execPath');
  let execArgv = options.execArgv || process.execArgv;
  if (execArgv === process.execArgv && process._eval != null) {
    // Not the parent's -e and its code, or the child would run them
    // instead of modulePath (and fork again), as node leaves them out.
    const index = execArgv.lastIndexOf(process._eval);
    if (index > 0) {
      execArgv = execArgv.slice();
      execArgv.splice(index - 1, 2);
    }
  }
  args = [...execArgv, modulePath, ...args];
  if (typeof options.stdio === 'string') {
    options.stdio = stdioStringToArray(options.stdio, 'ipc');
  } else if (!Array.isArray(options.stdio)) {
    // The channel is fd 3; the child shares stdin, stdout and stderr
    // unless silent.
    options.stdio = stdioStringToArray(options.silent ? 'pipe' : 'inherit', 'ipc');
  } else if (!options.stdio.includes('ipc')) {
    throw binding.nodeError('Error', 'ERR_CHILD_PROCESS_IPC_REQUIRED',
      "Forked processes must have an IPC channel, missing value 'ipc' in options.stdio");
  }
  return spawn(options.execPath, args, options);
}

module.exports = {
  _forkChild,
  ChildProcess,
  exec,
  execFile,
  execFileSync,
  execSync,
  fork,
  spawn,
  spawnSync,
};
