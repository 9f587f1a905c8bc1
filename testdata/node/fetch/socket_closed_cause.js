// A server that closes the connection without answering fails fetch with
// undici's SocketError as the cause.
const http = require('http');
const srv = http.createServer((req) => req.socket.destroy());
srv.listen(0, '127.0.0.1', async () => {
  try {
    await fetch(`http://127.0.0.1:${srv.address().port}/`);
  } catch (e) {
    const c = e.cause;
    console.log(e.name, e.message, c instanceof Error, c.name, c.code, c.message);
    console.log(c.socket.localAddress, c.socket.remotePort === srv.address().port, c.socket.remoteFamily, c.socket.bytesRead);
    console.log(Object.keys(c), c[Symbol.for('undici.error.UND_ERR_SOCKET')]);
  }
  srv.close();
});
