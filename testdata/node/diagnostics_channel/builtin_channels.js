// node's built-in diagnostics channels of net and http: which are published,
// with what, and where they fall among the objects' own events. Each side's
// events are logged on their own, as the client's and the server's
// interleave as the network stack pleases. fetch (undici in node) publishes
// on no http channel, and neither it nor https.request goes through
// http.request.
const dc = require('diagnostics_channel');
const http = require('http');
const https = require('https');
const net = require('net');
const os = require('os');
const path = require('path');

const names = new Map(); // object -> its name in the log
const nameOf = (o) => names.get(o) ?? (o === undefined ? '-' : typeof o);
const logs = { listen: [], client: [], server: [] };
const sideOf = { 'http.client': 'client', 'net.client': 'client', 'http.server': 'server', 'net.server': 'server' };
for (const ch of ['net.client.socket', 'net.server.socket', 'http.client.request.start', 'http.client.request.error',
  'http.client.response.finish', 'http.server.request.start', 'http.server.response.finish']) {
  dc.subscribe(ch, (msg, name) => {
    const fields = Object.keys(msg).sort().map((k) => k === 'error' ? `error=${msg.error.code}` : `${k}=${nameOf(msg[k])}`);
    logs[sideOf[name.split('.').slice(0, 2).join('.')]].push(`${name} ${fields.join(' ')}`);
  });
}
const listen = dc.tracingChannel('net.server.listen');
listen.subscribe({
  start() { logs.listen.push('start'); },
  end() { logs.listen.push('end'); },
  asyncStart(msg) { logs.listen.push(`asyncStart ${nameOf(msg.server)} ${Object.keys(msg).join(',')} options ${Object.keys(msg.options).join(',')}`); },
  asyncEnd(msg) { logs.listen.push(`asyncEnd ${nameOf(msg.server)} ${Object.keys(msg).join(',')}`); },
  error(msg) { logs.listen.push(`error ${nameOf(msg.server)} ${msg.error.code}`); },
});

let calls = 0;
const realRequest = http.request;
http.request = function (...args) { calls++; return realRequest.apply(this, args); };

const server = http.createServer((req, res) => {
  logs.server.push(`'request' ${req.method} ${req.url}`);
  names.set(req, 'req').set(res, 'res');
  res.on('finish', () => logs.server.push("'finish'"));
  res.end('ok');
});
names.set(server, 'server');
server.on('connection', (s) => { names.set(s, 'serverSocket'); logs.server.push("'connection'"); });
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  logs.listen.push("'listening'");
  // A port in use: the error comes to the channel before the event.
  const busy = net.createServer();
  names.set(busy, 'busy');
  await new Promise((resolve) => {
    busy.on('error', (e) => { logs.listen.push(`'error' ${e.code}`); resolve(); });
    busy.listen(port);
  });
  const pipe = net.createServer();
  names.set(pipe, 'pipe');
  await new Promise((resolve) => pipe.listen(path.join(os.tmpdir(), `kiln-dc-${process.pid}.sock`), resolve));
  await new Promise((resolve) => pipe.close(resolve));

  // http.get: the socket, then the request once it is sent, the response
  // before its 'response' event.
  await new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/a', agent: false }, (res) => {
      names.set(res, 'response');
      logs.client.push("'response'");
      res.resume();
      res.on('end', resolve);
    });
    names.set(req, 'request');
    req.on('socket', (s) => { names.set(s, 'clientSocket'); logs.client.push("'socket'"); });
  });
  // A refused connection: the error to the channel, then to the request.
  await new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port: 1, path: '/refused', agent: false });
    names.set(req, 'refused');
    req.on('error', (e) => { logs.client.push(`'error' ${e.code}`); resolve(); });
  });
  // net.connect publishes its socket; new Socket().connect does not.
  await new Promise((resolve) => {
    const s = new net.Socket();
    s.connect(port, '127.0.0.1', () => { logs.client.push('plain socket connected'); s.destroy(); resolve(); });
  });
  await new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1', () => { logs.client.push('net.connect connected'); s.destroy(); resolve(); });
  });
  const before = calls;
  const r = await fetch(`http://127.0.0.1:${port}/fetched`);
  logs.client.push(`fetch ${r.status} ${await r.text()}`);
  await new Promise((resolve) => {
    const req = https.get({ host: '127.0.0.1', port: 1, path: '/tls', agent: false });
    names.set(req, 'tls');
    req.on('error', (e) => { logs.client.push(`https 'error' ${e.code}`); resolve(); });
  });
  logs.client.push(`http.request calls from fetch and https: ${calls - before}`);
  server.close(() => {
    for (const [side, lines] of Object.entries(logs)) {
      console.log(`-- ${side}`);
      for (const l of lines) console.log(l);
    }
  });
});
