// The core API over h2c (cleartext, prior knowledge), a Kiln server and a
// Kiln client in one process on loopback: 'stream' with headers and flags,
// respond/end, request bodies both ways with trailers, a body larger than
// the flow-control windows, concurrent streams, RST_STREAM codes and the
// errors they give, PING, SETTINGS, and the ends of sessions.
const http2 = require('http2');
const { constants } = http2;

// Each side logs to its own list, printed once an exchange is over: how the
// two sides interleave is the loop's business, not the API's.
const serverLog = [];
const clientLog = [];
function flush(title) {
  console.log(`-- ${title}\n${serverLog.splice(0).join('\n')}\n${clientLog.splice(0).join('\n')}`.replace(/\n+$/, ''));
}
const noDate = (h) => {
  const o = { ...h };
  if (typeof o.date === 'string') o.date = '<date>';
  return JSON.stringify(o);
};

const server = http2.createServer();
let serverSessionEvents;
server.on('session', (session) => {
  serverLog.push(`session type=${session.type} alpn=${session.alpnProtocol} encrypted=${session.encrypted}`);
  session.on('close', () => serverSessionEvents && serverSessionEvents('close'));
  session.on('goaway', (code, last) => serverSessionEvents && serverSessionEvents(`goaway ${code} ${last}`));
  session.on('ping', (p) => serverLog.push(`ping received ${p}`));
});

const streamClosed = new Map();
server.on('stream', (stream, headers, flags, raw) => {
  const path = headers[':path'];
  // Whether the server sees a stream the client resets at once is a race.
  if (path === '/quiet') return;
  serverLog.push(`stream id=${stream.id} ${headers[':method']} ${path} flags=${flags} raw=${raw.length} ` +
    `endAfter=${stream.endAfterHeaders} auth=${headers[':authority'] === `127.0.0.1:${server.address().port}`}`);
  const closed = new Promise((resolve) => stream.on('close', () => {
    serverLog.push(`server stream close ${path} rstCode=${stream.rstCode} closed=${stream.closed} destroyed=${stream.destroyed}`);
    resolve();
  }));
  streamClosed.set(path, closed);
  stream.on('error', (e) => serverLog.push(`server stream error ${e.code}: ${e.message}`));
  stream.on('aborted', () => serverLog.push('server stream aborted'));
  switch (path) {
    case '/hello':
      stream.respond({ ':status': 200, 'content-type': 'text/plain', 'x-list': ['a', 'b'], 'set-cookie': ['x=1', 'y=2'] });
      stream.end('hello world');
      serverLog.push(`headersSent=${stream.headersSent} sentHeaders=${noDate(stream.sentHeaders)}`);
      break;
    case '/echo': {
      let n = 0;
      let sum = 0;
      stream.on('data', (d) => { n += d.length; for (const b of d) sum = (sum + b) % 65521; });
      stream.on('trailers', (t, f) => serverLog.push(`server got trailers ${JSON.stringify(t)} flags=${f}`));
      if (headers['x-respond-first']) stream.respond({ ':status': 200 }, { waitForTrailers: true });
      stream.on('end', () => {
        serverLog.push(`server read ${n} bytes sum=${sum}`);
        if (!stream.headersSent) stream.respond({ ':status': 200, 'x-bytes': n }, { waitForTrailers: true });
        stream.on('wantTrailers', () => {
          serverLog.push('wantTrailers');
          stream.sendTrailers({ 'x-sum': sum });
        });
        stream.end(Buffer.alloc(n, 'z'));
      });
      break;
    }
    case '/nobody':
      stream.respond({ ':status': 204 });
      break;
    case '/cancel':
      stream.close(constants.NGHTTP2_CANCEL);
      break;
    case '/internal':
      stream.close(constants.NGHTTP2_INTERNAL_ERROR);
      break;
    case '/implicit':
      stream.write('implicit respond');
      stream.end();
      break;
    case '/status':
      try { stream.respond({ ':status': 99 }); } catch (e) { serverLog.push(`${e.name} ${e.code}: ${e.message}`); }
      try { stream.respond({ connection: 'close' }); } catch (e) { serverLog.push(`${e.name} ${e.code}: ${e.message}`); }
      try { stream.respond({ ':bogus': 1 }); } catch (e) { serverLog.push(`${e.name} ${e.code}: ${e.message}`); }
      try { stream.respond({ 'content-type': ['a', 'b'] }); } catch (e) { serverLog.push(`${e.name} ${e.code}: ${e.message}`); }
      stream.respond({ ':status': 404 }, { endStream: true });
      try { stream.respond({}); } catch (e) { serverLog.push(`${e.name} ${e.code}: ${e.message}`); }
      break;
  }
});

function request(client, headers, options, body) {
  return new Promise((resolve) => {
    const req = client.request(headers, options);
    const path = headers[':path'];
    let bytes = 0;
    let text = '';
    req.on('ready', () => clientLog.push(`ready id=${req.id}`));
    req.on('response', (h, flags) => clientLog.push(`response ${path} ${noDate(h)} flags=${flags} endAfter=${req.endAfterHeaders}`));
    req.on('trailers', (t, flags) => clientLog.push(`trailers ${JSON.stringify(t)} flags=${flags}`));
    req.on('data', (d) => { bytes += d.length; if (bytes < 100) text += d; });
    req.on('end', () => clientLog.push(`end ${path} ${bytes} bytes${bytes < 100 ? ` ${JSON.stringify(text)}` : ''}`));
    req.on('error', (e) => clientLog.push(`client stream error ${e.code}: ${e.message}`));
    req.on('aborted', () => clientLog.push('client stream aborted'));
    req.on('close', () => {
      clientLog.push(`client stream close ${path} rstCode=${req.rstCode}`);
      (streamClosed.get(path) || Promise.resolve()).then(resolve);
    });
    if (options && options.waitForTrailers) {
      req.on('wantTrailers', () => req.sendTrailers({ 'x-client': 'trailer' }));
    }
    if (body !== undefined) req.end(body);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const url = `http://127.0.0.1:${server.address().port}`;
  const client = http2.connect(url);
  await new Promise((resolve) => client.once('connect', (session, socket) => {
    clientLog.push(`connect same=${session === client} socket=${socket === client.socket} type=${client.type} ` +
      `alpn=${client.alpnProtocol} encrypted=${client.encrypted} connecting=${client.connecting}`);
    resolve();
  }));
  await new Promise((resolve) => setTimeout(resolve, 20));
  flush('connect');

  await request(client, { ':path': '/hello' });
  flush('GET /hello');
  await request(client, { ':path': '/echo', ':method': 'POST' }, { waitForTrailers: true }, Buffer.alloc(200000, 3));
  flush('POST /echo, 200000 bytes each way, trailers both ways');
  await Promise.all(['/hello', '/nobody', '/implicit'].map((p) => request(client, { ':path': p })));
  // The three streams' events interleave as their frames arrive: sorted.
  serverLog.sort();
  clientLog.sort();
  flush('three concurrent streams');
  await request(client, { ':path': '/cancel' });
  flush('server closes with NGHTTP2_CANCEL');
  await request(client, { ':path': '/internal' });
  flush('server closes with NGHTTP2_INTERNAL_ERROR');
  await request(client, { ':path': '/status' });
  flush('respond validation');

  await new Promise((resolve) => {
    client.ping(Buffer.from('abcdefgh'), (err, duration, payload) => {
      clientLog.push(`ping err=${err} duration=${typeof duration} payload=${payload}`);
      resolve();
    });
  });
  try { client.ping(Buffer.from('abc'), () => {}); } catch (e) { clientLog.push(`${e.name} ${e.code}: ${e.message}`); }
  flush('ping');

  await new Promise((resolve) => {
    client.settings({ initialWindowSize: 100000, enablePush: false }, (err, settings) => {
      clientLog.push(`settings acked err=${err} initialWindowSize=${settings.initialWindowSize} enablePush=${settings.enablePush}`);
      clientLog.push(`localSettings=${JSON.stringify(client.localSettings)} pending=${client.pendingSettingsAck}`);
      resolve();
    });
    clientLog.push(`pendingSettingsAck=${client.pendingSettingsAck}`);
  });
  for (const bad of [{ maxFrameSize: 10 }, { enablePush: 1 }, { initialWindowSize: -1 }]) {
    try { client.settings(bad); } catch (e) { clientLog.push(`${e.name} ${e.code}: ${e.message}`); }
  }
  await request(client, { ':path': '/hello' });
  flush('settings');

  // A stream the client resets itself.
  await new Promise((resolve) => {
    const req = client.request({ ':path': '/quiet', ':method': 'POST' });
    req.on('close', () => {
      clientLog.push(`client reset close rstCode=${req.rstCode} destroyed=${req.destroyed}`);
      resolve();
    });
    clientLog.push(`pending=${req.pending} id=${req.id}`);
    req.close(constants.NGHTTP2_CANCEL);
  });
  flush('client resets a stream');

  // close(): a GOAWAY, the open stream finishes, then the session closes.
  await new Promise((resolve) => {
    let events = 0;
    const done = () => { if (++events === 2) resolve(); };
    serverSessionEvents = (what) => { serverLog.push(`server session ${what}`); if (what === 'close') done(); };
    const req = client.request({ ':path': '/echo', ':method': 'POST', 'x-respond-first': 1 });
    req.on('close', () => clientLog.push('last stream closed'));
    req.on('end', () => clientLog.push('last stream end'));
    req.write('x');
    req.on('response', () => {
      req.resume();
      client.close(() => { clientLog.push(`client closed=${client.closed} destroyed=${client.destroyed}`); done(); });
      clientLog.push(`after close(): closed=${client.closed} destroyed=${client.destroyed}`);
      try { client.request({ ':path': '/x' }); } catch (e) { clientLog.push(`${e.name} ${e.code}: ${e.message}`); }
      req.end('yz');
    });
  });
  flush('graceful close');

  // goaway with an error code from the server destroys the client session.
  const second = http2.connect(url);
  await new Promise((resolve) => {
    server.once('session', (s) => {
      setTimeout(() => s.goaway(constants.NGHTTP2_ENHANCE_YOUR_CALM, 0, Buffer.from('bye')), 10);
    });
    second.on('goaway', (code, last, data) => clientLog.push(`client goaway code=${code} last=${last} data=${data}`));
    second.on('error', (e) => clientLog.push(`client session error ${e.code}: ${e.message}`));
    second.on('close', () => {
      clientLog.push(`client session close destroyed=${second.destroyed}`);
      resolve();
    });
  });
  flush('server goaway with ENHANCE_YOUR_CALM');

  server.close();
  console.log('done');
});
