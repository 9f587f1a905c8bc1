// The fs module over the natives of stdlib/fs_binding.go. Every operation
// is written once, as impl(req, ...args): req undefined makes it a *Sync
// call that returns or throws, a function makes the binding run it on the
// worker pool and call req(err, value). The callback and promise forms
// are made from that one function, so all three validate alike.

const { defineConstants, withLength, reorderKeys } = require('internal/shape');
const C = defineConstants(binding.constants);
const encodings = ['utf8', 'utf-8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'latin1', 'binary', 'base64',
  'base64url', 'hex', 'ascii'];
const kMaxLength = 2 ** 53 - 1;

// ---- validation, with Node's messages ----

function outOfRange(name, range, value) {
  let received;
  if (Number.isInteger(value) && Math.abs(value) > 2 ** 32) {
    received = String(value).replace(/\B(?=(\d{3})+$)/g, '_');
  } else {
    received = binding.inspect(value);
  }
  return binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE',
    `The value of "${name}" is out of range. It must be ${range}. Received ${received}`);
}

function validateFunction(fn, name) {
  if (typeof fn !== 'function') throw binding.invalidArgType(name, 'of type function', fn);
  return fn;
}

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw binding.invalidArgType(name, 'of type number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw outOfRange(name, `>= ${min} && <= ${max}`, value);
  return value;
}

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  return validateInteger(value, name, min, max);
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw binding.invalidArgType(name, 'of type boolean', value);
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw binding.invalidArgType(name, 'of type object', value);
  }
}

function getValidatedFd(fd, name = 'fd') {
  if (Object.is(fd, -0)) return 0;
  return validateInt32(fd, name, 0);
}

// parseFileMode accepts a number or an octal string.
function parseFileMode(value, name, def) {
  value ??= def;
  if (typeof value === 'string') {
    if (!/^[0-7]+$/.test(value)) {
      throw binding.invalidArgValue(name, value, 'must be a 32-bit unsigned integer or an octal string');
    }
    value = parseInt(value, 8);
  }
  validateInteger(value, name, 0, 4294967295);
  return value;
}

// getValidMode is the C++ check behind access and copyFile's mode.
function getValidMode(mode, def) {
  if (mode === undefined || mode === null) return def;
  if (!Number.isInteger(mode) || mode < -2147483648 || mode > 2147483647) {
    throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_TYPE', 'mode must be int32 or null/undefined');
  }
  if (mode < 0 || mode > 7) throw binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE', 'mode is out of range: >= 0 && <= 7');
  return mode;
}

function isURL(v) {
  return v !== null && typeof v === 'object' && v.href !== undefined && v.protocol !== undefined &&
    v.auth === undefined && v.path === undefined;
}

function fileURLToPath(u) {
  let url;
  try {
    url = require('url');
  } catch {
    url = null;
  }
  if (url && typeof url.fileURLToPath === 'function') return url.fileURLToPath(u);
  if (u.protocol !== 'file:') throw binding.nodeError('TypeError', 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
  if (u.hostname !== '' && u.hostname !== 'localhost') {
    throw binding.nodeError('TypeError', 'ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on linux');
  }
  if (/%2f/i.test(u.pathname)) {
    throw binding.nodeError('TypeError', 'ERR_INVALID_FILE_URL_PATH', 'File URL path must not include encoded / characters');
  }
  return decodeURIComponent(u.pathname);
}

// getValidatedPath accepts a string, a Uint8Array (UTF-8 bytes) or a file:
// URL, and refuses null bytes, as Node does.
function getValidatedPath(path, name = 'path') {
  let p = path;
  if (isURL(p)) {
    p = fileURLToPath(p);
  } else if (p instanceof Uint8Array) {
    p = binding.decode(p, 'utf8');
  } else if (typeof p !== 'string') {
    throw binding.invalidArgType(name, 'of type string or an instance of Buffer or URL', path);
  }
  if (p.includes('\u0000')) {
    throw binding.invalidArgValue(name, path, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return p;
}

function assertEncoding(enc) {
  if (enc !== 'buffer' && enc !== undefined && enc !== null && !encodings.includes(String(enc).toLowerCase())) {
    throw binding.invalidArgValue('encoding', enc, 'is invalid encoding');
  }
}

function getOptions(options, defaults = {}) {
  if (options === null || options === undefined || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    options = { ...defaults, encoding: options };
  } else if (typeof options !== 'object') {
    throw binding.invalidArgType('options', 'one of type string or object', options);
  }
  assertEncoding(options.encoding);
  return options;
}

function encodingOf(options) {
  const enc = options.encoding;
  return enc === 'buffer' || enc === undefined || enc === null ? null : enc;
}

function checkData(data, name = 'data') {
  if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
    throw binding.invalidArgType(name, 'of type string or an instance of Buffer, TypedArray, or DataView', data);
  }
}

function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time; // eslint-disable-line eqeqeq
  if (Number.isFinite(time)) return time < 0 ? Date.now() / 1000 : time;
  if (time instanceof Date) return time.getTime() / 1000;
  throw binding.invalidArgType(name, 'an instance of Date or an Time in seconds', time);
}

// ---- bytes: a Buffer once the buffer module exists, a Uint8Array until then ----

function bufferClass() {
  try {
    return require('buffer').Buffer;
  } catch {
    return null;
  }
}

function toBuffer(bytes) {
  const B = bufferClass();
  return B ? B.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes;
}

function allocBytes(n) {
  const B = bufferClass();
  return B ? B.allocUnsafe(n) : new Uint8Array(n);
}

function encodeName(name, encoding) {
  if (encoding === 'buffer') {
    const B = bufferClass();
    return B ? B.from(name) : new TextEncoder().encode(name);
  }
  if (encoding && encoding !== 'utf8' && encoding !== 'utf-8') {
    return binding.decode(new TextEncoder().encode(name), encoding);
  }
  return name;
}

// ---- running an operation ----

// run calls the binding: now when req is undefined (then post shapes the
// result), else on the pool with req getting the shaped result.
function run(req, post, fn, ...args) {
  if (req === undefined) {
    const r = fn(...args, undefined);
    return post ? post(r) : r;
  }
  fn(...args, (err, v) => (err ? req(err) : req(null, post ? post(v) : v)));
}

const api = {};

// define makes name, nameSync and promises.name from impl(req, ...args);
// arity is how many arguments come before the callback at most.
// variant, given, names the variant of a promise form's call whose failure
// node shows with other frames (see binding.promiseFailure).
// define makes the callback, Sync and promise forms of an operation that
// takes arity arguments. Their lengths are node's: the parameters its
// functions declare before the first default, arity + 1 (the callback),
// arity and arity unless lengths says otherwise ([callback, sync, promise]).
function define(name, arity, impl, { promise = true, sync = true, variant, lengths = [arity + 1, arity, arity] } = {}) {
  if (sync) {
    api[name + 'Sync'] = withLength({ [name + 'Sync'](...args) { return impl(undefined, ...args); } }[name + 'Sync'], lengths[1]);
  }
  api[name] = withLength({
    [name](...args) {
      let cb;
      if (args.length > 0 && typeof args[args.length - 1] === 'function') cb = args.pop();
      else if (args.length > arity) cb = args[arity];
      validateFunction(cb, 'cb');
      args.length = Math.min(args.length, arity);
      impl((err, v) => (err ? cb(err) : cb(null, v)), ...args);
    },
  }[name], lengths[0]);
  if (promise) promises[name] = withLength(promiseForm(name, arity, impl, variant), lengths[2]);
}

function promiseForm(name, arity, impl, variant) {
  return {
    async [name](...args) {
      args.length = Math.min(args.length, arity);
      const which = variant === undefined ? '' : variant(...args);
      return settled(await new Promise((resolve) => {
        impl((err, v) => resolve({ err, v }), ...args);
      }), which);
    },
  }[name];
}

// settled is the value of a promise form's operation, or throws its
// error: from the function the program called, resumed after its await,
// so that the error gets node's async frames (binding.promiseFailure).
function settled({ err, v }, variant = '') {
  if (err) throw binding.promiseFailure(err, variant);
  return v;
}

const promises = {};

// ---- Stats and Dirent ----

const S_IFMT = C.S_IFMT;
const modeTypes = {
  isDirectory: C.S_IFDIR, isFile: C.S_IFREG, isBlockDevice: C.S_IFBLK, isCharacterDevice: C.S_IFCHR,
  isSymbolicLink: C.S_IFLNK, isFIFO: C.S_IFIFO, isSocket: C.S_IFSOCK,
};

function StatsBase() {}
for (const name of Object.keys(modeTypes)) {
  const bits = modeTypes[name];
  Object.defineProperty(StatsBase.prototype, name, {
    value: { [name]() {
      // BigIntStats hold the mode as a bigint, which & cannot mix with numbers.
      return (Number(this.mode) & S_IFMT) === bits;
    } }[name],
    writable: true, configurable: true, enumerable: false,
  });
}

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
  this.atime = new Date(Math.round(atimeMs));
  this.mtime = new Date(Math.round(mtimeMs));
  this.ctime = new Date(Math.round(ctimeMs));
  this.birthtime = new Date(Math.round(birthtimeMs));
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Object.setPrototypeOf(Stats, StatsBase);

const makeStats = (f) => Reflect.construct(Stats, f);

// BigIntStats is stat's { bigint: true } result: every field a bigint, the
// times also in nanoseconds (rebuilt from the binding's fractional
// milliseconds, so below a microsecond they are approximate).
function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  const big = (n) => BigInt(Math.floor(n));
  const ns = (ms) => big(ms) * 1000000n + BigInt(Math.round((ms - Math.floor(ms)) * 1e6));
  this.dev = big(dev);
  this.mode = big(mode);
  this.nlink = big(nlink);
  this.uid = big(uid);
  this.gid = big(gid);
  this.rdev = big(rdev);
  this.blksize = big(blksize);
  this.ino = big(ino);
  this.size = big(size);
  this.blocks = big(blocks);
  this.atimeMs = big(atimeMs);
  this.mtimeMs = big(mtimeMs);
  this.ctimeMs = big(ctimeMs);
  this.birthtimeMs = big(birthtimeMs);
  this.atimeNs = ns(atimeMs);
  this.mtimeNs = ns(mtimeMs);
  this.ctimeNs = ns(ctimeMs);
  this.birthtimeNs = ns(birthtimeMs);
  this.atime = new Date(Math.floor(atimeMs));
  this.mtime = new Date(Math.floor(mtimeMs));
  this.ctime = new Date(Math.floor(ctimeMs));
  this.birthtime = new Date(Math.floor(birthtimeMs));
}
Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
Object.setPrototypeOf(BigIntStats, StatsBase);

const makeBigIntStats = (f) => Reflect.construct(BigIntStats, f);
const statsMaker = (options) => (options && options.bigint ? makeBigIntStats : makeStats);

const kType = Symbol('type');
class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }
  isDirectory() { return this[kType] === C.UV_DIRENT_DIR; }
  isFile() { return this[kType] === C.UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === C.UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === C.UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === C.UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === C.UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === C.UV_DIRENT_SOCKET; }
}

// ---- descriptors: open, close, read, write ----

function flagsOf(flags, def) {
  return flags === undefined || flags === null ? def : flags;
}

define('open', 3, (req, path, flags, mode) => {
  path = getValidatedPath(path);
  return run(req, null, binding.open, path, flagsOf(flags, 'r'), parseFileMode(mode, 'mode', 0o666));
}, { promise: false });

define('close', 1, (req, fd) => run(req, null, binding.close, getValidatedFd(fd)), { promise: false, lengths: [1, 1] });
api.close = function close(fd, callback = () => {}) {
  fd = getValidatedFd(fd);
  validateFunction(callback, 'cb');
  binding.close(fd, (err) => callback(err || null));
};

function validateBuffer(buffer) {
  if (!ArrayBuffer.isView(buffer)) {
    throw binding.invalidArgType('buffer', 'an instance of Buffer, TypedArray, or DataView', buffer);
  }
}

function validatePosition(position, length) {
  if (typeof position === 'bigint') return Number(position);
  if (typeof position !== 'number') throw binding.invalidArgType('position', 'of type bigint or integer', position);
  if (!Number.isInteger(position)) throw outOfRange('position', 'an integer', position);
  if (position < -1 || position > kMaxLength - length) {
    throw outOfRange('position', `>= -1 && <= ${kMaxLength - length}`, position);
  }
  return position;
}

// readArgs normalises read's (buffer, offset, length, position) or
// (buffer, {offset, length, position}); null means nothing to read.
function readArgs(buffer, offset, length, position) {
  validateBuffer(buffer);
  if (offset !== null && typeof offset === 'object') {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
  }
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length = length === undefined ? buffer.byteLength - offset : length | 0;
  if (length === 0) return null;
  if (buffer.byteLength === 0) throw binding.invalidArgValue('buffer', buffer, 'is empty and cannot be written');
  if (length < 0) throw outOfRange('length', '>= 0', length);
  if (offset + length > buffer.byteLength) throw outOfRange('length', `<= ${buffer.byteLength - offset}`, length);
  position = position == null ? -1 : validatePosition(position, length);
  return [offset, length, position];
}

api.readSync = function readSync(fd, buffer, offset, length, position) {
  fd = getValidatedFd(fd);
  const a = readArgs(buffer, offset, length, position);
  return a === null ? 0 : binding.read(fd, buffer, a[0], a[1], a[2], undefined);
};

api.read = function read(fd, buffer, offset, length, position, callback) {
  fd = getValidatedFd(fd);
  const args = [buffer, offset, length, position, callback];
  callback = args.findLast((a) => typeof a === 'function');
  validateFunction(callback, 'cb');
  args.length = args.indexOf(callback);
  [buffer, offset, length, position] = args;
  if (buffer === undefined || (buffer !== null && typeof buffer === 'object' && !ArrayBuffer.isView(buffer))) {
    const o = buffer || {};
    buffer = o.buffer ?? allocBytes(16384);
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = o);
  }
  const a = readArgs(buffer, offset, length, position);
  if (a === null) {
    process.nextTick(callback, null, 0, buffer);
    return;
  }
  binding.read(fd, buffer, a[0], a[1], a[2], (err, n) => (err ? callback(err) : callback(null, n, buffer)));
};

// writeArgs normalises write's (buffer, offset, length, position) or
// (string, position, encoding) into the binding's arguments.
function writeArgs(buffer, offset, length, position) {
  if (ArrayBuffer.isView(buffer)) {
    if (offset !== null && typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
    }
    if (typeof offset !== 'number') offset = 0;
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    if (offset > buffer.byteLength) throw outOfRange('offset', `<= ${buffer.byteLength}`, offset);
    if (length > buffer.byteLength - offset) throw outOfRange('length', `<= ${buffer.byteLength - offset}`, length);
    if (length < 0) throw outOfRange('length', '>= 0', length);
    validateInt32(length, 'length', 0);
    return [buffer, offset, length, position ?? -1];
  }
  if (typeof buffer !== 'string') {
    throw binding.invalidArgType('buffer', 'of type string or an instance of Buffer, TypedArray, or DataView', buffer);
  }
  const encoding = length ?? 'utf8';
  assertEncoding(encoding);
  return [buffer, encoding, 0, typeof offset === 'number' ? offset : -1];
}

api.writeSync = function writeSync(fd, buffer, offset, length, position) {
  fd = getValidatedFd(fd);
  return binding.write(fd, ...writeArgs(buffer, offset, length, position), undefined);
};

api.write = function write(fd, buffer, offset, length, position, callback) {
  fd = getValidatedFd(fd);
  const args = [offset, length, position, callback];
  callback = args.findLast((a) => typeof a === 'function');
  validateFunction(callback, 'cb');
  args.length = args.indexOf(callback);
  binding.write(fd, ...writeArgs(buffer, ...args),
    (err, n) => (err ? callback(err) : callback(null, n, buffer)));
};

// readv and writev: a list of buffers filled or written in turn, at
// position (advancing) or, without a safe integer, at the file's position.
function vectorArgs(buffers, position) {
  if (!Array.isArray(buffers) || !buffers.every((b) => ArrayBuffer.isView(b))) {
    throw binding.invalidArgType('buffers', 'an ArrayBufferView[]', buffers);
  }
  return [buffers, Number.isSafeInteger(position) ? position : -1];
}

api.readvSync = function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  return binding.readv(fd, ...vectorArgs(buffers, position), undefined);
};

api.readv = function readv(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  const args = vectorArgs(buffers, position);
  callback ||= position;
  validateFunction(callback, 'cb');
  binding.readv(fd, ...args, (err, n) => (err ? callback(err) : callback(null, n, buffers)));
};

api.writevSync = function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  return binding.writev(fd, ...vectorArgs(buffers, position), undefined);
};

api.writev = function writev(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  const args = vectorArgs(buffers, position);
  callback ||= position;
  validateFunction(callback, 'cb');
  binding.writev(fd, ...args, (err, n) => (err ? callback(err) : callback(null, n, buffers)));
};

// ---- whole files ----

function readFileImpl(req, path, options) {
  options = getOptions(options, { flag: 'r' });
  const target = typeof path === 'number' ? getValidatedFd(path) : getValidatedPath(path);
  const encoding = encodingOf(options);
  const flags = flagsOf(options.flag, 'r');
  if (req !== undefined && typeof target !== 'number') {
    // Node's callback readFile opens, stats, reads and closes as separate
    // requests, so it takes several loop turns; programs see that in what
    // runs before it (an immediate, a shorter fs call).
    binding.open(target, flags, 0o666, (err, fd) => {
      if (err) return req(err);
      binding.fstat(fd, (err) => {
        const finish = (err, data) => binding.close(fd, (cerr) => {
          if (err || cerr) req(err || cerr);
          else req(null, encoding === null ? toBuffer(data) : data);
        });
        if (err) return finish(err);
        binding.readFile(fd, flags, encoding, finish);
      });
    });
    return undefined;
  }
  return run(req, encoding === null ? toBuffer : null, binding.readFile, target, flags, encoding);
}
define('readFile', 2, readFileImpl, { promise: false });

function writeFileImpl(defaultFlag) {
  return (req, file, data, options) => {
    options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: defaultFlag });
    checkData(data);
    const target = typeof file === 'number' ? getValidatedFd(file) : getValidatedPath(file, 'path');
    const flags = flagsOf(options.flag, defaultFlag);
    const mode = parseFileMode(options.mode, 'mode', 0o666);
    if (req !== undefined && typeof target !== 'number') {
      // As readFile: open, write and close are separate loop turns in Node.
      binding.open(target, flags, mode, (err, fd) => {
        if (err) return req(err);
        binding.writeFile(fd, data, options.encoding ?? 'utf8', flags, mode, (err) => {
          binding.close(fd, (cerr) => req(err || cerr || null));
        });
      });
      return undefined;
    }
    return run(req, null, binding.writeFile, target, data, options.encoding ?? 'utf8', flags, mode);
  };
}
define('writeFile', 3, writeFileImpl('w'), { promise: false });
define('appendFile', 3, writeFileImpl('a'), { promise: false });

// ---- metadata ----

function statImpl(lstat) {
  return (req, path, options = { bigint: false, throwIfNoEntry: true }) => {
    path = getValidatedPath(path);
    if (req === undefined && options && options.throwIfNoEntry === false) {
      try {
        return statsMaker(options)(binding.stat(path, lstat, undefined));
      } catch (e) {
        if (e.code === 'ENOENT' || e.code === 'ENOTDIR') return undefined;
        throw e;
      }
    }
    return run(req, statsMaker(options), binding.stat, path, lstat);
  };
}
define('stat', 2, statImpl(false), { lengths: [1, 1, 1] });
define('lstat', 2, statImpl(true), { lengths: [1, 1, 1] });
define('fstat', 2, (req, fd, options) => run(req, statsMaker(options), binding.fstat, getValidatedFd(fd)), { promise: false, lengths: [1, 1] });

// statfs: the file system's figures, numbers or (bigint: true) bigints.
class StatFs {
  constructor(type, bsize, blocks, bfree, bavail, files, ffree) {
    this.type = type;
    this.bsize = bsize;
    this.blocks = blocks;
    this.bfree = bfree;
    this.bavail = bavail;
    this.files = files;
    this.ffree = ffree;
  }
}
define('statfs', 2, (req, path, options) => {
  const big = Boolean(options?.bigint);
  return run(req, (a) => new StatFs(...(big ? a.map(BigInt) : a)), binding.statfs, getValidatedPath(path));
}, { lengths: [1, 1, 1] });

// openAsBlob reads the file now (node's Blob reads it lazily, which only
// shows for a file that changes before the blob is read).
api.openAsBlob = function openAsBlob(path, options = {}) {
  if (options === null || typeof options !== 'object') throw binding.invalidArgType('options', 'of type object', options);
  const type = options.type || '';
  if (typeof type !== 'string') throw binding.invalidArgType('options.type', 'of type string', type);
  path = getValidatedPath(path);
  let data;
  try {
    data = api.readFileSync(path);
  } catch {
    throw binding.codedError('TypeError', 'ERR_INVALID_ARG_VALUE', 'Unable to open file as blob');
  }
  return Promise.resolve(new Blob([data], { type }));
};

define('access', 2, (req, path, mode) => {
  path = getValidatedPath(path);
  return run(req, null, binding.access, path, getValidMode(mode, C.F_OK));
}, { lengths: [3, 2, 1] });

api.existsSync = function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    return false;
  }
  return binding.exists(path, undefined);
};

api.exists = function exists(path, callback) {
  validateFunction(callback, 'cb');
  try {
    path = getValidatedPath(path);
  } catch {
    process.nextTick(callback, false);
    return;
  }
  binding.exists(path, (err, ok) => callback(ok));
};

define('chmod', 2, (req, path, mode) => run(req, null, binding.chmod, getValidatedPath(path), parseFileMode(mode, 'mode')));
define('fchmod', 2, (req, fd, mode) => run(req, null, binding.fchmod, getValidatedFd(fd), parseFileMode(mode, 'mode')),
  { promise: false });
// lchmod exists on macOS only: elsewhere node has the names with undefined
// values, and promises.lchmod rejects.
if (process.platform === 'darwin') {
  define('lchmod', 2, (req, path, mode) => run(req, null, binding.chmod, getValidatedPath(path), parseFileMode(mode, 'mode')));
} else {
  api.lchmod = undefined;
  api.lchmodSync = undefined;
  promises.lchmod = async function lchmod(path, mode) {
    throw binding.nodeError('Error', 'ERR_METHOD_NOT_IMPLEMENTED', 'The lchmod() method is not implemented');
  };
}

function ids(uid, gid) {
  return [validateInteger(uid, 'uid', -1, 4294967295), validateInteger(gid, 'gid', -1, 4294967295)];
}
define('chown', 3, (req, path, uid, gid) => run(req, null, binding.chown, getValidatedPath(path), ...ids(uid, gid)));
define('lchown', 3, (req, path, uid, gid) => run(req, null, binding.lchown, getValidatedPath(path), ...ids(uid, gid)));
define('fchown', 3, (req, fd, uid, gid) => run(req, null, binding.fchown, getValidatedFd(fd), ...ids(uid, gid)),
  { promise: false });

function times(atime, mtime) {
  return [toUnixTimestamp(atime), toUnixTimestamp(mtime)];
}
define('utimes', 3, (req, path, atime, mtime) =>
  run(req, null, binding.utimes, getValidatedPath(path), ...times(atime, mtime)));
define('lutimes', 3, (req, path, atime, mtime) =>
  run(req, null, binding.lutimes, getValidatedPath(path), ...times(atime, mtime)));
define('futimes', 3, (req, fd, atime, mtime) => run(req, null, binding.futimes, getValidatedFd(fd), ...times(atime, mtime)),
  { promise: false });

function ftruncateImpl(req, fd, len = 0) {
  fd = getValidatedFd(fd);
  return run(req, null, binding.ftruncate, fd, Math.max(0, validateInteger(len, 'len')));
}
define('ftruncate', 2, ftruncateImpl, { promise: false, lengths: [1, 1] });

// truncate opens the file and truncates the descriptor, as Node does.
define('truncate', 2, (req, path, len = 0) => {
  if (typeof path === 'number') return ftruncateImpl(req, path, len);
  path = getValidatedPath(path);
  if (req === undefined) {
    const fd = binding.open(path, 'r+', 0o666, undefined);
    try {
      return ftruncateImpl(undefined, fd, len);
    } finally {
      binding.close(fd, undefined);
    }
  }
  validateInteger(len, 'len');
  binding.open(path, 'r+', 0o666, (err, fd) => {
    if (err) return req(err);
    binding.ftruncate(fd, Math.max(0, len), (err) => binding.close(fd, (err2) => req(err || err2 || null)));
  });
}, { lengths: [3, 2, 1] });
define('fsync', 1, (req, fd) => run(req, null, binding.fsync, getValidatedFd(fd)), { promise: false });
define('fdatasync', 1, (req, fd) => run(req, null, binding.fdatasync, getValidatedFd(fd)), { promise: false });

// ---- directories and names ----

define('readdir', 2, (req, path, options) => {
  path = getValidatedPath(path);
  options = getOptions(options);
  const encoding = options.encoding;
  const recursive = options.recursive ?? false;
  validateBoolean(recursive, 'options.recursive');
  const withTypes = !!options.withFileTypes;
  return run(req, ([names, types, parents]) => {
    if (withTypes) return names.map((n, i) => new Dirent(encodeName(baseName(n), encoding), types[i], parents[i]));
    return names.map((n) => encodeName(n, encoding));
  }, binding.readdir, path, recursive);
}, { variant: (path, options) => (options !== null && typeof options === 'object' && options.recursive ? 'recursive' : '') });

function baseName(p) {
  const i = p.lastIndexOf('/');
  return i < 0 ? p : p.slice(i + 1);
}

define('mkdir', 2, (req, path, options) => {
  path = getValidatedPath(path);
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = options;
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = options.mode;
  }
  validateBoolean(recursive, 'options.recursive');
  return run(req, null, binding.mkdir, path, recursive, parseFileMode(mode, 'mode'));
});

define('mkdtemp', 2, (req, prefix, options) => {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  return run(req, (d) => encodeName(d, options.encoding), binding.mkdtemp, prefix);
});

function rmOptions(options) {
  if (options === undefined) options = {};
  validateObject(options, 'options');
  const { recursive = false, force = false } = options;
  validateBoolean(force, 'options.force');
  validateBoolean(recursive, 'options.recursive');
  return [recursive, force];
}
define('rm', 2, (req, path, options) => run(req, null, binding.rm, getValidatedPath(path), ...rmOptions(options)));

define('rmdir', 2, (req, path, options) => {
  path = getValidatedPath(path);
  if (options && options.recursive) {
    validateBoolean(options.recursive, 'options.recursive');
    return run(req, null, binding.rm, path, true, false);
  }
  return run(req, null, binding.rmdir, path);
});
define('unlink', 1, (req, path) => run(req, null, binding.unlink, getValidatedPath(path)));

define('rename', 2, (req, from, to) =>
  run(req, null, binding.rename, getValidatedPath(from, 'oldPath'), getValidatedPath(to, 'newPath')));
define('copyFile', 3, (req, src, dest, mode) =>
  run(req, null, binding.copyfile, getValidatedPath(src, 'src'), getValidatedPath(dest, 'dest'), getValidMode(mode, 0)));
// ---- opendir: a Dir reads a folder's entries one at a time ----

// The entries are read when the folder is opened; Node reads them in
// batches, which only shows for folders changing while they are read.
class Dir {
  #entries;
  #closed = false;
  #path;
  constructor(path, entries) {
    this.#entries = entries;
    this.#path = path;
  }
  get path() { return this.#path; }
  #check() {
    if (this.#closed) throw binding.nodeError('Error', 'ERR_DIR_CLOSED', 'Directory handle was closed');
  }
  readSync() {
    this.#check();
    return this.#entries.length > 0 ? this.#entries.shift() : null;
  }
  read(callback) {
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      let result;
      try {
        result = this.readSync();
      } catch (e) {
        process.nextTick(callback, e);
        return undefined;
      }
      process.nextTick(callback, null, result);
      return undefined;
    }
    return new Promise((resolve) => resolve(this.readSync()));
  }
  closeSync() {
    this.#check();
    this.#closed = true;
  }
  close(callback) {
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      try {
        this.closeSync();
      } catch (e) {
        process.nextTick(callback, e);
        return undefined;
      }
      process.nextTick(callback, null);
      return undefined;
    }
    return new Promise((resolve) => resolve(this.closeSync()));
  }
  async* entries() {
    try {
      for (;;) {
        const entry = await this.read();
        if (entry === null) break;
        yield entry;
      }
    } finally {
      if (!this.#closed) this.closeSync();
    }
  }
  [Symbol.asyncIterator]() {
    return this.entries();
  }
}
// node's constructor takes (handle, path, options).
withLength(Dir, 3);

// opendirError is readdir's error as opendir reports it: its own syscall,
// and (as Node's sync form does) no path when thrown synchronously.
function opendirError(e, sync) {
  if (e === null || typeof e !== 'object' || e.syscall !== 'scandir') return e;
  const head = `${e.code}: ${String(e.message).slice(e.code.length + 2).split(', scandir')[0]}, opendir`;
  const message = sync ? head : `${head} '${e.path}'`;
  e.stack = String(e.stack).replace(e.message, message);
  e.message = message;
  e.syscall = 'opendir';
  if (sync) delete e.path;
  return e;
}

define('opendir', 2, (req, path, options) => {
  path = getValidatedPath(path);
  const open = (entries) => new Dir(path, entries);
  const list = (p, o, cb) => {
    if (cb !== undefined) return api.readdir(p, o, (err, entries) => cb(opendirError(err, false), entries));
    try {
      return api.readdirSync(p, o);
    } catch (e) {
      throw opendirError(e, true);
    }
  };
  return run(req, open, list, path, { ...getOptions(options), withFileTypes: true });
}, { lengths: [3, 2, 3] });

// ---- cp: copy files and folders, as Node's fs.cp does ----

function cpOptions(options) {
  if (options === undefined) options = {};
  validateObject(options, 'options');
  const o = {
    dereference: false, errorOnExist: false, force: true, preserveTimestamps: false, recursive: false,
    verbatimSymlinks: false, mode: 0, ...options,
  };
  for (const k of ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive', 'verbatimSymlinks']) {
    validateBoolean(o[k], 'options.' + k);
  }
  if (o.filter !== undefined) validateFunction(o.filter, 'options.filter');
  return o;
}

function isSubdir(src, dest) {
  const s = pathMod().resolve(src).split('/').filter(Boolean);
  const d = pathMod().resolve(dest).split('/').filter(Boolean);
  return s.every((part, i) => d[i] === part);
}

function pathMod() {
  return require('path');
}

// cpCheck is the validation Node does before copying one entry; it returns
// the source's stats and the destination's (undefined when absent).
function cpCheck(src, dest, o) {
  const statOf = (p) => (o.dereference ? api.statSync(p) : api.lstatSync(p));
  const srcStat = statOf(src);
  let destStat;
  try {
    destStat = statOf(dest);
  } catch (e) {
    if (e.code !== 'ENOENT') throw e;
  }
  if (destStat && srcStat.ino === destStat.ino && srcStat.dev === destStat.dev) {
    throw binding.cpError('ERR_FS_CP_EINVAL', 'Invalid src or dest', 'EINVAL', 'src and dest cannot be the same', dest);
  }
  if (srcStat.isDirectory() && !o.recursive) {
    // Node reports EINVAL's errno with this one.
    throw binding.cpError('ERR_FS_EISDIR', 'Path is a directory', 'EISDIR', `${src} is a directory (not copied)`, src, 'EINVAL');
  }
  if (destStat) {
    if (srcStat.isDirectory() && !destStat.isDirectory()) {
      throw binding.cpError('ERR_FS_CP_DIR_TO_NON_DIR', 'Cannot overwrite non-directory with directory', 'EISDIR',
        `cannot overwrite non-directory ${dest} with directory ${src}`, dest);
    }
    if (!srcStat.isDirectory() && destStat.isDirectory()) {
      throw binding.cpError('ERR_FS_CP_NON_DIR_TO_DIR', 'Cannot overwrite directory with non-directory', 'ENOTDIR',
        `cannot overwrite directory ${dest} with non-directory ${src}`, dest);
    }
  }
  if (srcStat.isDirectory() && isSubdir(src, dest)) {
    throw binding.cpError('ERR_FS_CP_EINVAL', 'Invalid src or dest', 'EINVAL',
      `cannot copy ${src} to a subdirectory of self ${dest}`, dest);
  }
  return { srcStat, destStat };
}

// cpEntry copies one checked entry; copyChild copies a folder's child (and
// may be asynchronous, for the async filter of fs.cp and fs.promises.cp).
function cpEntry(src, dest, o, srcStat, destStat, copyChild) {
  if (srcStat.isDirectory()) {
    if (!destStat) api.mkdirSync(dest, srcStat.mode & 0o7777);
    const names = api.readdirSync(src);
    return names.reduce((prev, name) => {
      const next = () => copyChild(pathMod().join(src, name), pathMod().join(dest, name));
      return prev instanceof Promise ? prev.then(next) : next();
    }, undefined);
  }
  if (srcStat.isSymbolicLink()) {
    let target = api.readlinkSync(src);
    if (!o.verbatimSymlinks && !pathMod().isAbsolute(target)) target = pathMod().resolve(pathMod().dirname(src), target);
    if (destStat) api.unlinkSync(dest);
    api.symlinkSync(target, dest);
    return undefined;
  }
  if (destStat) {
    if (o.errorOnExist && !o.force) {
      throw binding.cpError('ERR_FS_CP_EEXIST', 'Target already exists', 'EEXIST', `${dest} already exists`, dest);
    }
    if (!o.force) return undefined;
    api.unlinkSync(dest);
  }
  api.copyFileSync(src, dest, o.mode);
  if (o.preserveTimestamps) api.utimesSync(dest, srcStat.atime, srcStat.mtime);
  return undefined;
}

function cpSyncOne(src, dest, o) {
  if (o.filter !== undefined) {
    const keep = o.filter(src, dest);
    if (keep instanceof Promise) {
      throw binding.nodeError('Error', 'ERR_INVALID_RETURN_VALUE',
        'Expected a boolean from the filter function, but got an instance of Promise.');
    }
    if (!keep) return;
  }
  const { srcStat, destStat } = cpCheck(src, dest, o);
  cpEntry(src, dest, o, srcStat, destStat, (s, d) => cpSyncOne(s, d, o));
}

async function cpAsyncOne(src, dest, o) {
  if (o.filter !== undefined && !(await o.filter(src, dest))) return;
  const { srcStat, destStat } = cpCheck(src, dest, o);
  await cpEntry(src, dest, o, srcStat, destStat, (s, d) => cpAsyncOne(s, d, o));
}

define('cp', 3, (req, src, dest, options) => {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  const o = cpOptions(options);
  if (req === undefined) return cpSyncOne(src, dest, o);
  // The copy runs its file operations one after another; the callback
  // still comes from the event loop, never synchronously.
  cpAsyncOne(src, dest, o).then(
    () => setImmediate(() => req(null)),
    (err) => setImmediate(() => req(err)));
  return undefined;
});

define('link', 2, (req, existing, newPath) =>
  run(req, null, binding.link, getValidatedPath(existing, 'existingPath'), getValidatedPath(newPath, 'newPath')));
define('symlink', 3, (req, target, path, type) => {
  if (type !== undefined && type !== null && type !== 'dir' && type !== 'file' && type !== 'junction') {
    throw binding.nodeError('Error', 'ERR_FS_INVALID_SYMLINK_TYPE',
      `Symlink type must be one of "dir", "file", or "junction". Received "${type}"`);
  }
  return run(req, null, binding.symlink, getValidatedPath(target, 'target'), getValidatedPath(path));
});
define('readlink', 2, (req, path, options) => {
  options = getOptions(options);
  return run(req, (s) => encodeName(s, options.encoding), binding.readlink, getValidatedPath(path, 'oldPath'));
});

function realpathImpl(native) {
  return (req, path, options) => {
    options = getOptions(options);
    return run(req, (s) => encodeName(s, options.encoding), binding.realpath, getValidatedPath(path), native);
  };
}
define('realpath', 2, realpathImpl(false));
// node's fs.promises.realpath is the system's, as fs.realpath.native.
promises.realpath = withLength(promiseForm('realpath', 2, realpathImpl(true)), 2);
api.realpathSync.native = function native(path, options) { return realpathImpl(true)(undefined, path, options); };
api.realpath.native = function native(path, options, callback) {
  if (typeof options === 'function') [options, callback] = [undefined, options];
  validateFunction(callback, 'cb');
  realpathImpl(true)(callback, path, options);
};

// ---- fs.promises: the shared forms above, and FileHandle ----

class FileHandle {
  #fd;
  #streamClosed;
  constructor(fd) {
    this.#fd = fd;
  }
  get fd() { return this.#fd; }
  #call(impl, ...args) {
    return new Promise((resolve, reject) => impl((err, v) => (err ? reject(err) : resolve(v)), this.#fd, ...args));
  }
  async read(buffer, offset, length, position) {
    if (buffer === undefined || (buffer !== null && typeof buffer === 'object' && !ArrayBuffer.isView(buffer))) {
      const o = buffer || {};
      buffer = o.buffer ?? allocBytes(16384);
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = o);
    }
    const a = readArgs(buffer, offset, length, position);
    const bytesRead = a === null ? 0 : await new Promise((resolve, reject) => {
      binding.read(this.#fd, buffer, a[0], a[1], a[2], (err, n) => (err ? reject(err) : resolve(n)));
    });
    return { bytesRead, buffer };
  }
  async write(buffer, offset, length, position) {
    const bytesWritten = await new Promise((resolve, reject) => {
      binding.write(this.#fd, ...writeArgs(buffer, offset, length, position), (err, n) => (err ? reject(err) : resolve(n)));
    });
    return { bytesWritten, buffer };
  }
  async readv(buffers, position) {
    const bytesRead = await this.#call((req, fd) => binding.readv(fd, ...vectorArgs(buffers, position), req));
    return { bytesRead, buffers };
  }
  async writev(buffers, position) {
    const bytesWritten = await this.#call((req, fd) => binding.writev(fd, ...vectorArgs(buffers, position), req));
    return { bytesWritten, buffers };
  }
  readFile(options) { return this.#call(readFileImpl, options); }
  writeFile(data, options) { return this.#call(writeFileImpl('w'), data, options); }
  appendFile(data, options) { return this.#call(writeFileImpl('a'), data, options); }
  stat(options) { return this.#call((req, fd) => run(req, statsMaker(options), binding.fstat, fd)); }
  // The streams read the handle's descriptor and, when they close it, leave
  // the handle closed too, as Node's do.
  createReadStream(options) {
    makeStreamClasses();
    return this.#stream(ReadStream, options);
  }
  createWriteStream(options) {
    makeStreamClasses();
    return this.#stream(WriteStream, options);
  }
  #stream(Stream, options) {
    const stream = new Stream(null, { ...getOptions(options, {}), fd: this.#fd });
    if (stream.autoClose !== false) {
      this.#streamClosed = new Promise((resolve) => stream.once('close', () => { this.#fd = -1; resolve(); }));
    }
    return stream;
  }
  // readLines is readline over a stream of this file, as Node's is.
  readLines(options) {
    return require('readline').createInterface({ input: this.createReadStream(options), crlfDelay: Infinity });
  }
  truncate(len) { return this.#call(ftruncateImpl, len); }
  sync() { return this.#call((req, fd) => run(req, null, binding.fsync, fd)); }
  datasync() { return this.#call((req, fd) => run(req, null, binding.fdatasync, fd)); }
  chmod(mode) { return this.#call((req, fd) => run(req, null, binding.fchmod, fd, parseFileMode(mode, 'mode'))); }
  utimes(atime, mtime) { return this.#call((req, fd) => run(req, null, binding.futimes, fd, ...times(atime, mtime))); }
  async close() {
    // A stream that owns the descriptor closes it; closing here first would
    // let it close a descriptor number the process has reused.
    if (this.#streamClosed !== undefined) await this.#streamClosed;
    if (this.#fd === -1) return;
    const fd = this.#fd;
    this.#fd = -1;
    await new Promise((resolve, reject) => binding.close(fd, (err) => (err ? reject(err) : resolve())));
  }
}

promises.open = async function open(path, flags, mode) {
  return new FileHandle(settled(await new Promise((resolve) => {
    api.open(path, flags ?? 'r', mode ?? 0o666, (err, v) => resolve({ err, v }));
  })));
};

// The promise forms of readFile and writeFile take a FileHandle too.
function handleOrPath(file) {
  return file instanceof FileHandle ? file.fd : getValidatedPath(file);
}
promises.readFile = async function readFile(path, options) {
  return settled(await new Promise((resolve) => {
    readFileImpl((err, v) => resolve({ err, v }), handleOrPath(path), options);
  }));
};
promises.writeFile = async function writeFile(file, data, options) {
  return settled(await new Promise((resolve) => {
    writeFileImpl('w')((err) => resolve({ err }), handleOrPath(file), data, options);
  }));
};
promises.appendFile = async function appendFile(file, data, options) {
  return settled(await new Promise((resolve) => {
    writeFileImpl('a')((err) => resolve({ err }), handleOrPath(file), data, options);
  }));
};
promises.constants = C;

// ---- streams ----

// fs.ReadStream and fs.WriteStream are stream.Readable and stream.Writable
// over a file descriptor: _construct opens the file (so reads and writes
// wait for it), _read/_write call the fs natives, _destroy closes the fd
// once any read or write in flight has come back. The classes are made on
// first use, so that requiring fs does not load the stream module.
let ReadStream;
let WriteStream;

// fs.ReadStream, fs.WriteStream, fs.FileReadStream and fs.FileWriteStream are
// four assignable slots, as in Node: each holds the class until a program
// replaces it, and createReadStream/createWriteStream construct whatever the
// ReadStream/WriteStream slots hold then. graceful-fs depends on the slots
// being separate: it assigns its subclass to FileReadStream, then reads
// ReadStream as the class to extend. Kiln's own code uses the classes.
const streamSlots = { ReadStream: undefined, WriteStream: undefined, FileReadStream: undefined, FileWriteStream: undefined };

function createReadStream(path, options) {
  makeStreamClasses();
  return new streamSlots.ReadStream(path, options);
}

function createWriteStream(path, options) {
  makeStreamClasses();
  return new streamSlots.WriteStream(path, options);
}

const kIsPerformingIO = Symbol('kIsPerformingIO');
const kIoDone = Symbol('kIoDone');

function streamOptions(options, defaults) {
  options = getOptions(options, defaults);
  options = { ...defaults, ...options };
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  return options;
}

// initStreamFile sets the fields both classes share: an fd given in the
// options is used as is (and never emits 'open'), else path is opened.
function initStreamFile(stream, path, options) {
  stream.fd = options.fd ?? null;
  stream.path = stream.fd === null ? getValidatedPath(path) : undefined;
  if (stream.fd !== null) stream.fd = getValidatedFd(stream.fd);
  stream.flags = options.flags;
  stream.mode = options.mode;
  stream[kIsPerformingIO] = false;
}

// The streams' open() is deprecated (DEP0135) and does nothing: the
// stream opens itself. A subclass that still defines its own open() (as
// graceful-fs does) is trusted to open the file and emit 'open' or
// 'error', which completes the construction.
let streamOpenWarned = false;
function deprecatedStreamOpen(className) {
  // node's is util.deprecate's wrapper, named "deprecated".
  return function deprecated() {
    if (!streamOpenWarned) {
      streamOpenWarned = true;
      process.emitWarning(`${className}.prototype.open() is deprecated`, 'DeprecationWarning', 'DEP0135');
    }
  };
}

function openStreamFile(callback) {
  if (typeof this.fd === 'number') {
    callback();
    return;
  }
  if (this.open !== ReadStream.prototype.open && this.open !== WriteStream.prototype.open) {
    const emit = this.emit;
    this.emit = function(event, ...args) {
      if (event === 'open') {
        this.emit = emit;
        callback();
      } else if (event === 'error') {
        this.emit = emit;
        callback(args[0]);
        return true;
      }
      return Reflect.apply(emit, this, [event, ...args]);
    };
    this.open();
    return;
  }
  binding.open(this.path, flagsOf(this.flags, 'r'), this.mode, (err, fd) => {
    if (err) {
      callback(err);
    } else {
      this.fd = fd;
      callback();
      this.emit('open', this.fd);
      this.emit('ready');
    }
  });
}

function destroyStreamFile(err, cb) {
  const closeFd = (err) => {
    if (!this.fd) {
      cb(err);
    } else {
      binding.close(this.fd, (er) => cb(er || err));
      this.fd = null;
    }
  };
  if (this[kIsPerformingIO]) this.once(kIoDone, (er) => closeFd(err || er));
  else closeFd(err);
}

const autoCloseProperty = (side) => ({
  get() { return this[side].autoDestroy; },
  set(val) { this[side].autoDestroy = val; },
  configurable: true,
});

let streamClassesMade = false;
function makeStreamClasses() {
  if (streamClassesMade) return;
  streamClassesMade = true;
  const { Readable, Writable, finished } = require('stream');
  const { Buffer } = require('buffer');

  ReadStream = function ReadStream(path, options) {
    if (!(this instanceof ReadStream)) return new ReadStream(path, options);
    options = streamOptions(options, { flags: 'r', mode: 0o666, highWaterMark: 64 * 1024 });
    initStreamFile(this, path, options);
    this.start = options.start;
    this.end = options.end ?? Infinity;
    if (this.start !== undefined) validateInteger(this.start, 'start', 0);
    if (this.end !== Infinity) validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw outOfRange('start', `<= "end" (here: ${this.end})`, this.start);
    }
    this.pos = this.start;
    this.bytesRead = 0;
    Readable.call(this, options);
  };
  Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
  Object.setPrototypeOf(ReadStream, Readable);
  Object.defineProperties(ReadStream.prototype, {
    autoClose: autoCloseProperty('_readableState'),
    pending: { get() { return this.fd === null; }, configurable: true },
  });
  ReadStream.prototype._construct = openStreamFile;
  ReadStream.prototype.open = deprecatedStreamOpen('ReadStream');
  ReadStream.prototype._read = function(n) {
    n = Math.min(this.end - (this.pos ?? this.bytesRead) + 1, n);
    if (n <= 0) {
      this.push(null);
      return;
    }
    const buf = Buffer.allocUnsafeSlow(n);
    this[kIsPerformingIO] = true;
    binding.read(this.fd, buf, 0, n, this.pos ?? -1, (err, bytesRead) => {
      this[kIsPerformingIO] = false;
      if (this.destroyed) {
        this.emit(kIoDone, err);
      } else if (err) {
        require('internal/streams/destroy').errorOrDestroy(this, err);
      } else if (bytesRead > 0) {
        if (this.pos !== undefined) this.pos += bytesRead;
        this.bytesRead += bytesRead;
        this.push(bytesRead === n ? buf : Buffer.from(buf.subarray(0, bytesRead)));
      } else {
        this.push(null);
      }
    });
  };
  ReadStream.prototype._destroy = destroyStreamFile;
  ReadStream.prototype.close = function(cb) {
    if (typeof cb === 'function') finished(this, cb);
    this.destroy();
  };

  WriteStream = function WriteStream(path, options) {
    if (!(this instanceof WriteStream)) return new WriteStream(path, options);
    options = streamOptions(options, { flags: 'w', mode: 0o666 });
    options.decodeStrings = true;
    initStreamFile(this, path, options);
    this.start = options.start;
    if (this.start !== undefined) validateInteger(this.start, 'start', 0);
    this.pos = this.start;
    this.bytesWritten = 0;
    Writable.call(this, options);
    if (options.encoding) this.setDefaultEncoding(options.encoding);
  };
  Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
  Object.setPrototypeOf(WriteStream, Writable);
  Object.defineProperties(WriteStream.prototype, {
    autoClose: autoCloseProperty('_writableState'),
    pending: { get() { return this.fd === null; }, configurable: true },
  });
  WriteStream.prototype._construct = openStreamFile;
  WriteStream.prototype.open = deprecatedStreamOpen('WriteStream');
  WriteStream.prototype._write = function(data, encoding, cb) {
    this[kIsPerformingIO] = true;
    const pos = this.pos;
    if (this.pos !== undefined) this.pos += data.length;
    // A short write goes on from where it stopped.
    const writeFrom = (off) => {
      binding.write(this.fd, data, off, data.length - off, pos === undefined ? -1 : pos + off, (err, n) => {
        if (!err) this.bytesWritten += n;
        if (!err && off + n < data.length && n > 0) {
          writeFrom(off + n);
          return;
        }
        this[kIsPerformingIO] = false;
        if (this.destroyed) {
          cb(err);
          this.emit(kIoDone, err);
          return;
        }
        cb(err);
      });
    };
    writeFrom(0);
  };
  WriteStream.prototype._writev = function(chunks, cb) {
    this._write(Buffer.concat(chunks.map((c) => c.chunk)), 'buffer', cb);
  };
  WriteStream.prototype._destroy = destroyStreamFile;
  WriteStream.prototype.close = function(cb) {
    if (cb) {
      if (this.closed) {
        process.nextTick(cb);
        return;
      }
      this.on('close', cb);
    }
    // Without autoClose, finishing would not close the fd by itself.
    if (!this.autoClose) this.on('finish', this.destroy);
    this.end();
  };
  WriteStream.prototype.destroySoon = WriteStream.prototype.end;
  streamSlots.ReadStream = streamSlots.FileReadStream = ReadStream;
  streamSlots.WriteStream = streamSlots.FileWriteStream = WriteStream;
}

// ---- watching: fs.watch, fs.watchFile, fs.promises.watch ----

// The classes need events, which fs must not load before a program watches
// something, so they are made on first use.
let FSWatcher;
let RecursiveWatcher;
let StatWatcher;
const kStart = Symbol('kFSWatchStart');
const kStatStart = Symbol('kFSStatWatcherStart');
const kAddOrCleanRef = Symbol('kFSStatWatcherAddOrCleanRef');
const kRefCount = Symbol('KFSStatWatcherRefCount');
const kMaxRefCount = Symbol('KFSStatWatcherMaxRefCount');
const kOldStatus = Symbol('kOldStatus');
const kUseBigint = Symbol('kUseBigint');
const kId = Symbol('kId');

// FSEvent is the handle under an FSWatcher (Node's fs_event_wrap.FSEvent):
// the binding calls its onchange(eventType, filename) for each event.
class FSEvent {
  constructor() {
    this.onchange = null;
    this.initialized = false;
    this[kId] = 0;
  }

  start(path, persistent) {
    this[kId] = binding.fsEventStart(this, path, persistent !== false);
    this.initialized = true;
  }

  close() {
    if (this[kId]) binding.fsEventClose(this[kId]);
    this[kId] = 0;
  }

  ref() {
    if (this[kId]) binding.fsEventRef(this[kId], true);
  }

  unref() {
    if (this[kId]) binding.fsEventRef(this[kId], false);
  }
}

// statEqual is libuv's statbuf_eq over stat's fields: what fs.watchFile
// notices (not atime, not nlink).
const statCompared = [0, 1, 3, 4, 7, 8, 11, 12, 13]; // dev mode uid gid ino size mtime ctime birthtime
const statEqual = (a, b) => statCompared.every((i) => a[i] === b[i]);
const zeroStat = new Array(14).fill(0);

// StatPoll is libuv's uv_fs_poll_t: stat the path every interval (counted
// from when each stat started) and report (status, curr, prev) when the
// result changes. The first success is only remembered; a failure is
// reported once per distinct error, with zeroed stats as curr.
class StatPoll {
  constructor() {
    this.onchange = null;
    this.timer = null;
    this.refed = true;
    this.closed = false;
    this.prev = zeroStat;
    this.status = 0; // 0 before the first stat, 1 after a success, else the last errno
  }

  start(path, interval) {
    this.path = path;
    this.interval = interval;
    this.poll();
  }

  poll() {
    this.timer = null;
    const started = Date.now();
    binding.stat(this.path, false, (err, fields) => {
      if (this.closed) return;
      if (err) {
        if (this.status !== err.errno) {
          this.status = err.errno;
          this.onchange(err.errno, zeroStat, this.prev);
        }
      } else {
        const changed = this.status !== 0 && (this.status < 0 || !statEqual(this.prev, fields));
        const prev = this.prev;
        this.prev = fields;
        this.status = 1;
        if (changed) this.onchange(0, fields, prev);
      }
      if (this.closed) return;
      const interval = Math.max(this.interval, 1);
      this.timer = setTimeout(() => this.poll(), interval - ((Date.now() - started) % interval));
      if (!this.refed) this.timer.unref();
    });
  }

  close() {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
  }

  ref() {
    this.refed = true;
    this.timer?.ref();
  }

  unref() {
    this.refed = false;
    this.timer?.unref();
  }
}

function watchError(filename, e) {
  e.filename = filename;
  return e;
}

function makeWatchClasses() {
  if (FSWatcher) return;
  const EventEmitter = require('events');

  FSWatcher = function FSWatcher() {
    EventEmitter.call(this);
    this._handle = new FSEvent();
    this._handle.onchange = (eventType, filename) => {
      this.emit('change', eventType, encodeName(filename, this._encoding));
    };
  };
  Object.setPrototypeOf(FSWatcher.prototype, EventEmitter.prototype);
  Object.setPrototypeOf(FSWatcher, EventEmitter);
  FSWatcher.prototype[kStart] = function(filename, persistent, encoding) {
    if (this._handle === null || this._handle.initialized) return;
    filename = getValidatedPath(filename, 'filename');
    Object.defineProperty(this, '_encoding', { value: encoding, writable: true, configurable: true });
    this._handle.start(filename, persistent);
  };
  // Node keeps start as a no-op for old callers.
  FSWatcher.prototype.start = function start() {};
  FSWatcher.prototype.close = function close() {
    if (this._handle === null || !this._handle.initialized) return;
    this._handle.close();
    this._handle = null;
    process.nextTick(() => this.emit('close'));
  };
  FSWatcher.prototype.ref = function ref() {
    if (this._handle) this._handle.ref();
    return this;
  };
  FSWatcher.prototype.unref = function unref() {
    if (this._handle) this._handle.unref();
    return this;
  };

  // RecursiveWatcher is fs.watch(dir, { recursive: true }) as node v20 does
  // it on Linux, where inotify cannot watch a tree: a plain watcher on every
  // entry of the tree, names relative to the root, new entries found by
  // re-reading a directory whenever it reports something.
  RecursiveWatcher = class FSWatcher extends EventEmitter {
    #options;
    #closed = false;
    #root = pathMod().resolve();
    #rootIsFile = false;
    #stats = new Map(); // watched path -> its last Stats
    #watchers = new Map(); // watched path -> its FSWatcher
    #symlinks = new Set();

    constructor(options) {
      super();
      const { persistent, recursive, signal, encoding } = options;
      if (recursive != null) validateBoolean(recursive, 'options.recursive');
      if (persistent != null) validateBoolean(persistent, 'options.persistent');
      if (signal != null) require('internal/abort_controller').validateAbortSignal(signal, 'options.signal');
      if (encoding != null && typeof encoding !== 'string') {
        throw binding.invalidArgValue('options.encoding', encoding);
      }
      this.#options = { persistent, recursive, signal, encoding };
    }

    close() {
      if (this.#closed) return;
      this.#closed = true;
      for (const w of this.#watchers.values()) w.close();
      this.#watchers.clear();
      this.#stats.clear();
      this.#symlinks.clear();
      this.emit('close');
    }

    #relative(p) {
      return pathMod().relative(this.#root, p);
    }

    #forget(prefix) {
      this.#symlinks.delete(prefix);
      for (const p of [...this.#stats.keys()]) {
        if (p.startsWith(prefix)) {
          this.#stats.delete(p);
          this.#watchers.get(p)?.close();
          this.#watchers.delete(p);
        }
      }
    }

    #scan(dir) {
      let entries;
      try {
        entries = api.readdirSync(dir, { withFileTypes: true });
      } catch (e) {
        this.emit('error', e);
        return;
      }
      for (const entry of entries) {
        if (this.#closed) return;
        const p = pathMod().join(dir, entry.name);
        if (this.#stats.has(p)) continue;
        this.emit('change', 'rename', this.#relative(p));
        if (entry.isSymbolicLink()) this.#symlinks.add(p);
        try {
          this.#watch(p);
          if (entry.isDirectory() && !entry.isSymbolicLink()) this.#scan(p);
        } catch (e) {
          if (e.code !== 'ENOENT') {
            this.emit('error', e);
            return;
          }
        }
      }
    }

    #watch(p) {
      if (this.#closed || this.#stats.has(p)) return;
      this.#stats.set(p, api.statSync(p));
      const w = api.watch(p, { persistent: this.#options.persistent }, () => {
        const before = this.#stats.get(p);
        let now;
        try {
          now = api.statSync(p);
          this.#stats.set(p, now);
        } catch {
          // gone: reported below
        }
        if (now === undefined || (now.birthtimeMs === 0 && before.birthtimeMs !== 0)) {
          this.#stats.delete(p);
          this.#watchers.delete(p);
          w.close();
          this.emit('change', 'rename', this.#relative(p));
          this.#forget(p);
        } else if (p === this.#root && this.#rootIsFile) {
          this.emit('change', 'change', pathMod().basename(p));
        } else if (this.#symlinks.has(p)) {
          this.emit('change', 'rename', this.#relative(p));
        } else if (now.isDirectory()) {
          this.#scan(p);
        } else {
          this.emit('change', 'change', this.#relative(p));
        }
      });
      this.#watchers.set(p, w);
    }

    [kStart](filename) {
      filename = pathMod().resolve(getValidatedPath(filename));
      let st;
      try {
        st = api.statSync(filename);
      } catch (e) {
        if (e.code === 'ENOENT') throw watchError(filename, e);
        return;
      }
      this.#root = filename;
      this.#rootIsFile = st.isFile();
      this.#watch(filename);
      if (st.isDirectory()) this.#scan(filename);
    }

    // Node's recursive watcher has no handle of its own to (un)reference.
    ref() {}

    unref() {}

    [Symbol.asyncIterator]() {
      const { signal } = this.#options;
      const next = () => new Promise((resolve, reject) => {
        let onAbort;
        if (signal != null) {
          onAbort = () => {
            this.close();
            reject(new (require('internal/abort_controller').AbortError)(undefined, { cause: signal.reason }));
          };
          if (signal.aborted) return onAbort();
          signal.addEventListener('abort', onAbort, { once: true });
        }
        this.once('change', (eventType, filename) => {
          if (onAbort) signal.removeEventListener('abort', onAbort);
          resolve({ value: { eventType, filename } });
        });
      });
      return {
        next: () => (this.#closed ? { done: true } : next()),
        return: () => {
          this.close();
          return { done: true };
        },
        [Symbol.asyncIterator]() { return this; },
      };
    }
  };

  StatWatcher = function StatWatcher(bigint) {
    EventEmitter.call(this);
    this._handle = null;
    this[kOldStatus] = -1;
    this[kUseBigint] = bigint;
    this[kRefCount] = 1;
    this[kMaxRefCount] = 1;
  };
  Object.setPrototypeOf(StatWatcher.prototype, EventEmitter.prototype);
  Object.setPrototypeOf(StatWatcher, EventEmitter);
  StatWatcher.prototype[kStatStart] = function(filename, persistent, interval) {
    if (this._handle !== null) return;
    this._handle = new StatPoll();
    this._handle.onchange = (status, curr, prev) => {
      // A path that stays missing with an unchanged link count is no news.
      if (this[kOldStatus] === -1 && status === -1 && curr[2] === prev[2]) return;
      this[kOldStatus] = status;
      const make = statsMaker({ bigint: this[kUseBigint] });
      this.emit('change', make(curr), make(prev));
    };
    if (!persistent) this.unref();
    this[kOldStatus] = -1;
    filename = getValidatedPath(filename, 'filename');
    validateInteger(interval, 'interval', 0, 4294967295);
    this._handle.start(filename, interval);
  };
  StatWatcher.prototype.start = function start() {};
  StatWatcher.prototype.stop = function stop() {
    if (this._handle === null) return;
    process.nextTick(() => this.emit('stop'));
    this._handle.close();
    this._handle = null;
  };
  StatWatcher.prototype[kAddOrCleanRef] = function(operate) {
    if (operate === 'add') {
      this[kRefCount]++;
      this[kMaxRefCount]++;
    } else if (operate === 'clean') {
      this[kMaxRefCount]--;
      this.unref();
    } else if (operate === 'cleanAll') {
      this[kMaxRefCount] = 0;
      this[kRefCount] = 0;
      this._handle?.unref();
    }
  };
  // The counts let each watchFile listener hold one reference, so that one
  // unref does not undo another's ref.
  StatWatcher.prototype.ref = function ref() {
    if (this[kRefCount] === this[kMaxRefCount]) return this;
    if (this._handle && this[kRefCount]++ === 0) this._handle.ref();
    return this;
  };
  StatWatcher.prototype.unref = function unref() {
    if (this[kRefCount] === 0) return this;
    if (this._handle && --this[kRefCount] === 0) this._handle.unref();
    return this;
  };
}

api.watch = function watch(filename, options, listener) {
  if (typeof options === 'function') listener = options;
  options = { ...getOptions(options) };
  if (options.persistent === undefined) options.persistent = true;
  if (options.recursive === undefined) options.recursive = false;
  makeWatchClasses();
  const path = getValidatedPath(filename);
  let watcher;
  if (options.recursive) {
    watcher = new RecursiveWatcher(options);
    watcher[kStart](path);
  } else {
    watcher = new FSWatcher();
    watcher[kStart](path, options.persistent, options.encoding);
  }
  if (listener) watcher.addListener('change', listener);
  const { signal } = options;
  if (signal) {
    if (signal.aborted) {
      process.nextTick(() => watcher.close());
    } else {
      const onAbort = () => watcher.close();
      signal.addEventListener('abort', onAbort);
      watcher.once('close', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return watcher;
};

// One StatWatcher per resolved path, shared by its listeners.
const statWatchers = new Map();

api.watchFile = function watchFile(filename, options, listener) {
  filename = pathMod().resolve(getValidatedPath(filename));
  if (options === null || typeof options !== 'object') {
    listener = options;
    options = null;
  }
  // 5007 ms is the interval node inherited from libev.
  options = { interval: 5007, persistent: true, ...options };
  validateFunction(listener, 'listener');
  makeWatchClasses();
  let stat = statWatchers.get(filename);
  if (stat === undefined) {
    stat = new StatWatcher(options.bigint);
    stat[kStatStart](filename, options.persistent, options.interval);
    statWatchers.set(filename, stat);
  } else {
    stat[kAddOrCleanRef]('add');
  }
  stat.addListener('change', listener);
  return stat;
};

api.unwatchFile = function unwatchFile(filename, listener) {
  filename = pathMod().resolve(getValidatedPath(filename));
  const stat = statWatchers.get(filename);
  if (stat === undefined) return;
  if (typeof listener === 'function') {
    const before = stat.listenerCount('change');
    stat.removeListener('change', listener);
    if (stat.listenerCount('change') < before) stat[kAddOrCleanRef]('clean');
  } else {
    stat.removeAllListeners('change');
    stat[kAddOrCleanRef]('cleanAll');
  }
  if (stat.listenerCount('change') === 0) {
    stat.stop();
    statWatchers.delete(filename);
  }
};

// fs.promises.watch yields { eventType, filename } until its signal aborts.
// Like node's, it keeps one event waiting at a time: events that arrive
// before the next is asked for are dropped.
async function* plainWatch(filename, options) {
  const path = getValidatedPath(filename);
  validateObject(options, 'options');
  const { persistent = true, recursive = false, encoding = 'utf8', signal } = options;
  validateBoolean(persistent, 'options.persistent');
  validateBoolean(recursive, 'options.recursive');
  const { AbortError, validateAbortSignal } = require('internal/abort_controller');
  validateAbortSignal(signal, 'options.signal');
  if (encoding && !bufferClass().isEncoding(encoding)) {
    // node passes the two the other way round, and so words it.
    throw binding.invalidArgValue(encoding, 'encoding', 'is invalid encoding');
  }
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });
  const handle = new FSEvent();
  let settle;
  const next = () => new Promise((resolve, reject) => { settle = { resolve, reject }; });
  let promise = next();
  const onAbort = () => {
    handle.close();
    settle.reject(new AbortError(undefined, { cause: signal?.reason }));
  };
  try {
    signal?.addEventListener('abort', onAbort, { once: true });
    handle.onchange = (eventType, name) => {
      settle.resolve({ eventType, filename: encodeName(name, encoding) });
    };
    handle.start(path, persistent);
    while (!signal?.aborted) {
      yield await promise;
      promise = next();
    }
    throw new AbortError(undefined, { cause: signal?.reason });
  } finally {
    handle.close();
    signal?.removeEventListener('abort', onAbort);
  }
}

promises.watch = async function* _watch(filename, options = {}) {
  if (typeof options === 'object' && options?.recursive) {
    makeWatchClasses();
    const watcher = new RecursiveWatcher(options);
    watcher[kStart](filename);
    yield* watcher;
    return;
  }
  yield* plainWatch(filename, options);
};

// fs/promises' keys in node's order (the definitions above come in the
// callback API's order).
reorderKeys(promises, ['access', 'copyFile', 'cp', 'open', 'opendir', 'rename', 'truncate', 'rm', 'rmdir', 'mkdir',
  'readdir', 'readlink', 'symlink', 'lstat', 'stat', 'statfs', 'link', 'unlink', 'chmod', 'lchmod', 'lchown', 'chown',
  'utimes', 'lutimes', 'realpath', 'mkdtemp', 'writeFile', 'appendFile', 'readFile', 'watch', 'constants']);

module.exports = {
  ...api,
  Dir,
  Dirent,
  Stats,
  get ReadStream() {
    makeStreamClasses();
    return streamSlots.ReadStream;
  },
  set ReadStream(value) {
    makeStreamClasses();
    streamSlots.ReadStream = value;
  },
  get WriteStream() {
    makeStreamClasses();
    return streamSlots.WriteStream;
  },
  set WriteStream(value) {
    makeStreamClasses();
    streamSlots.WriteStream = value;
  },
  _toUnixTimestamp: toUnixTimestamp,
  // FileReadStream and FileWriteStream are node's legacy names for them.
  get FileReadStream() {
    makeStreamClasses();
    return streamSlots.FileReadStream;
  },
  set FileReadStream(value) {
    makeStreamClasses();
    streamSlots.FileReadStream = value;
  },
  get FileWriteStream() {
    makeStreamClasses();
    return streamSlots.FileWriteStream;
  },
  set FileWriteStream(value) {
    makeStreamClasses();
    streamSlots.FileWriteStream = value;
  },
  createReadStream,
  createWriteStream,
  F_OK: C.F_OK,
  R_OK: C.R_OK,
  W_OK: C.W_OK,
  X_OK: C.X_OK,
  constants: C,
  promises,
};

// The module's keys in node's order (console.log(require('fs')) shows them).
reorderKeys(module.exports, [
  'appendFile', 'appendFileSync', 'access', 'accessSync', 'chown', 'chownSync', 'chmod', 'chmodSync', 'close',
  'closeSync', 'copyFile', 'copyFileSync', 'cp', 'cpSync', 'createReadStream', 'createWriteStream', 'exists',
  'existsSync', 'fchown', 'fchownSync', 'fchmod', 'fchmodSync', 'fdatasync', 'fdatasyncSync', 'fstat', 'fstatSync',
  'fsync', 'fsyncSync', 'ftruncate', 'ftruncateSync', 'futimes', 'futimesSync', 'lchown', 'lchownSync', 'lchmod',
  'lchmodSync', 'link', 'linkSync', 'lstat', 'lstatSync', 'lutimes', 'lutimesSync', 'mkdir', 'mkdirSync',
  'mkdtemp', 'mkdtempSync', 'open', 'openSync', 'openAsBlob', 'readdir', 'readdirSync', 'read', 'readSync',
  'readv', 'readvSync', 'readFile', 'readFileSync', 'readlink', 'readlinkSync', 'realpath', 'realpathSync',
  'rename', 'renameSync', 'rm', 'rmSync', 'rmdir', 'rmdirSync', 'stat', 'statfs', 'statSync', 'statfsSync',
  'symlink', 'symlinkSync', 'truncate', 'truncateSync', 'unwatchFile', 'unlink', 'unlinkSync', 'utimes',
  'utimesSync', 'watch', 'watchFile', 'writeFile', 'writeFileSync', 'write', 'writeSync', 'writev', 'writevSync',
  'Dirent', 'Stats', 'ReadStream', 'WriteStream', 'FileReadStream', 'FileWriteStream', '_toUnixTimestamp', 'Dir',
  'opendir', 'opendirSync', 'F_OK', 'R_OK', 'W_OK', 'X_OK', 'constants', 'promises'
]);
