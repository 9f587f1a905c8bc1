// fetch publishes its connections on undici's client channels: before one
// is made, once it is connected, or its failure to connect, with undici's
// connection parameters.
const dc = require('diagnostics_channel');
const http = require('http');
const net = require('net');

let port;
for (const n of ['undici:client:beforeConnect', 'undici:client:connected', 'undici:client:connectError']) {
  dc.subscribe(n, (m) => {
    const params = JSON.stringify(m.connectParams).replaceAll(String(port), 'PORT');
    console.log(n, params, `connector=${typeof m.connector} ${m.connector.name}`,
      m.socket ? `socket=${m.socket.constructor.name}` : '', m.error ? `error=${m.error.code}` : '');
  });
}

// A port nobody listens on: one a server had and gave back.
function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => resolve(p));
    });
  });
}

const server = http.createServer((req, res) => res.end('ok'));
server.listen(0, '127.0.0.1', async () => {
  port = server.address().port;
  console.log(await (await fetch(`http://127.0.0.1:${port}/a`)).text());
  server.closeAllConnections();
  server.close();
  port = await freePort();
  try {
    await fetch(`http://127.0.0.1:${port}/refused`);
  } catch (e) {
    console.log(e.message, e.cause.code);
  }
});
