const encodings = ['utf8', 'utf-8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'latin1', 'binary', 'base64',
  'base64url', 'hex', 'ascii'];

function maybeCallback(cb) {
  if (typeof cb !== 'function') throw binding.invalidArgType('cb', 'of type function', cb);
  return cb;
}

function getOptions(options, defaults) {
  if (options === null || options === undefined || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    defaults = { ...defaults };
    defaults.encoding = options;
    options = defaults;
  } else if (typeof options !== 'object') {
    throw binding.invalidArgType('options', 'of type string or an instance of Object', options);
  }
  if (options.encoding !== 'buffer' && options.encoding !== undefined && options.encoding !== null &&
      !encodings.includes(String(options.encoding).toLowerCase())) {
    throw binding.invalidArgValue('encoding', options.encoding, 'is invalid encoding');
  }
  return options;
}

function encodingOf(options) {
  const enc = options.encoding;
  return enc === 'buffer' || enc === undefined || enc === null ? null : enc;
}

// getValidatedPath accepts a string, a Uint8Array (UTF-8 bytes) or a file:
// URL, and refuses null bytes, as Node does.
function getValidatedPath(path, name = 'path') {
  let p = path;
  if (p !== null && typeof p === 'object' && typeof p.href === 'string' && p.protocol !== undefined) {
    if (p.protocol !== 'file:') {
      throw binding.nodeError('TypeError', 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
    }
    p = decodeURIComponent(p.pathname);
  } else if (ArrayBuffer.isView(p)) {
    p = binding.decode(p, 'utf8');
  } else if (typeof p !== 'string') {
    throw binding.invalidArgType(name, 'of type string or an instance of Buffer or URL', path);
  }
  if (p.includes('\u0000')) {
    throw binding.invalidArgValue(name, path, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return p;
}

// Without an encoding readFile gives bytes: a Buffer once the buffer module
// exists, a Uint8Array until then.
function toBuffer(bytes) {
  let B;
  try {
    B = require('buffer').Buffer;
  } catch {
    return bytes;
  }
  return B.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function readFile(path, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { flag: 'r' });
  path = getValidatedPath(path);
  const encoding = encodingOf(options);
  binding.readFile(path, encoding, options.flag === undefined ? 'r' : options.flag, (err, data) => {
    if (err) return callback(err);
    callback(null, encoding === null ? toBuffer(data) : data);
  });
}

function checkData(data) {
  if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
    throw binding.invalidArgType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
  }
}

function writeFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  checkData(data);
  path = getValidatedPath(path);
  binding.writeFile(path, data, options.encoding == null ? 'utf8' : options.encoding,
    options.flag === undefined ? 'w' : options.flag, options.mode === undefined ? 0o666 : options.mode, callback);
}

const S_IFMT = 0o170000;
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
const types = {
  isDirectory: 0o040000, isFile: 0o100000, isBlockDevice: 0o060000, isCharacterDevice: 0o020000,
  isSymbolicLink: 0o120000, isFIFO: 0o010000, isSocket: 0o140000,
};
for (const name of Object.keys(types)) {
  const bits = types[name];
  Object.defineProperty(Stats.prototype, name, {
    value: { [name]() { return (this.mode & S_IFMT) === bits; } }[name],
    writable: true, configurable: true, enumerable: false,
  });
}

function statWith(lstat) {
  return function stat(path, options = { bigint: false }, callback) {
    if (typeof options === 'function') callback = options;
    callback = maybeCallback(callback);
    path = getValidatedPath(path);
    binding.stat(path, lstat, (err, f) => {
      if (err) return callback(err);
      callback(null, Reflect.construct(Stats, f));
    });
  };
}
const stat = statWith(false);
const lstat = statWith(true);

function promisify(fn) {
  return function(...args) {
    return new Promise((resolve, reject) => {
      fn(...args, (err, value) => (err ? reject(err) : resolve(value)));
    });
  };
}

// The promise forms validate synchronously but report by rejecting.
function promised(fn, arity) {
  return async function(...args) {
    args.length = Math.min(args.length, arity);
    return promisify(fn)(...args);
  };
}
const promises = {
  readFile: promised(readFile, 2),
  writeFile: promised(writeFile, 3),
  stat: promised(stat, 2),
  lstat: promised(lstat, 2),
};

const constants = { F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1, S_IFMT, S_IFREG: 0o100000, S_IFDIR: 0o040000 };

module.exports = { readFile, writeFile, stat, lstat, Stats, promises, constants };
