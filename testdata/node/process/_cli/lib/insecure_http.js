// A request with a control character in a header value, to a server whose
// insecureHTTPParser option is unset and then false; the warnings the
// process emits are printed where they happen.
const http = require('http');
const net = require('net');
process.on('warning', (w) => console.log('warning:', w.name, w.message));
const raw = 'GET / HTTP/1.1\r\nHost: a\r\nX: a\x01b\r\n\r\n';
(async () => {
  for (const options of [{}, { insecureHTTPParser: false }, {}]) {
    const server = http.createServer(options, (req, res) => res.end('ok'));
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const out = await new Promise((resolve) => {
      const c = net.connect(server.address().port, '127.0.0.1', () => c.end(raw));
      let s = '';
      c.on('data', (d) => s += d);
      c.on('close', () => resolve(s.split('\r\n')[0]));
    });
    console.log(JSON.stringify(options), out);
    server.close();
  }
})();
