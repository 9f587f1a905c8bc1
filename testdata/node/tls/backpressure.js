// Backpressure through TLS: while the server does not read, the client's
// write() returns false and 'drain' stops coming, as over plain TCP. A
// TLSSocket's write is done only when the socket under it has taken the
// ciphertext; were it done as soon as it was encrypted, the client would
// queue all 16 MB in memory and never stall.
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const pem = (f) => fs.readFileSync(path.join(__dirname, f));
const total = 16 << 20;
let resume;

const srv = tls.createServer({ key: pem('server-key.pem'), cert: pem('server.pem') }, (s) => {
  s.pause();
  resume = () => s.resume();
  let n = 0;
  s.on('data', (d) => { n += d.length; });
  s.on('end', () => {
    console.log('server read', n, 'bytes');
    s.end();
    srv.close();
  });
});

srv.listen(0, '127.0.0.1', () => {
  const c = tls.connect({ port: srv.address().port, host: '127.0.0.1', rejectUnauthorized: false });
  const chunk = Buffer.alloc(1 << 16, 7);
  let written = 0;
  let stallTimer = null;
  let stalled = false;
  function pump() {
    clearTimeout(stallTimer);
    while (written < total) {
      written += chunk.length;
      if (!c.write(chunk)) {
        // No 'drain' for a while with the server not reading: stalled.
        if (!stalled) stallTimer = setTimeout(onStall, 300);
        c.once('drain', pump);
        return;
      }
    }
    if (!stalled) {
      console.log('client wrote all', total, 'bytes while the server did not read');
      resume();
    }
    c.end();
  }
  function onStall() {
    stalled = true;
    console.log('client stalled before the end:', written < total, 'writableNeedDrain:', c.writableNeedDrain);
    resume();
  }
  c.once('secureConnect', pump);
  c.resume();
  c.on('close', () => console.log('client closed'));
});
