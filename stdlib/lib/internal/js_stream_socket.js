// JSStreamSocket: a net.Socket whose transport is any Duplex stream, which
// node keeps in lib/internal/js_stream_socket.js. tls puts one between a
// TLSSocket and a transport that is not a net.Socket, and names it
// _handle._parentWrap; packages reach the class from there (http2-wrapper,
// which got loads, tunnels HTTP/1 through an HTTP/2 stream with it).
//
// The socket has no native handle: its _handle is a plain object, as
// node's JSStream is to JavaScript, so that code that decorates the handle
// (getpeername) works, and every method of net.Socket that would reach the
// binding with a handle id is answered here instead.

const net = require('net');

function JSStreamSocket(stream) {
  net.Socket.call(this);
  this.stream = stream;
  this._handle = { owner: this };
  this._streamEnded = false;
  stream.on('data', (chunk) => {
    if (!this.push(chunk)) stream.pause();
  });
  stream.on('end', () => this._endReadable());
  stream.on('error', (err) => this.destroy(err));
  // A stream that closes without 'end' has nothing more to give: the
  // socket ends rather than dropping what it still buffers.
  stream.on('close', () => {
    if (!this.destroyed) this._endReadable();
  });
}
Object.setPrototypeOf(JSStreamSocket.prototype, net.Socket.prototype);
Object.setPrototypeOf(JSStreamSocket, net.Socket);

JSStreamSocket.prototype._endReadable = function _endReadable() {
  if (this._streamEnded) return;
  this._streamEnded = true;
  this.push(null);
};

JSStreamSocket.prototype._read = function _read() {
  this.stream.resume();
};

// Its writes go through its own _write, one at a time: net.Socket's
// _writev would send them past it, straight to the handle.
JSStreamSocket.prototype._writev = null;

JSStreamSocket.prototype._write = function _write(chunk, encoding, cb) {
  this.stream.write(chunk, encoding, (err) => cb(err || undefined));
};

JSStreamSocket.prototype._final = function _final(cb) {
  if (this.stream.destroyed || this.stream.writableEnded) return cb();
  this.stream.end(() => cb());
};

JSStreamSocket.prototype._destroy = function _destroy(err, cb) {
  this._handle = null;
  if (!this.stream.destroyed) this.stream.destroy();
  net.Socket.prototype._destroy.call(this, err, cb);
};

// There is no address, no kernel socket to tune and no loop handle to ref.
JSStreamSocket.prototype.address = function address() { return {}; };
JSStreamSocket.prototype._peerName = function _peerName() { return undefined; };
JSStreamSocket.prototype.setNoDelay = function setNoDelay() { return this; };
JSStreamSocket.prototype.ref = function ref() { this._unref = false; return this; };
JSStreamSocket.prototype.unref = function unref() { this._unref = true; return this; };

module.exports = { JSStreamSocket };
