// Upgrades and CONNECT on both sides: a WebSocket handshake and one frame
// each way written by hand (as the ws package does it), the bytes read past
// the head, an Upgrade request nobody listens for ('request' gets it), a
// CONNECT tunnel, and a CONNECT nobody listens for (the socket is dropped).
const http = require('http');
const net = require('net');
const crypto = require('crypto');

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const accept = (key) => crypto.createHash('sha1').update(key + GUID).digest('base64');

// frame makes one final text frame, masked when a mask is given.
function frame(text, mask) {
  const payload = Buffer.from(text);
  const head = Buffer.from([0x81, (mask ? 0x80 : 0) | payload.length]);
  if (!mask) return Buffer.concat([head, payload]);
  const masked = payload.map((b, i) => b ^ mask[i % 4]);
  return Buffer.concat([head, Buffer.from(mask), masked]);
}

function unframe(buf) {
  const masked = buf[1] & 0x80;
  const len = buf[1] & 0x7f;
  if (!masked) return buf.subarray(2, 2 + len).toString();
  const mask = buf.subarray(2, 6);
  return Buffer.from(buf.subarray(6, 6 + len).map((b, i) => b ^ mask[i % 4])).toString();
}

const server = http.createServer((req, res) => {
  console.log('request', req.method, req.url, req.upgrade, req.headers.upgrade);
  res.end('plain');
});

function raw(text) {
  return new Promise((resolve) => {
    const c = net.connect(server.address().port, '127.0.0.1', () => c.write(text));
    let out = '';
    c.on('data', (d) => { out += d; });
    c.on('error', (e) => console.log('raw error', e.code));
    c.on('close', () => { console.log('raw got', JSON.stringify(out.replace(/Date: .*\r\n/, ''))); resolve(); });
    setTimeout(() => c.end(), 100);
  });
}

function websocket(port) {
  return new Promise((resolve) => {
    const key = Buffer.from('0123456789abcdef').toString('base64');
    const req = http.request({
      port, host: '127.0.0.1', path: '/chat',
      headers: { Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Key': key, 'Sec-WebSocket-Version': '13' },
    });
    req.on('response', () => console.log('client: unexpected response'));
    req.on('close', () => console.log('client: request close', req.destroyed));
    req.on('upgrade', (res, socket, head) => {
      console.log('client upgrade', res.statusCode, res.statusMessage, res.upgrade, res.headers.upgrade,
        res.headers['sec-websocket-accept'] === accept(key), 'head', unframe(head));
      console.log('client socket listeners', socket.listenerCount('data'), socket.listenerCount('close'));
      socket.write(frame('hello from client', [1, 2, 3, 4]));
      socket.on('data', (d) => {
        console.log('client frame', unframe(d));
        socket.end();
      });
      socket.on('close', resolve);
    });
    req.end();
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  await raw('GET /nobody HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: foo\r\nConnection: close\r\n\r\n');
  await raw('CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n');

  server.on('upgrade', (req, socket, head) => {
    console.log('server upgrade', req.method, req.url, req.upgrade, req.complete, req.headers.upgrade,
      'head', JSON.stringify(head.toString('latin1')));
    console.log('server socket listeners', socket.listenerCount('data'), socket.listenerCount('error'),
      socket.listenerCount('timeout'));
    if (req.headers.upgrade !== 'websocket') {
      socket.end('HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: foo\r\n\r\nbye');
      return;
    }
    // One write, so that the client finds the first frame in its head.
    socket.write(Buffer.concat([
      Buffer.from('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
        `Sec-WebSocket-Accept: ${accept(req.headers['sec-websocket-key'])}\r\n\r\n`),
      frame('welcome'),
    ]));
    socket.on('data', (d) => {
      console.log('server frame', unframe(d));
      socket.write(frame('echo ' + unframe(d)));
    });
    socket.on('end', () => socket.end());
  });
  await websocket(port);
  // Bytes past the head (a body included) belong to the new protocol.
  await raw('GET /foo HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: foo\r\nContent-Length: 3\r\n\r\nabcMORE');

  server.on('connect', (req, socket, head) => {
    console.log('server connect', req.method, req.url, req.upgrade, JSON.stringify(head.toString()));
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    socket.on('data', (d) => socket.end('tunnel: ' + d));
  });
  await new Promise((resolve) => {
    const req = http.request({ port, host: '127.0.0.1', method: 'CONNECT', path: 'example.com:443' });
    req.on('connect', (res, socket, head) => {
      console.log('client connect', res.statusCode, res.statusMessage, JSON.stringify(head.toString()));
      socket.write('ping');
      socket.on('data', (d) => console.log('client tunnel', d.toString()));
      socket.on('end', () => { socket.end(); resolve(); });
    });
    req.end();
  });

  // A 101 nobody listens for on the client: the socket is dropped, and the
  // request closes without an error.
  server.removeAllListeners('upgrade');
  server.on('upgrade', (req, socket) => {
    socket.write('HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: foo\r\n\r\n');
    socket.on('error', () => {});
    socket.on('end', () => socket.end());
  });
  await new Promise((resolve) => {
    const req = http.request({ port, host: '127.0.0.1', headers: { Connection: 'Upgrade', Upgrade: 'foo' } });
    req.on('error', (e) => console.log('client error', e.code));
    req.on('response', () => console.log('client: unexpected response'));
    req.on('close', () => { console.log('client: close without upgrade listener'); resolve(); });
    req.end();
  });
  server.close(() => console.log('server closed'));
});
