// A 101 Switching Protocols (or a CONNECT's answer) when the request has
// no 'upgrade' ('connect') listener: node destroys the socket, with no
// 'response' and no 'error'; the request's 'close' comes from the
// socket's, before listeners added to the socket later, and the request
// is destroyed by then.
const http = require('http');
const net = require('net');

const answers = [
  ['GET', { Connection: 'Upgrade', Upgrade: 'x' }, 'HTTP/1.1 101 Switching Protocols\r\nUpgrade: x\r\nConnection: Upgrade\r\n\r\nextra'],
  ['GET', {}, 'HTTP/1.1 101 Switching Protocols\r\nUpgrade: x\r\nConnection: Upgrade\r\n\r\n'],
  ['CONNECT', {}, 'HTTP/1.1 200 Connection Established\r\n\r\ntunnel'],
];

async function run([method, headers, answer]) {
  console.log(method, JSON.stringify(answer));
  const sockets = [];
  const server = net.createServer((s) => {
    sockets.push(s);
    s.once('data', () => s.write(answer));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  await new Promise((resolve) => {
    const req = http.request({ method, path: method === 'CONNECT' ? 'a:1' : '/', port: server.address().port,
      host: '127.0.0.1', headers });
    req.end();
    req.on('response', (res) => console.log('  response', res.statusCode));
    req.on('error', (e) => console.log('  error', e.code, e.message));
    req.on('close', () => {
      console.log('  close', req.destroyed, req.socket.destroyed, req.res?.statusCode, req.res?.complete);
    });
    req.on('socket', (s) => s.on('close', () => {
      console.log('  socket close');
      resolve();
    }));
  });
  for (const s of sockets) s.destroy();
  server.close();
}

(async () => {
  for (const a of answers) await run(a);
})();
