// The wire protocol seen from a raw socket: a client written by hand sends
// frames to an http2 server and prints the frames that come back, so the
// connection preface, SETTINGS and its ACK, PING, WINDOW_UPDATE and the
// connection errors (GOAWAY codes) are checked byte for byte against node.
// (Not here: the protocol errors nghttp2 treats as fatal, which node ends
// with INTERNAL_ERROR and an ERR_HTTP2_ERROR session error, where Kiln
// sends the RFC's code; and the debug text nghttp2 adds to some GOAWAYs.)
const http2 = require('http2');
const net = require('net');

const PREFACE = Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n');
function frame(type, flags, id, payload = Buffer.alloc(0)) {
  const h = Buffer.alloc(9);
  h.writeUIntBE(payload.length, 0, 3);
  h[3] = type;
  h[4] = flags;
  h.writeUInt32BE(id, 5);
  return Buffer.concat([h, payload]);
}
const names = ['DATA', 'HEADERS', 'PRIORITY', 'RST_STREAM', 'SETTINGS', 'PUSH_PROMISE', 'PING', 'GOAWAY',
  'WINDOW_UPDATE', 'CONTINUATION'];
function describe(type, flags, id, p) {
  let what = `${names[type]} flags=${flags} stream=${id} length=${p.length}`;
  if (type === 7) what += ` last=${p.readUInt32BE(0)} code=${p.readUInt32BE(4)}`;
  if (type === 3 || type === 8) what += ` value=${p.readUInt32BE(0)}`;
  if (type === 6) what += ` payload=${p}`;
  if (type === 4 && !(flags & 1)) {
    const settings = [];
    for (let i = 0; i < p.length; i += 6) settings.push(`${p.readUInt16BE(i)}=${p.readUInt32BE(i + 2)}`);
    what += ` [${settings.sort().join(' ')}]`;
  }
  return what;
}

const server = http2.createServer();
const serverLog = [];
server.on('session', (session) => {
  session.on('error', (e) => serverLog.push(`session error ${e.code}: ${e.message}`));
});
server.on('sessionError', (e) => serverLog.push(`server sessionError ${e.code}`));
server.on('stream', (stream, headers) => {
  serverLog.push(`stream ${headers[':path']}`);
  // A fixed date keeps the header block's length (Huffman-coded) the same.
  stream.respond({ ':status': 200, date: 'Thu, 01 Jan 2026 00:00:00 GMT' }, { endStream: true });
});

function exchange(title, bytes) {
  return new Promise((resolve) => {
    const socket = net.connect(server.address().port, '127.0.0.1');
    const out = [];
    let buf = Buffer.alloc(0);
    socket.on('connect', () => socket.write(bytes));
    socket.on('data', (d) => {
      buf = Buffer.concat([buf, d]);
      while (buf.length >= 9 && buf.length >= 9 + buf.readUIntBE(0, 3)) {
        const len = buf.readUIntBE(0, 3);
        out.push(describe(buf[3], buf[4], buf.readUInt32BE(5), buf.subarray(9, 9 + len)));
        buf = buf.subarray(9 + len);
      }
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      setTimeout(() => {
        console.log(`-- ${title}\n${out.join('\n')}\n${serverLog.splice(0).join('\n')}`);
        resolve();
      }, 20);
    });
    setTimeout(() => socket.destroy(), 200);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const settings = frame(4, 0, 0);
  await exchange('preface, SETTINGS, PING', Buffer.concat([PREFACE, settings, frame(6, 0, 0, Buffer.from('pingpong'))]));
  await exchange('bad preface', Buffer.from('GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
  await exchange('RST_STREAM of 3 bytes', Buffer.concat([PREFACE, settings, frame(3, 0, 1, Buffer.alloc(3))]));
  await exchange('PRIORITY is ignored; a request gets its response',
    Buffer.concat([PREFACE, settings, frame(2, 0, 3, Buffer.from([0, 0, 0, 1, 16])),
      frame(1, 5, 1, Buffer.from([0x82, 0x86, 0x84, 0x41, 0x01, 0x61]))]));
  await exchange('bad HPACK', Buffer.concat([PREFACE, settings, frame(1, 5, 1, Buffer.from([0xff, 0xff, 0xff, 0xff]))]));
  server.close();
});
