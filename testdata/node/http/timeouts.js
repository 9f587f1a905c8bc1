// Server timeouts with small values: option checks, headersTimeout and
// requestTimeout (408, or 'clientError'), a peer ending mid-message,
// keepAliveTimeout closing an idle connection, server.timeout with and
// without a 'timeout' listener, closeIdleConnections and
// closeAllConnections.
const http = require('http');
const net = require('net');

for (const options of [
  { headersTimeout: 'x' }, { headersTimeout: -1 }, { requestTimeout: 1.5 },
  { headersTimeout: 2000, requestTimeout: 1000 }, { connectionsCheckingInterval: 'a' }, { keepAliveTimeout: 'x' },
  { requestTimeout: 0, headersTimeout: 5 }, { requestTimeout: 1000 }, {},
]) {
  try {
    const s = http.createServer(options);
    console.log('options', JSON.stringify(options), s.headersTimeout, s.requestTimeout, s.keepAliveTimeout,
      s.connectionsCheckingInterval, s.timeout);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

const server = http.createServer({
  connectionsCheckingInterval: 10, headersTimeout: 50, requestTimeout: 100, keepAliveTimeout: 50,
}, (req, res) => {
  if (req.url === '/slow') {
    setTimeout(() => res.end('late'), 150);
    return;
  }
  if (req.url === '/never') return;
  req.resume();
  req.on('end', () => res.end('ok'));
});

// raw writes each piece and reports what came back once the server closes.
function raw(label, ...pieces) {
  return new Promise((resolve) => {
    const c = net.connect(server.address().port, '127.0.0.1', () => { for (const p of pieces) c.write(p); });
    let out = '';
    c.on('data', (d) => { out += d; });
    c.on('error', (e) => console.log(label, 'error', e.code));
    c.on('end', () => c.end());
    c.on('close', () => { console.log(label, JSON.stringify(out.replace(/Date: .*\r\n/g, ''))); resolve(); });
  });
}

server.listen(0, '127.0.0.1', async () => {
  await raw('silent');
  await raw('partial head', 'GET / HTTP/1.1\r\nHost: x\r\n');
  await raw('partial body', 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nab');
  // The response comes, then the idle keep-alive connection is closed.
  await raw('keep-alive', 'GET / HTTP/1.1\r\nHost: x\r\n\r\n');
  // A request fully read is not timed out while it waits for its answer.
  await raw('slow', 'GET /slow HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');

  // After the 408, the client's end in the middle of the head is a
  // second client error.
  let serverSide;
  const serverSideClosed = new Promise((resolve) => { serverSide = resolve; });
  server.on('clientError', (err, socket) => {
    console.log('clientError', err.name, err.code, err.message, err.reason);
    socket.end('HTTP/1.1 408 Custom\r\n\r\n');
    socket.on('close', serverSide);
  });
  await raw('partial head, clientError', 'GET / HTTP/1.1\r\nHost: x\r\n');
  await serverSideClosed;
  server.removeAllListeners('clientError');
  await new Promise((resolve) => {
    const c = net.connect(server.address().port, '127.0.0.1', () => c.end('GET / HTTP/1.1\r\nHost: x\r\n'));
    let out = '';
    c.on('data', (d) => { out += d; });
    c.on('close', () => { console.log('ended mid-head', JSON.stringify(out)); resolve(); });
  });

  server.setTimeout(30, (socket) => {
    console.log('server timeout', socket instanceof net.Socket);
    socket.destroy();
  });
  await raw('server.timeout with listener', 'GET /never HTTP/1.1\r\nHost: x\r\n\r\n');
  server.removeAllListeners('timeout');
  await raw('server.timeout without listener', 'GET /never HTTP/1.1\r\nHost: x\r\n\r\n');
  server.timeout = 0;

  // closeIdleConnections leaves a connection with a request in progress.
  // (keepAliveTimeout is long until then, so that it cannot close the
  // idle one first on a slow run, such as CI's under GC stress.)
  server.keepAliveTimeout = 10000;
  await new Promise((resolve) => {
    let open = 2;
    const done = () => { if (--open === 0) resolve(); };
    const idle = net.connect(server.address().port, '127.0.0.1', () => idle.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
    idle.on('data', () => {
      const busy = net.connect(server.address().port, '127.0.0.1', () => {
        busy.write('GET /slow HTTP/1.1\r\nHost: x\r\n\r\n');
        setTimeout(() => {
          server.keepAliveTimeout = 50;
          server.closeIdleConnections();
          console.log('closeIdleConnections');
        }, 20);
      });
      busy.on('data', (d) => console.log('busy got', String(d).split('\r\n')[0]));
      busy.on('close', () => { console.log('busy closed'); done(); });
    });
    idle.on('close', () => { console.log('idle closed'); done(); });
  });
  await new Promise((resolve) => {
    const c = net.connect(server.address().port, '127.0.0.1', () => {
      c.write('GET /never HTTP/1.1\r\nHost: x\r\n\r\n');
      setTimeout(() => { server.closeAllConnections(); console.log('closeAllConnections'); }, 20);
    });
    c.on('close', () => { console.log('busy closed'); resolve(); });
  });
  server.close(() => console.log('server closed'));
});
