// SyncWriteStream is process.stdout and process.stderr: a stream.Writable
// whose writes go out synchronously, as node's do for files, pipes and (on
// POSIX) terminals, so pipeline(), finished() and everything else that
// takes a Writable take them; a write's callback still comes on the next
// tick, as the Writable's after a synchronous write. A terminal's is a
// tty.WriteStream, which inherits these methods. Node names the class
// SyncWriteStream for files (its pipes are net.Sockets written
// synchronously, which Kiln's are too, through this class).
const { Writable } = require('stream');

function SyncWriteStream(fd, options) {
  // Strings are written as they are (UTF-8), not turned into Buffers first.
  Writable.call(this, { autoDestroy: true, decodeStrings: false });
  this.fd = fd;
  this.readable = false;
  this.autoClose = options === undefined || options === null || options.autoClose === undefined ? true : options.autoClose;
  this._isStdio = true;
}
Object.setPrototypeOf(SyncWriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(SyncWriteStream, Writable);

function syncWrite(chunk, encoding, cb) {
  if (typeof chunk === 'string' && encoding !== 'utf8' && encoding !== 'utf-8') {
    chunk = Buffer.from(chunk, encoding);
  }
  if (!this._isStdio) {
    require('fs').writeSync(this.fd, chunk);
    cb();
    return;
  }
  // A failed write (EPIPE once the reader has gone) is the stream's error.
  cb(binding.write(this.fd, chunk));
}
SyncWriteStream.prototype._write = syncWrite;

// write is the Writable's, with the common case done at once: a string
// with no callback, to a stream with nothing buffered, corked, ending or
// failed. Writable.write would write it synchronously too, and leave its
// state as it found it (a synchronous write without a callback settles at
// once); this skips its bookkeeping, half the cost of a write.
const writableWrite = Writable.prototype.write;
function write(chunk, encoding, cb) {
  if (typeof chunk === 'string' && cb === undefined && (encoding === undefined || encoding === 'utf8') &&
      writesAtOnce(this)) {
    if (!this._isStdio) {
      require('fs').writeSync(this.fd, chunk);
      return true;
    }
    const err = binding.write(this.fd, chunk);
    if (err === undefined) return true;
    // As the Writable reports a failed write: 'error', then the end.
    this._writableState.errored = err;
    require('internal/streams/destroy').errorOrDestroy(this, err);
    return false;
  }
  return writableWrite.call(this, chunk, encoding, cb);
}
SyncWriteStream.prototype.write = write;

// writesAtOnce reports whether a write of a UTF-8 string without a
// callback to stream would go straight out, leaving its state unchanged.
function writesAtOnce(stream) {
  const state = stream._writableState;
  return state.length === 0 && !state.writing && !state.corked && !state.ending && !state.destroyed &&
    !state.errored && !state.needDrain && state.constructed && !state.objectMode &&
    state.defaultEncoding === 'utf8' && stream._write === syncWrite;
}

SyncWriteStream.prototype._destroy = function _destroy(err, cb) {
  if (this.fd === null) return cb(err);
  if (this.autoClose) require('fs').closeSync(this.fd);
  this.fd = null;
  cb(err);
};

SyncWriteStream.prototype.destroySoon = SyncWriteStream.prototype.destroy;

module.exports = { SyncWriteStream };
