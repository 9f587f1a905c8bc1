// The tty module: isatty, and minimal ReadStream/WriteStream classes over a
// descriptor (raw mode on Linux; no window size yet).

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && binding.isatty(fd);
}

function ReadStream(fd) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd);
  this.fd = fd;
  this.isRaw = false;
  this.isTTY = true;
}
// setRawMode is shared with process.stdin, an fs.ReadStream that a
// terminal gives this method to.
function setRawMode(flag) {
  flag = !!flag;
  const err = binding.setRawMode(this.fd, flag);
  if (err !== undefined) {
    throw binding.nodeError('Error', 'ERR_TTY_INIT_FAILED', `TTY initialization failed: uv_tty_set_mode returned ${err}`);
  }
  this.isRaw = flag;
  return this;
}
ReadStream.prototype.setRawMode = setRawMode;

function WriteStream(fd) {
  if (!(this instanceof WriteStream)) return new WriteStream(fd);
  this.fd = fd;
  this.isTTY = true;
  this.columns = 80;
  this.rows = 24;
}
WriteStream.prototype.write = function write(chunk, encoding, cb) {
  if (typeof encoding === 'function') cb = encoding;
  require('fs').writeSync(this.fd, chunk);
  if (typeof cb === 'function') process.nextTick(cb, null);
  return true;
};
WriteStream.prototype.getWindowSize = function getWindowSize() { return [this.columns, this.rows]; };
WriteStream.prototype.hasColors = function hasColors(count = 16) { return count <= 16; };
WriteStream.prototype.getColorDepth = function getColorDepth() { return 4; };

module.exports = { isatty, ReadStream, WriteStream };
