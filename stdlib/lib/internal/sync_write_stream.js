// SyncWriteStream is process.stdout and process.stderr: writes go out
// synchronously, as node's do for files, pipes and (on POSIX) terminals; a
// write's callback still comes later, on the next tick. A terminal's is a
// tty.WriteStream, which inherits these methods. Node names the class
// SyncWriteStream for files and pipes.
const EventEmitter = require('events');

function SyncWriteStream(fd) {
  EventEmitter.call(this);
  this.fd = fd;
  this.writable = true;
  this._isStdio = true;
}
Object.setPrototypeOf(SyncWriteStream.prototype, EventEmitter.prototype);
Object.setPrototypeOf(SyncWriteStream, EventEmitter);
SyncWriteStream.prototype.write = function write(chunk, encoding, cb) {
  if (typeof encoding === 'function') { cb = encoding; encoding = undefined; }
  if (typeof chunk !== 'string' && !ArrayBuffer.isView(chunk)) {
    throw binding.invalidArgType('chunk', 'of type string or an instance of Buffer, TypedArray, or DataView', chunk);
  }
  if (this._isStdio) binding.write(this.fd, chunk);
  else require('fs').writeSync(this.fd, chunk);
  if (typeof cb === 'function') process.nextTick(cb, null);
  return true;
};
SyncWriteStream.prototype.end = function end(chunk, encoding, cb) {
  if (typeof chunk === 'function') { cb = chunk; chunk = undefined; }
  if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
  if (typeof cb === 'function') process.nextTick(cb);
  return this;
};
SyncWriteStream.prototype.cork = function cork() {};
SyncWriteStream.prototype.uncork = function uncork() {};

module.exports = { SyncWriteStream };
