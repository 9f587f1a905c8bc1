// Node's path module: path.posix and path.win32 are two complete
// implementations over the same shape, and on every platform Kiln runs
// on today path itself is path.posix. win32 accepts both separators and
// knows drive letters ("C:") and UNC roots ("\\server\share"); both
// implementations only ever look at strings, never at the file system,
// except that resolve starts from process.cwd().
const { invalidArgType } = binding;

function validateString(value, name) {
  if (typeof value !== 'string') throw invalidArgType(name, 'of type string', value);
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object') throw invalidArgType(name, 'of type object', value);
}

const isPosixSep = (c) => c === '/';
const isWinSep = (c) => c === '/' || c === '\\';
const isDriveLetter = (c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

// normalizeSegments resolves "." and ".." in a rootless path whose
// separators are recognised by isSep, joining the result with sep. With
// allowAboveRoot a ".." that has nothing left to cancel is kept, as a
// relative path needs; otherwise it is dropped, as at a root.
function normalizeSegments(path, allowAboveRoot, sep, isSep) {
  const out = [];
  let start = 0;
  for (let i = 0; i <= path.length; i++) {
    if (i < path.length && !isSep(path[i])) continue;
    const seg = path.slice(start, i);
    start = i + 1;
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (allowAboveRoot) out.push('..');
      continue;
    }
    out.push(seg);
  }
  return out.join(sep);
}

// lastComponent finds the final name of path from index start on,
// ignoring trailing separators: [begin, end) or end === -1 when there is
// no name at all.
function lastComponent(path, start, isSep) {
  let end = path.length;
  while (end > start && isSep(path[end - 1])) end--;
  if (end === start) return [start, -1];
  let begin = end;
  while (begin > start && !isSep(path[begin - 1])) begin--;
  return [begin, end];
}

// basenameOf is basename from index start on. Node matches a suffix
// backwards against the name's characters only, which gives its quirks:
// a suffix equal to the whole path leaves "", one equal to the whole name
// leaves the name, and one that runs out of name with characters to spare
// leaves the name with its trailing separators.
function basenameOf(path, start, suffix, isSep) {
  const [begin, end] = lastComponent(path, start, isSep);
  if (suffix === undefined || suffix.length === 0 || suffix.length > path.length) {
    return end === -1 ? '' : path.slice(begin, end);
  }
  if (suffix === path) return '';
  if (end === -1) return path.slice(start);
  const base = path.slice(begin, end);
  if (base.length < suffix.length && suffix.endsWith(base)) return path.slice(begin);
  if (base.length > suffix.length && base.endsWith(suffix)) return base.slice(0, base.length - suffix.length);
  return base;
}

// The extension is the last "." of the final name and what follows it,
// unless that dot starts the name (".profile") or the name is "..".
function extOf(base) {
  const dot = base.lastIndexOf('.');
  if (dot <= 0 || base === '..') return '';
  return base.slice(dot);
}

// _format is node's name: path.format is it bound to the separator ("bound _format").
function _format(sep, pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  let base = pathObject.base;
  if (!base) {
    const ext = pathObject.ext ? (pathObject.ext[0] === '.' ? '' : '.') + pathObject.ext : '';
    base = (pathObject.name || '') + ext;
  }
  if (!dir) return base;
  return dir === pathObject.root ? dir + base : dir + sep + base;
}

// parseWith splits path after its root (the first rootEnd characters).
function parseWith(path, root, isSep, posixRootQuirk) {
  const ret = { root, dir: '', base: '', ext: '', name: '' };
  if (path.length === 0) return ret;
  const [begin, end] = lastComponent(path, root.length, isSep);
  if (end === -1) {
    ret.dir = root;
    return ret;
  }
  ret.base = path.slice(begin, end);
  ret.ext = extOf(ret.base);
  // Node's posix parse reads "/.." as a name ".." with extension ".".
  if (posixRootQuirk && begin === 1 && ret.base === '..') ret.ext = '.';
  ret.name = ret.base.slice(0, ret.base.length - ret.ext.length);
  ret.dir = begin > root.length + 1 ? path.slice(0, begin - 1) : root;
  return ret;
}

// path's keys in node's order (console.log(require('path')) shows them).
const nodeOrder = ['resolve', 'normalize', 'isAbsolute', 'join', 'relative', 'toNamespacedPath', 'dirname',
  'basename', 'extname', 'format', 'parse', 'matchesGlob', 'sep', 'delimiter'];
const { reorderKeys } = require('internal/shape');

const posix = reorderKeys({
  sep: '/',
  delimiter: ':',

  resolve(...args) {
    let resolved = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1 && !absolute; i--) {
      const path = i >= 0 ? args[i] : process.cwd();
      validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
      resolved = resolved.length > 0 ? path + '/' + resolved : path;
      absolute = path[0] === '/';
    }
    resolved = normalizeSegments(resolved, !absolute, '/', isPosixSep);
    if (absolute) return '/' + resolved;
    return resolved.length > 0 ? resolved : '.';
  },

  normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const absolute = path[0] === '/';
    const trailing = path[path.length - 1] === '/';
    let out = normalizeSegments(path, !absolute, '/', isPosixSep);
    if (out.length === 0) {
      if (absolute) return '/';
      return trailing ? './' : '.';
    }
    if (trailing) out += '/';
    return absolute ? '/' + out : out;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path[0] === '/';
  },

  join(...args) {
    const parts = [];
    for (const arg of args) {
      validateString(arg, 'path');
      if (arg.length > 0) parts.push(arg);
    }
    if (parts.length === 0) return '.';
    return posix.normalize(parts.join('/'));
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    const f = from.split('/').filter(Boolean);
    const t = to.split('/').filter(Boolean);
    let common = 0;
    while (common < f.length && common < t.length && f[common] === t[common]) common++;
    return [...Array(f.length - common).fill('..'), ...t.slice(common)].join('/');
  },

  matchesGlob(path, pattern) {
    return glob(path, pattern, false);
  },

  toNamespacedPath(path) {
    return path;
  },

  dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const [begin] = lastComponent(path, 0, isPosixSep);
    // Only the one separator before the last name goes ("a//b" → "a/"),
    // and a leading "//" stays whole: POSIX leaves its meaning to the
    // implementation, so Node does not fold it.
    if (begin > 2 || (begin === 2 && path[0] !== '/')) return path.slice(0, begin - 1);
    if (path[0] !== '/') return '.';
    return begin === 2 ? '//' : '/';
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    return basenameOf(path, 0, suffix, isPosixSep);
  },

  extname(path) {
    validateString(path, 'path');
    const [begin, end] = lastComponent(path, 0, isPosixSep);
    return end === -1 ? '' : extOf(path.slice(begin, end));
  },

  format: _format.bind(null, '/'),

  parse(path) {
    validateString(path, 'path');
    return parseWith(path, path[0] === '/' ? '/' : '', isPosixSep, true);
  },
}, nodeOrder);

// winRoot reads the root of a win32 path: its device ("C:",
// "\\server\share") and its length, and whether the path is absolute.
// An incomplete UNC root ("\\server") counts as a plain separator. With
// namespaces, as normalize and resolve read it, a device namespace
// ("\\.\" or "\\?\") is the whole root and what follows is path.
function winRoot(path, namespaces) {
  const len = path.length;
  const r = { device: '', rootEnd: 0, absolute: false, unc: false };
  if (len === 0) return r;
  if (isWinSep(path[0])) {
    r.absolute = true;
    r.rootEnd = 1;
    if (len > 1 && isWinSep(path[1])) {
      let j = 2;
      while (j < len && !isWinSep(path[j])) j++;
      if (j > 2 && j < len) {
        const server = path.slice(2, j);
        const serverEnd = j;
        while (j < len && isWinSep(path[j])) j++;
        const shareStart = j;
        while (j < len && !isWinSep(path[j])) j++;
        if (j > shareStart && namespaces && (server === '.' || server === '?')) {
          r.device = '\\\\' + server;
          r.rootEnd = serverEnd;
          r.unc = true;
        } else if (j > shareStart) {
          r.device = '\\\\' + server + '\\' + path.slice(shareStart, j);
          r.rootEnd = j;
          r.unc = true;
        }
      }
    }
    return r;
  }
  if (len > 1 && isDriveLetter(path[0]) && path[1] === ':') {
    r.device = path.slice(0, 2);
    r.rootEnd = 2;
    if (len > 2 && isWinSep(path[2])) {
      r.absolute = true;
      r.rootEnd = 3;
    }
  }
  return r;
}

const win32 = reorderKeys({
  sep: '\\',
  delimiter: ';',

  resolve(...args) {
    let device = '';
    let tail = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else if (device.length === 0) {
        path = process.cwd();
      } else {
        // Windows keeps a current directory per drive in the hidden
        // environment variable "=C:"; without one the drive's root is used.
        path = process.env[`=${device}`] || process.cwd();
        if (path.slice(0, 2).toLowerCase() !== device.toLowerCase() && path[2] === '\\') path = device + '\\';
      }
      const root = winRoot(path, true);
      if (root.device.length > 0 && device.length > 0 && root.device.toLowerCase() !== device.toLowerCase()) continue;
      if (device.length === 0 && root.device.length > 0) device = root.device;
      if (absolute) {
        if (device.length > 0) break;
      } else {
        tail = path.slice(root.rootEnd) + '\\' + tail;
        absolute = root.absolute;
        if (absolute && device.length > 0) break;
      }
    }
    tail = normalizeSegments(tail, !absolute, '\\', isWinSep);
    if (absolute) return device + '\\' + tail;
    return device + tail || '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return isWinSep(path) ? '\\' : path;
    const root = winRoot(path, true);
    // A bare UNC root names a share's top directory, which Node writes with
    // its trailing separator.
    if (root.unc && root.rootEnd === len) return root.device + '\\';
    let tail = root.rootEnd < len ? normalizeSegments(path.slice(root.rootEnd), !root.absolute, '\\', isWinSep) : '';
    if (tail.length === 0 && !root.absolute) tail = '.';
    if (tail.length > 0 && isWinSep(path[len - 1])) tail += '\\';
    if (root.device.length === 0) {
      if (root.absolute) return '\\' + tail;
      // A relative result must not read as a drive ("a/../C:x" → "C:x") or
      // as a stream name ending in a colon, so Node guards it with ".\\".
      const driveLike = tail.length > 1 && isDriveLetter(tail[0]) && tail[1] === ':';
      return driveLike || /:($|[\\/])/.test(path) ? '.\\' + tail : tail;
    }
    return root.absolute ? root.device + '\\' + tail : root.device + tail;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    if (path.length === 0) return false;
    return isWinSep(path[0]) || (path.length > 2 && isDriveLetter(path[0]) && path[1] === ':' && isWinSep(path[2]));
  },

  join(...args) {
    const parts = [];
    for (const arg of args) {
      validateString(arg, 'path');
      if (arg.length > 0) parts.push(arg);
    }
    if (parts.length === 0) return '.';
    let joined = parts.join('\\');
    // Only a first part that itself starts like a UNC root ("\\x") may
    // make the joined path one; separators that merely pile up at the
    // start from joining ("\\" + "\\a") collapse to one.
    const first = parts[0];
    const uncStart = first.length > 2 && isWinSep(first[0]) && isWinSep(first[1]) && !isWinSep(first[2]);
    if (!uncStart) {
      let n = 0;
      while (n < joined.length && isWinSep(joined[n])) n++;
      if (n >= 2) joined = '\\' + joined.slice(n);
    }
    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig || fromOrig.toLowerCase() === toOrig.toLowerCase()) return '';
    // Compared case-blind without the separators at either end; the answer
    // climbs out of what follows the last separator the two share.
    const trim = (p) => p.toLowerCase().replace(/^\\+|\\+$/g, '');
    const f = trim(fromOrig);
    const t = trim(toOrig);
    const toStart = toOrig.length - toOrig.replace(/^\\+/, '').length;
    const toEnd = toOrig.replace(/\\+$/, '').length;
    const length = Math.min(f.length, t.length);
    let i = 0;
    let lastCommonSep = -1;
    for (; i < length && f[i] === t[i]; i++) {
      if (f[i] === '\\') lastCommonSep = i;
    }
    if (i < length) {
      if (lastCommonSep === -1) return toOrig;
    } else {
      if (t.length > length) {
        if (t[length] === '\\') return toOrig.slice(toStart + length + 1, toEnd);
        if (length === 2) return toOrig.slice(toStart + length, toEnd);
      }
      if (f.length > length) {
        if (f[length] === '\\') lastCommonSep = length;
        else if (length === 2) lastCommonSep = 3;
      }
      if (lastCommonSep === -1) lastCommonSep = 0;
    }
    const ups = [];
    for (let j = lastCommonSep + 1; j <= f.length; j++) {
      if (j === f.length || f[j] === '\\') ups.push('..');
    }
    let rest = toOrig.slice(toStart + lastCommonSep, toEnd);
    if (ups.length > 0) return ups.join('\\') + rest;
    if (rest[0] === '\\') rest = rest.slice(1);
    return rest;
  },

  matchesGlob(path, pattern) {
    return glob(path, pattern, true);
  },

  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;
    if (resolved[0] === '\\' && resolved[1] === '\\') {
      if (resolved[2] !== '?' && resolved[2] !== '.') return '\\\\?\\UNC\\' + resolved.slice(2);
    } else if (isDriveLetter(resolved[0]) && resolved[1] === ':' && resolved[2] === '\\') {
      return '\\\\?\\' + resolved;
    }
    return resolved;
  },

  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    const root = winRoot(path);
    if (root.unc && root.rootEnd === len) return path;
    // The directory of a name directly under a UNC share is the share with
    // its separator.
    const rootLen = root.unc ? root.rootEnd + 1 : root.rootEnd;
    const [begin] = lastComponent(path, rootLen, isWinSep);
    if (begin > rootLen + 1) return path.slice(0, begin - 1);
    if (rootLen === 0) return '.';
    return path.slice(0, rootLen);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    const start = path.length >= 2 && isDriveLetter(path[0]) && path[1] === ':' ? 2 : 0;
    return basenameOf(path, start, suffix, isWinSep);
  },

  extname(path) {
    validateString(path, 'path');
    const start = path.length >= 2 && isDriveLetter(path[0]) && path[1] === ':' ? 2 : 0;
    const [begin, end] = lastComponent(path, start, isWinSep);
    return end === -1 ? '' : extOf(path.slice(begin, end));
  },

  format: _format.bind(null, '\\'),

  parse(path) {
    validateString(path, 'path');
    const root = winRoot(path);
    let rootLen = root.rootEnd;
    if (root.unc && rootLen < path.length) rootLen++;
    return parseWith(path, path.slice(0, rootLen), isWinSep, false);
  },
}, nodeOrder);

// glob backs matchesGlob for both flavours. Node warns on the first call,
// before looking at the arguments, and matches case-insensitively on the
// hosts whose file systems usually are (macOS and Windows).
let globWarned = false;
let globMatcher;
function glob(path, pattern, windows) {
  if (!globWarned) {
    globWarned = true;
    process.emitWarning('glob is an experimental feature and might change at any time', 'ExperimentalWarning');
  }
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  globMatcher ??= require('internal/glob').matchesGlob;
  const nocase = process.platform === 'darwin' || process.platform === 'win32';
  return globMatcher(path, pattern, windows, nocase);
}

posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;
posix._makeLong = posix.toNamespacedPath;
win32._makeLong = win32.toNamespacedPath;

module.exports = posix;
