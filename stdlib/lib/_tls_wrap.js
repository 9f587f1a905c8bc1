// Node's legacy path to the TLS socket and server, which packages still
// require.
const tls = require('tls');

module.exports = {
  TLSSocket: tls.TLSSocket,
  Server: tls.Server,
  createServer: tls.createServer,
  connect: tls.connect,
};
