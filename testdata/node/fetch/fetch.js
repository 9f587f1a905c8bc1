// fetch against a local node:http server: methods and bodies, headers as
// sent and received, redirects, content encodings, streaming bodies,
// abort, and the network errors.
const http = require('http');
const zlib = require('zlib');

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (d) => chunks.push(d));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString();
    const url = new URL(req.url, 'http://x');
    switch (url.pathname) {
      case '/echo':
        res.setHeader('x-method', req.method);
        res.setHeader('x-type', String(req.headers['content-type']));
        res.setHeader('x-length', String(req.headers['content-length']));
        res.setHeader('x-te', String(req.headers['transfer-encoding']));
        res.setHeader('x-custom', String(req.headers['x-custom']));
        res.setHeader('x-agent', `${req.headers['user-agent']}|${req.headers.accept}|${req.headers['accept-encoding']}`);
        res.setHeader('Set-Cookie', ['a=1', 'b=2']);
        res.end(body);
        break;
      case '/json':
        res.setHeader('content-type', 'application/json');
        res.end('{"a":[1,2],"b":"\u00e9"}');
        break;
      case '/redirect':
        res.writeHead(Number(url.searchParams.get('status') || 302), { location: '/echo?from=redirect' });
        res.end('moved');
        break;
      case '/loop':
        res.writeHead(302, { location: '/loop' });
        res.end();
        break;
      case '/gzip':
        res.setHeader('content-encoding', 'gzip');
        res.end(zlib.gzipSync('compressed body'));
        break;
      case '/deflate':
        res.setHeader('content-encoding', 'deflate');
        res.end(zlib.deflateSync('deflated body'));
        break;
      case '/status':
        res.statusCode = 404;
        res.statusMessage = 'Nope';
        res.end('missing');
        break;
      case '/empty':
        res.statusCode = 204;
        res.end();
        break;
      case '/stream':
        res.write('part1,');
        setTimeout(() => res.end('part2'), 5);
        break;
      case '/slow':
        res.write('started');
        break;
      case '/form':
        res.setHeader('content-type', 'application/x-www-form-urlencoded');
        res.end('a=1&b=two+words&a=3');
        break;
      case '/multipart':
        res.setHeader('content-type', req.headers['content-type']);
        res.end(body);
        break;
      default:
        res.end('unknown');
    }
  });
});

function show(label, err) {
  const cause = err.cause ? ` cause=${err.cause.name}:${err.cause.code || ''}:${err.cause.message}` : '';
  console.log(label, `${err.name}: ${err.message}${cause}`.replace(/:\d+/g, ':PORT'));
}

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;

  let r = await fetch(`${base}/echo`);
  console.log(r.status, r.ok, r.statusText, r.type, r.redirected, r.url === `${base}/echo`);
  console.log(r.headers.get('x-method'), r.headers.get('x-agent'), r.headers.get('x-length'));
  console.log(r.headers.get('set-cookie'), r.headers.getSetCookie(), r.bodyUsed);
  console.log(JSON.stringify(await r.text()), r.bodyUsed);
  await r.text().catch((e) => show('reuse', e));

  const bodies = [
    ['string', 'hello'],
    ['buffer', Buffer.from('buf')],
    ['arraybuffer', new Uint8Array([104, 105]).buffer],
    ['params', new URLSearchParams({ q: 'a b', r: '1' })],
    ['blob', new Blob(['blob data'], { type: 'text/x-blob' })],
    ['stream', new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('streamed')); c.close(); } })],
  ];
  for (const [label, body] of bodies) {
    r = await fetch(`${base}/echo`, { method: 'POST', body, duplex: 'half', headers: { 'X-Custom': label } });
    console.log(label, r.headers.get('x-method'), r.headers.get('x-type'), r.headers.get('x-length'),
      r.headers.get('x-te'), r.headers.get('x-custom'), await r.text());
  }
  r = await fetch(new Request(`${base}/echo`, { method: 'PUT', body: 'from request' }));
  console.log(r.headers.get('x-method'), await r.text());

  r = await fetch(`${base}/json`);
  console.log(await r.json(), r.headers.get('content-type'));
  r = await fetch(`${base}/json`);
  const ab = await r.arrayBuffer();
  console.log(ab instanceof ArrayBuffer, ab.byteLength);
  r = await fetch(`${base}/json`);
  const blob = await r.blob();
  console.log(blob.type, blob.size, await blob.text());
  r = await fetch(`${base}/form`);
  const form = await r.formData();
  console.log([...form], form.getAll('a'));
  const fd = new FormData();
  fd.append('field', 'value');
  fd.append('file', new Blob(['file contents'], { type: 'text/plain' }), 'notes.txt');
  r = await fetch(`${base}/multipart`, { method: 'POST', body: fd });
  const back = await r.formData();
  console.log(back.get('field'), back.get('file').name, back.get('file').type, await back.get('file').text());

  for (const status of [301, 302, 303, 307, 308]) {
    r = await fetch(`${base}/redirect?status=${status}`, { method: 'POST', body: 'payload' });
    console.log(status, r.status, r.redirected, new URL(r.url).search, r.headers.get('x-method'), await r.text());
  }
  r = await fetch(`${base}/redirect`, { redirect: 'manual' });
  console.log('manual', r.status, r.headers.get('location'), r.redirected, await r.text());
  await fetch(`${base}/redirect`, { redirect: 'error' }).catch((e) => show('redirect error', e));
  await fetch(`${base}/loop`).catch((e) => show('loop', e));

  r = await fetch(`${base}/gzip`);
  console.log(await r.text(), r.headers.get('content-encoding'));
  r = await fetch(`${base}/deflate`);
  console.log(await r.text());
  r = await fetch(`${base}/status`);
  console.log(r.status, r.ok, r.statusText, await r.text());
  r = await fetch(`${base}/empty`);
  console.log(r.status, r.body, await r.text());
  r = await fetch(`${base}/echo`, { method: 'HEAD' });
  console.log(r.status, r.body);

  r = await fetch(`${base}/stream`);
  const parts = [];
  for await (const chunk of r.body) parts.push(Buffer.from(chunk).toString());
  console.log(parts.join(''), r.bodyUsed);
  r = await fetch(`${base}/stream`);
  const clone = r.clone();
  console.log(await r.text(), await clone.text());

  const ac = new AbortController();
  const pending = fetch(`${base}/slow`, { signal: ac.signal });
  setTimeout(() => ac.abort(), 10);
  await pending.then((res) => res.text()).catch((e) => show('abort body', e));
  await fetch(`${base}/echo`, { signal: AbortSignal.abort() }).catch((e) => show('pre-aborted', e));
  await fetch(`${base}/echo`, { signal: AbortSignal.abort(new Error('custom reason')) })
    .catch((e) => show('reason', e));

  const closed = http.createServer();
  await new Promise((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const deadPort = closed.address().port;
  await new Promise((resolve) => closed.close(resolve));
  await fetch(`http://127.0.0.1:${deadPort}/`).catch((e) => show('refused', e));
  await fetch('not a url').catch((e) => show('bad url', e));
  await fetch('ftp://127.0.0.1/').catch((e) => show('ftp', e));
  await fetch('http://127.0.0.1:1/').catch((e) => show('bad port', e));
  await fetch(`${base}/echo`, { method: 'GET', body: 'x' }).catch((e) => show('get body', e));
  r = await fetch('data:text/plain;charset=utf-8,hello%20world');
  console.log(r.status, r.headers.get('content-type'), await r.text());
  r = await fetch('data:;base64,aGk=');
  console.log(r.headers.get('content-type'), await r.text());
  server.close();
});
