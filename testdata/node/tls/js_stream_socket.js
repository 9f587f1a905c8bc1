// TLS over a transport that is not a net.Socket: node wraps it in a
// JSStreamSocket, which the TLS handle names _parentWrap (http2-wrapper,
// loaded by got, takes the class from there at load). A client TLSSocket
// made by hand sends nothing until tls.connect or a write starts it.
const tls = require('tls');
const net = require('net');
const fs = require('fs');
const path = require('path');
const { Duplex, PassThrough } = require('stream');

const pem = (f) => fs.readFileSync(path.join(__dirname, f));

// A bare TLSSocket over a PassThrough: the wrap is there, nothing is sent.
const pt = new PassThrough();
let sent = 0;
pt.on('data', () => sent++);
const bare = new tls.TLSSocket(pt);
bare.on('error', (e) => console.log('bare error', e.code));
const JSStreamSocket = bare._handle._parentWrap.constructor;
console.log('wrap:', JSStreamSocket.name, bare._handle._parentWrap instanceof net.Socket,
  bare._handle._parentWrap.stream === pt, bare.encrypted);

// A JSStreamSocket on its own carries data both ways and ends with its stream.
function duplexPair() {
  const a = new Duplex({ read() {}, write(chunk, enc, cb) { b.push(chunk); cb(); }, final(cb) { b.push(null); cb(); } });
  const b = new Duplex({ read() {}, write(chunk, enc, cb) { a.push(chunk); cb(); }, final(cb) { a.push(null); cb(); } });
  return [a, b];
}

async function plain() {
  const [a, b] = duplexPair();
  const sock = new JSStreamSocket(a);
  console.log('socket:', sock.remoteAddress, JSON.stringify(sock.address()), sock.readyState, sock.pending, typeof sock._handle);
  const got = [];
  sock.on('data', (c) => got.push(`socket<${c}`));
  b.on('data', (c) => got.push(`peer<${c}`));
  sock.write('to peer');
  b.write('to socket');
  await new Promise((r) => setImmediate(r));
  const closed = new Promise((r) => sock.on('close', r));
  sock.on('end', () => got.push('socket end'));
  b.end();
  sock.end();
  await closed;
  console.log(got.join(', '), '| destroyed', sock.destroyed, a.destroyed);
}

// A TLS client and server over an in-memory pair.
async function overPair() {
  const [a, b] = duplexPair();
  const server = tls.createServer({ key: pem('server-key.pem'), cert: pem('server.pem') }, (s) => {
    s.setEncoding('utf8');
    s.on('data', (d) => s.end(`echo ${d}`));
  });
  server.emit('connection', b);
  const client = tls.connect({ socket: a, ca: pem('ca.pem'), servername: 'localhost' });
  await new Promise((r) => client.once('secureConnect', r));
  console.log('pair: authorized', client.authorized, client._handle._parentWrap.constructor.name);
  client.setEncoding('utf8');
  let text = '';
  client.on('data', (d) => { text += d; });
  client.write('hi');
  await new Promise((r) => client.on('end', r));
  console.log('pair: got', text);
  client.end();
}

plain().then(overPair).then(() => console.log('sent by the bare socket:', sent));
