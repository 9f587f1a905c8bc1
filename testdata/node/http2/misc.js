// Connection failures and timeouts: a refused connection's session error and
// its pending stream's ERR_HTTP2_STREAM_CANCEL, options.createConnection,
// a stream's setTimeout and a session's setTimeout.
const http2 = require('http2');
const net = require('net');
const log = [];
// connection refused
const bad = http2.connect('http://127.0.0.1:1');
bad.on('error', (e) => log.push(`refused ${e.code} ${e.syscall}`));
bad.on('close', () => log.push(`refused close destroyed=${bad.destroyed}`));
const r0 = bad.request({ ':path': '/' });
r0.on('error', (e) => log.push(`refused stream error ${e.code}: ${e.message}`));
r0.on('close', () => log.push(`refused stream close ${r0.rstCode}`));

const server = http2.createServer();
server.on('stream', (stream, headers) => {
  if (headers[':path'] === '/slow') {
    stream.setTimeout(50, () => { log.push('server stream timeout'); stream.close(http2.constants.NGHTTP2_CANCEL); });
    return;
  }
  stream.respond();
  stream.end('ok');
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const c = http2.connect(`http://127.0.0.1:${port}`, { createConnection: (url, opts) => { log.push(`createConnection ${url.protocol} ${typeof opts}`); return net.connect(port, '127.0.0.1'); } });
  const r = c.request({ ':path': '/slow' });
  r.on('close', () => {
    log.push(`slow close ${r.rstCode}`);
    c.setTimeout(50, () => {
      log.push('session timeout');
      c.destroy();
    });
  });
  r.resume();
  c.on('close', () => {
    server.close();
    setTimeout(() => console.log(log.sort().join('\n')), 50);
  });
});
