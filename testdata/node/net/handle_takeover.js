// The socket internals that @mswjs/interceptors (nock 15, msw 2) take a
// connection over with: the handle exists by 'connectionAttempt' and its
// connect can be replaced; completing the request through req.oncomplete
// connects the socket; _writeGeneric sees every write, with the data of a
// write made while connecting in _pendingData; getsockname and getpeername
// on the handle answer for the addresses; _final of a socket that never
// reached a peer finishes without error.
const net = require('net');

const sock = new net.Socket();
console.log('handle before connect', sock._handle);
sock._writeGeneric = function (writev, data, encoding, cb) {
  console.log('write', writev, JSON.stringify(String(data)), encoding, 'connecting', this.connecting,
    'pending', this._pendingData === null ? null : String(this._pendingData));
  if (String(data).startsWith('GET')) {
    // Answer as a server would.
    process.nextTick(() => {
      this.push('HTTP/1.1 200 OK\r\n\r\nhi');
      this.push(null);
    });
  }
  cb();
};
sock._read = () => {};
sock.once('connectionAttempt', (address, port, family) => {
  console.log('attempt', address, port, family, typeof sock._handle.connect, typeof sock._handle.connect6);
  sock._handle.connect = (req, addr, p) => {
    console.log('handle.connect', addr, p, req.address, req.port, typeof req.oncomplete);
    sock._handle.getsockname = (out) => { Object.assign(out, { address: '127.0.0.1', family: 'IPv4', port: 50000 }); return 0; };
    sock._handle.getpeername = (out) => { Object.assign(out, { address: '127.0.0.1', family: 'IPv4', port: 80 }); return 0; };
    setImmediate(() => req.oncomplete(0, sock._handle, req, true, true));
  };
});
sock.on('lookup', (err, address, family, host) => console.log('lookup', err, address, family, host));
sock.on('connect', () => {
  console.log('connect', sock.connecting, sock.remoteAddress, sock.remotePort, sock.remoteFamily, sock.address());
  sock.write('GET / HTTP/1.1\r\n\r\n');
  sock.end();
});
sock.on('data', (d) => console.log('data', JSON.stringify(String(d))));
sock.on('end', () => console.log('end'));
sock.on('finish', () => console.log('finish'));
sock.on('error', (e) => console.log('error', e));
sock.on('close', (hadError) => {
  console.log('close', hadError);
  destroyWhileConnecting();
});
sock.connect({
  host: 'example.test', port: 80,
  lookup(host, opts, cb) { process.nextTick(cb, null, [{ address: '127.0.0.1', family: 4 }]); },
});
console.log('connecting', sock.connecting, typeof sock._handle, sock.pending, sock.readyState);
sock.write('early');

// A socket destroyed with an error while it connects emits the error
// before 'close'; the data of its write waits in _pendingData, and the
// write fails.
function destroyWhileConnecting() {
  const other = net.connect({ host: 'example.test', port: 80, lookup() {} });
  other.write('waiting', 'latin1', (err) => console.log('other write', err.code, err.message));
  console.log('other pending', String(other._pendingData), other._pendingEncoding);
  other.on('error', (e) => console.log('other error', e.message));
  other.on('close', (hadError) => console.log('other close', hadError));
  other.destroy(new Error('gone'));
}
