// diagnostics_channel publish/subscribe and tracing channels, plus the old module names packages still require
// (sys, constants, _stream_*, _http_*) and stream/consumers.
const dc = require('diagnostics_channel');
const { AsyncLocalStorage } = require('async_hooks');

const ch = dc.channel('app:request');
console.log(ch.name, ch.hasSubscribers, dc.hasSubscribers('app:request'), ch === dc.channel('app:request'));
const seen = (msg, name) => console.log('seen', JSON.stringify(msg), String(name));
ch.subscribe(seen);
console.log(ch.hasSubscribers, dc.hasSubscribers('app:request'));
ch.publish({ url: '/a' });
dc.subscribe('app:request', (msg) => console.log('second', msg.url));
ch.publish({ url: '/b' });
console.log(ch.unsubscribe(seen), ch.unsubscribe(seen));
ch.publish({ url: '/c' });
const sym = Symbol('sym-channel');
dc.channel(sym).subscribe((m, n) => console.log('symbol channel', m, typeof n));
dc.channel(sym).publish(7);
for (const bad of [1, {}, null]) {
  try {
    dc.channel(bad);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
try {
  ch.subscribe('nope');
} catch (e) {
  console.log(e.code, e.message);
}

const tc = dc.tracingChannel('app:db');
const events = [];
tc.subscribe({
  start: (ctx) => events.push('start ' + ctx.q),
  end: (ctx) => events.push('end ' + ctx.q),
  asyncStart: (ctx) => events.push('asyncStart ' + ctx.q + ' ' + ctx.result),
  asyncEnd: (ctx) => events.push('asyncEnd ' + ctx.q),
  error: (ctx) => events.push('error ' + ctx.q + ' ' + ctx.error.message),
});
console.log(tc.traceSync((a, b) => a + b, { q: 'sum' }, null, 2, 3));
try {
  tc.traceSync(() => {
    throw new Error('boom');
  }, { q: 'fail' });
} catch (e) {
  console.log('caught', e.message);
}
const als = new AsyncLocalStorage();
dc.channel('tracing:app:db:start').bindStore(als, (ctx) => 'store for ' + ctx.q);
tc.tracePromise(async () => als.getStore(), { q: 'p' }).then((v) => {
  console.log('promise result', v);
  tc.traceCallback((cb) => setImmediate(cb, null, 'cb value'), 0, { q: 'cb' }, null, (err, v) => {
    console.log('callback', err, v);
    console.log(events.join('\n'));
    rest();
  });
});

function rest() {
  console.log(require('sys') === require('util'), require('node:sys') === require('util'));
  const c = require('constants');
  console.log(Object.keys(c).length > 100, c.O_RDONLY, c.SIGINT, c.ENOENT, c.S_IFMT, 'O_CREAT' in c);
  const stream = require('stream');
  console.log(require('_stream_readable') === stream.Readable, require('_stream_writable') === stream.Writable,
    require('_stream_duplex') === stream.Duplex, require('_stream_transform') === stream.Transform,
    require('_stream_passthrough') === stream.PassThrough);
  const http = require('http');
  console.log(require('_http_agent').Agent === http.Agent, require('_http_agent').globalAgent === http.globalAgent,
    require('_http_client').ClientRequest === http.ClientRequest, require('_http_incoming').IncomingMessage === http.IncomingMessage,
    require('_http_outgoing').OutgoingMessage === http.OutgoingMessage, require('_http_server').ServerResponse === http.ServerResponse);
  const consumers = require('stream/consumers');
  (async () => {
    console.log(await consumers.text(stream.Readable.from(['héllo', ' ', 'wörld'])));
    console.log(await consumers.json(stream.Readable.from(['{"a":', '[1,2]}'])));
    const buf = await consumers.buffer(stream.Readable.from([Buffer.from('ab'), Buffer.from('cd')]));
    console.log(Buffer.isBuffer(buf), buf.toString());
    const ab = await consumers.arrayBuffer(stream.Readable.from([Buffer.from('xyz')]));
    console.log(ab instanceof ArrayBuffer, ab.byteLength);
    const blob = await consumers.blob(stream.Readable.from([Buffer.from('blob!')]));
    console.log(blob.size, await blob.text());
    const web = new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('from web')); c.close(); } });
    console.log(await consumers.text(web));
  })();
}
