// fetch over https: (node:https): a server whose certificate the default
// trust store does not know fails with undici's shape, the TLS error as
// the cause. The certificates are the tls fixtures'.
const https = require('https');
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, '..', 'tls');
const server = https.createServer({
  key: fs.readFileSync(path.join(dir, 'server-key.pem')),
  cert: fs.readFileSync(path.join(dir, 'server.pem')),
}, (req, res) => res.end('secure'));
server.listen(0, '127.0.0.1', async () => {
  const url = `https://127.0.0.1:${server.address().port}/x`;
  await fetch(url).then((r) => r.text()).then(console.log, (e) => {
    console.log(e.name, e.message, e.cause.code);
  });
  await fetch('https://127.0.0.1:995/').catch((e) => console.log(e.message, e.cause.message));
  server.close();
});
