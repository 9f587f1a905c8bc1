// fetch's connections are its own (undici's pool in node): a connection
// http.get left open in http.globalAgent is not reused by fetch, fetch's
// does not appear among the global agent's sockets, and its socket is
// published on net.client.socket as net.connect made it.
const dc = require('diagnostics_channel');
const http = require('http');

let published = 0;
dc.subscribe('net.client.socket', () => published++);
let connections = 0;
const server = http.createServer((req, res) => res.end(`ok ${req.url}`));
server.on('connection', () => connections++);
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  await new Promise((resolve) => http.get(`${base}/a`, (res) => { res.resume(); res.on('end', resolve); }));
  console.log('after http.get: connections', connections, 'free sockets in the global agent',
    Object.values(http.globalAgent.freeSockets).flat().length);
  const r = await fetch(`${base}/b`);
  console.log(await r.text(), 'connections', connections, 'published sockets', published);
  console.log('global agent sockets', Object.keys(http.globalAgent.sockets).length,
    'free', Object.values(http.globalAgent.freeSockets).flat().length);
  server.closeAllConnections();
  server.close();
});
