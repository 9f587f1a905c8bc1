// http.request and http.get against servers in the same process: event
// order, keep-alive socket reuse through the global agent, bodies sent
// chunked or with a length, and the failures (refused, hang up, destroy,
// abort, timeout) in node's form.
const http = require('http');
const net = require('net');

const calls = [
  ['https protocol', () => http.request('https://127.0.0.1/')],
  ['space in path', () => http.request({ path: '/a b' })],
  ['bad method', () => http.request({ method: 'G T' })],
  ['method type', () => http.request({ method: 1 })],
  ['bad header', () => http.request({ headers: { 'a b': 1 } })],
];
for (const [label, f] of calls) {
  try {
    f();
    console.log(label, '-> ok');
  } catch (e) {
    console.log(label, '->', `${e.code} ${e.name}: ${e.message}`);
  }
}
console.log('STATUS_CODES', http.STATUS_CODES[404], http.STATUS_CODES[418], Object.keys(http.STATUS_CODES).length);
console.log('METHODS', http.METHODS.length, http.METHODS.includes('PATCH'));
console.log('globalAgent', http.globalAgent instanceof http.Agent, http.globalAgent.keepAlive);

const seen = [];
const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    seen.push(`${req.method} ${req.url} te=${req.headers['transfer-encoding']} cl=${req.headers['content-length']} body=${body}`);
    if (req.url === '/hangup') return req.socket.destroy();
    if (req.url === '/slow') return setTimeout(() => res.end('late'), 200);
    res.setHeader('X-Port', req.socket.remotePort);
    res.end(`you sent ${body.length} bytes`);
  });
});

function log(label, req) {
  const events = [];
  for (const ev of ['socket', 'finish', 'response', 'close', 'abort', 'timeout']) {
    req.on(ev, () => events.push(ev));
  }
  req.on('error', (e) => events.push(`error ${e.code} ${e.message.replace(/:\d+$/, ':PORT')}`));
  return new Promise((resolve) => {
    req.on('response', (res) => {
      res.setEncoding('utf8');
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => events.push(`res end ${res.statusCode} ${JSON.stringify(body)}`));
      res.on('close', () => events.push('res close'));
    });
    req.on('close', () => setTimeout(() => {
      console.log(label + ':', events.join(', '));
      resolve(req);
    }, 20));
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const base = { host: '127.0.0.1', port };

  const r1 = http.get(`http://127.0.0.1:${port}/get?x=1`);
  await log('get by URL', r1);
  const r2 = http.get({ ...base, path: '/again' });
  await log('second get', r2);
  console.log('socket reused', r2.reusedSocket);

  let req = http.request({ ...base, method: 'POST', path: '/chunked' });
  req.write('abc');
  req.end('def');
  await log('post chunked', req);

  req = http.request({ ...base, method: 'PUT', path: '/length', headers: { 'content-length': 5 } });
  req.end('12345');
  await log('put with length', req);

  req = http.request({ ...base, method: 'POST', path: '/empty' });
  req.end();
  await log('post empty', req);

  req = http.request({ ...base, path: '/hangup', agent: false });
  req.end();
  await log('server destroys socket', req);

  req = http.request({ ...base, path: '/slow', timeout: 50 });
  req.on('timeout', () => req.destroy());
  req.end();
  await log('timeout then destroy', req);

  req = http.request({ ...base, path: '/destroyed' });
  req.end();
  req.destroy();
  await log('destroy before socket', req);

  req = http.request({ ...base, path: '/aborted' });
  req.end();
  req.abort();
  await log('abort before socket', req);

  console.log('server saw:');
  for (const s of seen) console.log('  ' + s);

  const closed = await new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => resolve(p));
    });
  });
  req = http.get({ host: '127.0.0.1', port: closed, path: '/' });
  await log('refused', req);

  server.close(() => console.log('server closed'));
});
