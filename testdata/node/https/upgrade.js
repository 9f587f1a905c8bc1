// Upgrades over TLS (wss://) share http's handling: an https server's
// 'upgrade' and an https request's 'upgrade', with the bytes after the
// head on both sides, and the server's timeout options.
const https = require('https');
const fs = require('fs');
const path = require('path');

const pem = (f) => fs.readFileSync(path.join(__dirname, '..', 'tls', f));

const server = https.createServer({ key: pem('server-key.pem'), cert: pem('server.pem'), headersTimeout: 1000 }, (req, res) => {
  res.end('plain');
});
console.log('timeouts', server.headersTimeout, server.requestTimeout, server.keepAliveTimeout);
server.on('upgrade', (req, socket, head) => {
  console.log('server upgrade', req.url, req.headers.upgrade, JSON.stringify(head.toString()));
  socket.write('HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: echo\r\n\r\nwelcome');
  socket.on('data', (d) => socket.end('echo ' + d));
});
server.listen(0, '127.0.0.1', () => {
  const req = https.request({
    port: server.address().port, host: '127.0.0.1', servername: 'localhost', ca: pem('ca.pem'), path: '/tls',
    headers: { Connection: 'Upgrade', Upgrade: 'echo' },
  });
  req.on('upgrade', (res, socket, head) => {
    console.log('client upgrade', res.statusCode, res.headers.upgrade, JSON.stringify(head.toString()),
      socket.encrypted === true);
    socket.write('ping');
    socket.on('data', (d) => console.log('client got', d.toString()));
    socket.on('end', () => { socket.end(); server.close(() => console.log('server closed')); });
  });
  req.end();
});
