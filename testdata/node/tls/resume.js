// Session resumption: a client keeps the session a server issues ('session'
// events, getSession) and resumes it on a later connection (the session
// option, setSession), at TLS 1.2 and 1.3; a session from elsewhere gives a
// full handshake; https.Agent keeps one session per name and resumes it.
const tls = require('tls');
const https = require('https');
const fs = require('fs');
const path = require('path');

const read = (f) => fs.readFileSync(path.join(__dirname, f));
const key = read('server-key.pem');
const cert = read('server.pem');
const ca = read('ca.pem');

function connect(port, options) {
  return new Promise((resolve) => {
    const c = tls.connect({ port, host: '127.0.0.1', servername: 'localhost', ca, ...options });
    let session;
    c.on('session', (s) => { session = s; });
    let data = '';
    c.on('data', (d) => { data += d; });
    c.on('end', () => resolve({ reused: c.isSessionReused(), session, data, authorized: c.authorized,
      own: c.getSession() }));
  });
}

const server = tls.createServer({ key, cert }, (s) => s.end(s.isSessionReused() ? 'resumed' : 'full'));
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  for (const maxVersion of ['TLSv1.2', 'TLSv1.3']) {
    const first = await connect(port, { maxVersion });
    console.log(maxVersion, 'first', first.reused, first.data, first.authorized, Buffer.isBuffer(first.session),
      first.own === first.session);
    const second = await connect(port, { maxVersion, session: first.session });
    console.log(maxVersion, 'second', second.reused, second.data, second.authorized);
    const viaSet = await new Promise((resolve) => {
      const c = tls.connect({ port, host: '127.0.0.1', servername: 'localhost', ca, maxVersion }, () => {});
      c.setSession(first.session);
      c.on('data', () => {});
      c.on('end', () => resolve(c.isSessionReused()));
    });
    console.log(maxVersion, 'setSession', viaSet);
    const bogus = await connect(port, { maxVersion, session: Buffer.from('not a session') });
    console.log(maxVersion, 'bogus', bogus.reused, bogus.data);
  }
  server.close();

  const hs = https.createServer({ key, cert }, (req, res) => res.end(req.socket.isSessionReused() ? 'resumed' : 'full'));
  hs.listen(0, '127.0.0.1', async () => {
    const agent = new https.Agent({ keepAlive: false, ca, servername: 'localhost' });
    console.log('maxCachedSessions', agent.maxCachedSessions);
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => https.get({ host: '127.0.0.1', port: hs.address().port, agent }, (res) => {
        let d = '';
        res.on('data', (x) => { d += x; });
        res.on('end', () => { console.log('https', i, d); resolve(); });
      }));
    }
    console.log('cached names', Object.keys(agent._sessionCache.map).length);
    const none = new https.Agent({ keepAlive: false, ca, servername: 'localhost', maxCachedSessions: 0 });
    for (let i = 0; i < 2; i++) {
      await new Promise((resolve) => https.get({ host: '127.0.0.1', port: hs.address().port, agent: none }, (res) => {
        let d = '';
        res.on('data', (x) => { d += x; });
        res.on('end', () => { console.log('no cache', i, d); resolve(); });
      }));
    }
    hs.close();
  });
});
