// The http hooks and properties packages lean on: Agent's keepSocketAlive,
// reuseSocket and removeSocket (overridden here, as agents do, and seen
// to be called), the Keep-Alive timeout hint, ClientRequest.clearTimeout,
// IncomingMessage.headersDistinct/trailersDistinct, setHeaders with Map and
// Headers, writeHeader, _implicitHeader, and the OutgoingMessage getters
// node keeps on the prototype.
const http = require('http');

const calls = [];
class TracingAgent extends http.Agent {
  keepSocketAlive(socket) {
    const ok = super.keepSocketAlive(socket);
    calls.push(`keepSocketAlive -> ${ok}`);
    return ok;
  }
  reuseSocket(socket, req) {
    calls.push('reuseSocket');
    super.reuseSocket(socket, req);
  }
  removeSocket(socket, options) {
    calls.push(`removeSocket ${options.host}`);
    super.removeSocket(socket, options);
  }
}

const proto = http.OutgoingMessage.prototype;
const names = ['headersSent', 'writableEnded', 'writableFinished', 'writableObjectMode', 'writableLength',
  'writableHighWaterMark', 'writableCorked', 'writableNeedDrain', 'errored', 'closed'];
console.log('prototype getters', names.map((n) => typeof Object.getOwnPropertyDescriptor(proto, n)?.get));
const bare = new http.OutgoingMessage();
console.log('fresh message', names.map((n) => bare[n]));
try {
  bare._implicitHeader();
} catch (e) {
  console.log(e.code, e.message);
}
bare.on('error', (e) => console.log('pipe:', e.code, e.message));
bare.pipe();
console.log('writeHeader is writeHead', http.ServerResponse.prototype.writeHeader === http.ServerResponse.prototype.writeHead,
  http.ServerResponse.prototype.statusCode, typeof http.ClientRequest.prototype.clearTimeout);

let n = 0;
const server = http.createServer((req, res) => {
  n++;
  const distinct = req.headersDistinct;
  console.log('headersDistinct', Object.getPrototypeOf(distinct), distinct['x-multi'], distinct['x-second'],
    distinct.connection, Object.keys(distinct).length);
  req.resume();
  req.on('end', () => {
    console.log('trailersDistinct', req.trailersDistinct);
    if (n === 1) {
      try {
        res.setHeaders({ a: 1 });
      } catch (e) {
        console.log(e.code, e.message);
      }
      const h = new Headers();
      h.append('set-cookie', 'a=1');
      h.append('set-cookie', 'b=2');
      h.set('X-From-Headers', 'yes');
      res.setHeaders(new Map([['x-from-map', '1']])).setHeaders(h);
      console.log('before head', res.headersSent, res.writableEnded, res.writableFinished, res.closed);
      res.writeHeader(200, { 'Keep-Alive': 'timeout=10' });
      console.log('after head', res.headersSent);
      res.on('finish', () => console.log('finish', res.writableEnded, res.writableFinished));
      res.on('close', () => console.log('close', res.closed));
      res.end('one');
    } else {
      // A hint of one second leaves no time to reuse the socket.
      res.setHeader('Keep-Alive', 'timeout=1');
      res._implicitHeader();
      res.setHeader = () => { throw new Error('too late'); };
      res.end(n === 2 ? 'two' : 'three');
    }
  });
});

const agent = new TracingAgent({ keepAlive: true });
let closed;
function get(headers, trailers) {
  return new Promise((resolve) => {
    const req = http.request({ port: server.address().port, host: '127.0.0.1', agent, method: 'POST', headers }, (res) => {
      console.log('status', res.statusCode, res.headers['x-from-map'], res.headers['set-cookie'],
        res.headers['x-from-headers'], 'reused', req.reusedSocket);
      res.setEncoding('utf8');
      let body = '';
      res.on('data', (d) => { body += d; });
      // The one socket both requests use: its close ends the story.
      closed ??= new Promise((r) => req.socket.once('close', () => setImmediate(r)));
      res.on('end', () => { console.log('body', body); setImmediate(resolve); });
    });
    req.setTimeout(50000);
    req.clearTimeout();
    if (trailers) {
      req.setHeader('Transfer-Encoding', 'chunked');
      req.addTrailers(trailers);
    }
    req.end('x');
  });
}

server.listen(0, '127.0.0.1', async () => {
  await get({ 'X-Multi': ['1', '2'] }, { 'X-Trailer': 'yes' });
  await get({ 'X-Second': 'a' });
  console.log('free sockets', Object.keys(agent.freeSockets).length);
  await closed;
  console.log(calls);
  server.close();
});
