// Agent socket limits: requests beyond maxSockets (or maxTotalSockets) wait
// in agent.requests and take the socket released before them, keep-alive
// agent or not; a request destroyed while it waits leaves the queue;
// agent.destroy() closes every socket.
const http = require('http');

let seen = [];
let sockets = new Set();
const server = http.createServer((req, res) => {
  const p = req.socket.remotePort;
  seen.push(`${req.url} (${req.headers.connection})`);
  sockets.add(p);
  setTimeout(() => res.end(req.url), 10);
});

function waitClosed(agent) {
  return new Promise((resolve) => {
    const poll = () => (agent.totalSocketCount === 0 ? resolve() : setImmediate(poll));
    poll();
  });
}

const queued = (agent) => Object.values(agent.requests).reduce((n, q) => n + q.length, 0);

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  for (const options of [
    { maxSockets: 1 }, { keepAlive: true, maxSockets: 2 }, { keepAlive: true, maxTotalSockets: 1 },
    { keepAlive: true, maxSockets: 1, maxFreeSockets: 0 },
  ]) {
    const agent = new http.Agent(options);
    console.log(JSON.stringify(options), agent.maxSockets, agent.maxFreeSockets, agent.maxTotalSockets);
    seen = [];
    sockets = new Set();
    const got = [];
    await Promise.all([1, 2, 3].map((i) => new Promise((resolve) => {
      const req = http.get({ port, host: '127.0.0.1', path: '/' + i, agent }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d) => { body += d; });
        res.on('end', () => { got.push(`${body} reused ${req.reusedSocket}`); resolve(); });
      });
      console.log('request', i, 'queued', queued(agent), 'sockets', agent.totalSocketCount);
    })));
    console.log('server saw', seen.sort().join(', '), 'on', sockets.size, 'sockets');
    console.log('client got', got.sort().join(', '));
    await new Promise((resolve) => setImmediate(resolve));
    console.log('free', Object.values(agent.freeSockets).map((l) => l.length), 'queued', queued(agent));
    agent.destroy();
    await waitClosed(agent);
    console.log('destroyed', Object.keys(agent.sockets).length, Object.keys(agent.freeSockets).length);
  }

  const agent = new http.Agent({ maxSockets: 1 });
  await new Promise((resolve) => {
    const first = http.get({ port, host: '127.0.0.1', path: '/first', agent }, (res) => {
      res.resume();
      res.on('end', resolve);
    });
    const waiting = http.get({ port, host: '127.0.0.1', path: '/waiting', agent }, () => console.log('unexpected'));
    waiting.on('error', (e) => console.log('waiting request', e.code, e.message));
    console.log('queued', queued(agent));
    waiting.destroy();
    console.log('queued after destroy', queued(agent), first.destroyed);
  });
  await waitClosed(agent);
  server.close(() => console.log('server closed'));
});
