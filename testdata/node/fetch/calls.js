// A table of Headers, Request, Response and FormData calls, error cases
// included, and the globals' shapes.
for (const name of ['fetch', 'Headers', 'Request', 'Response', 'FormData']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, typeof d.get, typeof d.value, d.enumerable, d.configurable, d.writable);
}
console.log(fetch.name, fetch.length, Headers.length, Request.length, Response.length, FormData.length);
console.log(Object.getOwnPropertyNames(Headers.prototype), Object.getOwnPropertyNames(FormData.prototype));
console.log(Object.getOwnPropertyNames(Response.prototype), Object.getOwnPropertyNames(Response));
console.log(Object.prototype.toString.call(new Headers()), String(new Response()), String(new Request('http://a')));

const h = new Headers({ b: '1', a: '2', 'Set-Cookie': 'x', A: ' 3 ' });
h.append('set-cookie', 'y');
console.log(h, [...h], [...h.keys()], [...h.values()], h.get('A'), h.has('b'), h.get('zz'));
h.set('b', '9');
h.delete('a');
const seen = [];
h.forEach(function (v, k, o) { seen.push(`${k}=${v}`, o === h, this.tag); }, { tag: 't' });
console.log(seen, h.getSetCookie(), new Headers([['x', '1'], ['x', '2']]).get('x'), new Headers(h).get('b'));

const calls = [
  () => new Headers({ 'a b': '1' }),
  () => new Headers({ a: 'x\ny' }),
  () => new Headers(1),
  () => new Headers([['a']]),
  () => new Headers([['a', 'b', 'c']]),
  () => new Headers().append('a b', 'c'),
  () => new Headers().append('a'),
  () => new Headers().set('a'),
  () => new Headers().get(),
  () => new Headers().get('a b'),
  () => new Headers().has(),
  () => new Headers().delete(),
  () => new Headers().forEach(1),
  () => Headers.prototype.get.call({}, 'a'),
  () => new Request('x'),
  () => new Request(),
  () => new Request('http://a', { method: 'CONNECT' }),
  () => new Request('http://a', { method: 'bad method' }),
  () => new Request('http://a', { method: 'get' }).method,
  () => new Request('http://a', { method: 'GET', body: 'x' }),
  () => new Request('http://a', { method: 'HEAD', body: 'x' }),
  () => new Request('http://u:p@a'),
  () => new Request('http://a', { mode: 'navigate' }),
  () => new Request('http://a', { redirect: 'x' }),
  () => new Request('http://a', { signal: 1 }),
  () => new Request('http://a', { method: 'POST', body: new ReadableStream() }),
  () => new Request('http://a/b?c#d', { method: 'post', body: 'x' }),
  () => new Request(new Request('http://a/x', { method: 'PUT', headers: { a: '1' } })).headers.get('a'),
  () => new Request('http://a', { method: 'POST', body: 'x' }).clone().method,
  () => new Response('x', { status: 99 }),
  () => new Response('x', { status: 600 }),
  () => new Response('x', { status: 'x' }),
  () => new Response('', { status: 200.5 }).status,
  () => new Response('x', { status: 204 }),
  () => new Response(null, { status: 204 }).status,
  () => new Response('x', { statusText: 'a\nb' }),
  () => new Response(null, { headers: 1 }),
  () => new Response('hi', { status: 201, statusText: 'Made', headers: { 'X-A': 'b' } }),
  () => Response.redirect('http://a/'),
  () => Response.redirect('http://a/', 200),
  () => Response.redirect('x'),
  () => Response.error(),
  () => Response.json({ a: 1 }, { status: 201 }),
  () => Response.json(1n),
  () => Response.json(undefined),
  () => new FormData(1),
  () => new FormData().append('a'),
  () => new FormData().get(),
  () => new FormData().append('a', 1, 'x'),
  () => { const f = new FormData(); f.append('a', '1'); f.append('b', 2); f.append('a', '3'); f.set('a', '4'); return [...f]; },
  () => { const f = new FormData(); f.append('a', '1'); f.delete('a'); return [f.has('a'), f.get('a'), f.getAll('a')]; },
  () => { const f = new FormData(); f.append('f', new Blob(['xy'], { type: 'a/b' })); const v = f.get('f'); return [v.name, v.size, v.type, v instanceof File]; },
  () => { const f = new FormData(); f.append('f', new Blob(['xy']), 'n.txt'); return f.get('f').name; },
  () => { const f = new FormData(); f.append('k', 'v'); return [[...f.keys()], [...f.values()], [...f.entries()]]; },
];
for (const [i, f] of calls.entries()) {
  try {
    console.log(i, f());
  } catch (err) {
    console.log(i, `${err.code} ${err.name}: ${err.message}${err.cause ? ' cause=' + err.cause.message : ''}`);
  }
}

(async () => {
  const r = new Response('body text');
  console.log(r.bodyUsed, await r.clone().text(), await r.text(), r.bodyUsed);
  await r.text().catch((e) => console.log(e.name, e.message));
  try {
    r.clone();
  } catch (e) {
    console.log(e.name, e.message);
  }
  console.log(await new Response(new Uint8Array([1, 2, 3])).arrayBuffer());
  console.log(await new Response('{"x":1}').json());
  await new Response('{bad').json().catch((e) => console.log(e.name));
  console.log(await new Response(new URLSearchParams('a=1&b=2')).formData());
  await new Response('x').formData().catch((e) => console.log(e.name, e.message));
  const b = await new Response('blobby', { headers: { 'content-type': 'text/x' } }).blob();
  console.log(b.type, b.size);
  const streamed = new Response(new ReadableStream({
    start(c) { c.enqueue(new TextEncoder().encode('ab')); c.enqueue(new TextEncoder().encode('cd')); c.close(); },
  }));
  console.log(streamed.body.locked, await streamed.text(), streamed.bodyUsed);
  await new Response(new ReadableStream({ start(c) { c.enqueue('str'); c.close(); } })).text()
    .catch((e) => console.log(e.name, e.message));
  const req = new Request('http://a/', { method: 'POST', body: 'request body' });
  console.log(await req.text(), req.bodyUsed);
  console.log(await new Request('http://a/', { method: 'POST', body: new Blob(['blob']) }).text());
  const ac = new AbortController();
  const sreq = new Request('http://a/', { signal: ac.signal });
  ac.abort('why');
  console.log(sreq.signal.aborted, sreq.signal.reason);
})();
