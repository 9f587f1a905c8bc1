// A ServerResponse rendered standalone over a stand-in socket, as nock and
// msw render their mocked responses: removing Date, Connection,
// Content-Length or Transfer-Encoding keeps node's own out of the head, a
// request not yet parsed gets no chunking, connection can be set on both
// kinds of message, and reading a message over a socket-like object only
// resumes it.
const http = require('http');
const { EventEmitter } = require('events');
const { Writable } = require('stream');

function render(setup) {
  return new Promise((resolve) => {
    let out = '';
    const socket = new Writable({
      write(chunk, enc, cb) { out += chunk; cb(); },
    });
    const req = new http.IncomingMessage(socket);
    const res = new http.ServerResponse(req);
    res.assignSocket(socket);
    setup(res);
    res.on('finish', () => resolve(out.replace(/Date: [^\r]*/, 'Date: <date>')));
  });
}

(async () => {
  console.log(JSON.stringify(await render((res) => {
    res.removeHeader('connection');
    res.removeHeader('date');
    res.writeHead(200, 'OK', ['Content-Type', 'text/plain']);
    res.write('hello ');
    res.end('world');
  })));
  console.log(JSON.stringify(await render((res) => {
    res.setHeader('X-A', '1');
    res.end('body');
  })));

  // An HTTP/1.1 request's response, with the length or the chunking
  // removed.
  for (const name of ['content-length', 'transfer-encoding']) {
    const socket = new Writable({ write(c, e, cb) { cb(); } });
    const req = new http.IncomingMessage(socket);
    req.httpVersionMajor = 1;
    req.httpVersionMinor = 1;
    req.shouldKeepAlive = true;
    const res = new http.ServerResponse(req);
    let out = '';
    socket._write = (c, e, cb) => { out += c; cb(); };
    res.assignSocket(socket);
    res.removeHeader(name);
    res.removeHeader('date');
    res.end('abc');
    await new Promise((r) => res.on('finish', r));
    console.log(name, JSON.stringify(out));
  }

  const standIn = Object.assign(new EventEmitter(), { readable: true, resumed: 0, resume() { this.resumed++; } });
  const msg = new http.IncomingMessage(standIn);
  msg.read(0);
  console.log('resumed', standIn.resumed);
  const other = new EventEmitter();
  msg.connection = other;
  console.log(msg.socket === other);
  const out = new http.OutgoingMessage();
  out.connection = other;
  console.log(out.socket === other);
  for (const C of [http.IncomingMessage, http.OutgoingMessage]) {
    const d = Object.getOwnPropertyDescriptor(C.prototype, 'connection');
    console.log(C.name, d.enumerable, d.configurable, typeof d.get, typeof d.set);
  }
})();
