// The tty module: isatty, and the ReadStream and WriteStream a terminal's
// stdin, stdout and stderr are (raw mode on Linux only so far).
const net = require('net');
const { errnoException } = require('internal/net_errors');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && binding.isatty(fd);
}

// ReadStream is a net.Socket over the terminal, as node's: a TTY handle
// on the terminal opened again (see WriteStream), read through the loop,
// so reads stop while it is paused and an unreferenced one does not keep
// the process alive; a read of nothing (Ctrl-D in line mode) ends it.
function ReadStream(fd, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd, options);
  const handle = ttyHandle(fd);
  net.Socket.call(this, { readableHighWaterMark: 0, handle, manualStart: true, ...options });
  this.isRaw = false;
  this.isTTY = true;
}
Object.setPrototypeOf(ReadStream.prototype, net.Socket.prototype);
Object.setPrototypeOf(ReadStream, net.Socket);

// setRawMode switches the terminal between raw input (bytes as typed, no
// echo, Ctrl-C as data) and line mode; a failure is the stream's 'error',
// as node's.
ReadStream.prototype.setRawMode = function(flag) {
  flag = !!flag;
  const err = this._handle?.setRawMode(flag);
  if (err) {
    this.emit('error', errnoException(err, 'setRawMode'));
    return this;
  }
  this.isRaw = flag;
  return this;
};

// ttyHandle is node's TTY handle on fd, with the terminal's own calls:
// raw mode and the window size. Raw mode is set through fd itself, not
// the handle's descriptor, so that the process can put the terminal back
// at exit through a descriptor still open (stdlib.ResetStdio).
function ttyHandle(fd) {
  if (fd >> 0 !== fd || fd < 0) {
    throw binding.nodeError('RangeError', 'ERR_INVALID_FD', `"fd" must be a positive integer: ${fd}`);
  }
  const handle = net[Symbol.for('kiln.ttyHandle')](fd);
  handle.getWindowSize = getWindowSize;
  handle.setRawMode = (flag) => binding.setRawMode(fd, flag) ?? 0;
  return handle;
}

// WriteStream is a net.Socket over the terminal, opened again as node's
// TTY handle is, whose writes wait until the terminal takes them (node
// makes them blocking on POSIX, so that output is neither interleaved nor
// lost at exit); the cursor methods are readline's, and the size is the
// terminal's own, refreshed by _refreshSize (process.stdout's on SIGWINCH).
function WriteStream(fd) {
  if (!(this instanceof WriteStream)) return new WriteStream(fd);
  const handle = ttyHandle(fd);
  net.Socket.call(this, { readableHighWaterMark: 0, handle, manualStart: true });
  this._handle.setBlocking(true);
  const size = [];
  if (this._handle.getWindowSize(size) === 0) {
    this.columns = size[0];
    this.rows = size[1];
  }
}
Object.setPrototypeOf(WriteStream.prototype, net.Socket.prototype);
Object.setPrototypeOf(WriteStream, net.Socket);

// getWindowSize is the TTY handle's: [columns, rows] into out, 0 or the
// failure, as node's.
function getWindowSize(out) {
  const size = binding.getWindowSize(this.fd);
  if (typeof size === 'string') return -1;
  out[0] = size[0];
  out[1] = size[1];
  return 0;
}
// In node's order, the methods anonymous as node's are (getColorDepth and
// hasColors are declared below).
WriteStream.prototype.isTTY = true;
WriteStream.prototype.getColorDepth = getColorDepth;
WriteStream.prototype.hasColors = hasColors;
WriteStream.prototype._refreshSize = function() {
  const size = [];
  if (!this._handle || this._handle.getWindowSize(size) !== 0) return;
  if (this.columns !== size[0] || this.rows !== size[1]) {
    this.columns = size[0];
    this.rows = size[1];
    this.emit('resize');
  }
};
WriteStream.prototype.cursorTo = function(x, y, cb) {
  return require('readline').cursorTo(this, x, y, cb);
};
WriteStream.prototype.moveCursor = function(dx, dy, cb) {
  return require('readline').moveCursor(this, dx, dy, cb);
};
WriteStream.prototype.clearLine = function(dir, cb) {
  return require('readline').clearLine(this, dir, cb);
};
WriteStream.prototype.clearScreenDown = function(cb) {
  return require('readline').clearScreenDown(this, cb);
};
WriteStream.prototype.getWindowSize = function() { return [this.columns, this.rows]; };

// Colour depth from the environment, node v20's algorithm
// (lib/internal/tty.js): 1, 4, 8 or 24 bits.
const COLORS_2 = 1;
const COLORS_16 = 4;
const COLORS_256 = 8;
const COLORS_16m = 24;

// Terminals named in TERM; others match termPatterns for 16 colours.
const termColors = {
  __proto__: null,
  eterm: COLORS_16, cons25: COLORS_16, console: COLORS_16, cygwin: COLORS_16, dtterm: COLORS_16,
  gnome: COLORS_16, hurd: COLORS_16, jfbterm: COLORS_16, konsole: COLORS_16, kterm: COLORS_16,
  mlterm: COLORS_16, mosh: COLORS_16m, putty: COLORS_16, st: COLORS_16, 'rxvt-unicode-24bit': COLORS_16m,
  terminator: COLORS_16m,
};
const termPatterns = [/ansi/, /color/, /linux/, /^con[0-9]*x[0-9]/, /^rxvt/, /^screen/, /^xterm/, /^vt100/];
// CI services known to show 256 colours, when CI is set.
const ciNames = ['APPVEYOR', 'BUILDKITE', 'CIRCLECI', 'DRONE', 'GITHUB_ACTIONS', 'GITLAB_CI', 'TRAVIS'];

let warnedNoColor = false;
function warnOnDeactivatedColors(env) {
  if (warnedNoColor) return;
  let name = '';
  if (env.NODE_DISABLE_COLORS !== undefined) name = 'NODE_DISABLE_COLORS';
  if (env.NO_COLOR !== undefined) name = name === '' ? 'NO_COLOR' : name + "' and 'NO_COLOR";
  if (name !== '') {
    process.emitWarning(`The '${name}' env is ignored due to the 'FORCE_COLOR' env being set.`, 'Warning');
    warnedNoColor = true;
  }
}

function getColorDepth(env = process.env) {
  if (env.FORCE_COLOR !== undefined) {
    switch (env.FORCE_COLOR) {
      case '':
      case '1':
      case 'true':
        warnOnDeactivatedColors(env);
        return COLORS_16;
      case '2':
        warnOnDeactivatedColors(env);
        return COLORS_256;
      case '3':
        warnOnDeactivatedColors(env);
        return COLORS_16m;
      default:
        return COLORS_2;
    }
  }
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb') return COLORS_2;
  if (process.platform === 'win32') {
    // Windows 10 build 10586 has 256 colours, build 14931 true colour.
    const release = require('os').release().split('.');
    if (Number(release[0]) >= 10) {
      const build = Number(release[2]);
      if (build >= 14931) return COLORS_16m;
      if (build >= 10586) return COLORS_256;
    }
    return COLORS_16;
  }
  if (env.TMUX) return COLORS_256;
  if (env.CI) {
    if (ciNames.some((name) => name in env) || env.CI_NAME === 'codeship') return COLORS_256;
    return COLORS_2;
  }
  if ('TEAMCITY_VERSION' in env) return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? COLORS_16 : COLORS_2;
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      if (!env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION)) return COLORS_256;
      return COLORS_16m;
    case 'HyperTerm':
    case 'MacTerm':
      return COLORS_16m;
    case 'Apple_Terminal':
      return COLORS_256;
  }
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return COLORS_16m;
  if (env.TERM) {
    if (/^xterm-256/.test(env.TERM)) return COLORS_256;
    const term = env.TERM.toLowerCase();
    if (termColors[term]) return termColors[term];
    if (termPatterns.some((re) => re.test(term))) return COLORS_16;
  }
  if (env.COLORTERM) return COLORS_16;
  return COLORS_2;
}

function hasColors(count, env) {
  if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
    env = count;
    count = 16;
  } else if (typeof count !== 'number') {
    throw binding.invalidArgType('count', 'of type number', count);
  } else if (!Number.isInteger(count)) {
    throw binding.outOfRange('count', 'an integer', count);
  } else if (count < 2 || count > Number.MAX_SAFE_INTEGER) {
    throw binding.outOfRange('count', `>= 2 && <= ${Number.MAX_SAFE_INTEGER}`, count);
  }
  return count <= 2 ** getColorDepth(env);
}

module.exports = { isatty, ReadStream, WriteStream };
