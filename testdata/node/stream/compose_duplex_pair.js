// stream.compose, Readable.prototype.compose and stream.duplexPair.
const { compose, duplexPair, Readable, Writable, Transform, PassThrough, Duplex } = require('stream');
const t = (f) => {
  try { const r = f(); console.log('ok', r?.constructor?.name); } catch (e) { console.log(e.name, e.code, e.message.split('.')[0]); }
};
console.log(typeof compose, typeof duplexPair, typeof Readable.prototype.compose, Readable.prototype.compose.length);
t(() => compose());
t(() => compose(5));
t(() => compose(new PassThrough(), 5));
t(() => compose(new Writable({ write(c, e, cb) { cb(); } }), new PassThrough()));
t(() => compose(new PassThrough(), new Readable({ read() {} })));
t(() => compose(new PassThrough(), () => 5));
t(() => Readable.from([]).compose(5));
t(() => Readable.from([]).compose(new PassThrough(), 5));
t(() => Readable.from([]).compose(new Readable({ read() {} })));
const one = new PassThrough();
console.log(compose(one) === one);

function objectTransform(fn) {
  return new Transform({ objectMode: true, transform(c, e, cb) { cb(null, fn(c)); } });
}

async function main() {
  const d = compose(objectTransform((c) => String(c).toUpperCase()),
    async function* (source) { for await (const c of source) yield `[${c}]`; },
    objectTransform((c) => c + '.'));
  console.log(d instanceof Duplex, d.readable, d.writable);
  const out = [];
  d.on('data', (c) => out.push(c));
  const ended = new Promise((r) => d.on('end', r));
  d.write('a');
  d.write('b');
  d.end('c');
  await ended;
  console.log('composed', out);

  const r = Readable.from(['x', 'y']).compose(async function* (s) { for await (const c of s) yield c + '!'; });
  console.log('readable.compose', await r.toArray(), r.constructor.name);

  const ro = compose(Readable.from(['r1', 'r2'], { objectMode: true }), objectTransform((c) => c));
  console.log(ro.readable, ro.writable, await ro.toArray());

  const wo = [];
  const wc = compose(objectTransform((c) => c * 2), new Writable({ objectMode: true, write(c, e, cb) { wo.push(c); cb(); } }));
  console.log(wc.readable, wc.writable);
  wc.write(1);
  await new Promise((resolve) => wc.end(2, resolve));
  console.log('writable tail', wo);

  const sunk = [];
  const sink = compose(objectTransform((c) => c + 1), async (source) => { for await (const c of source) sunk.push(c); });
  await new Promise((resolve) => { sink.on('finish', resolve); sink.end(41); });
  console.log('sink', sunk, sink.readable);

  const bad = compose(new PassThrough(), new Transform({ transform(c, e, cb) { cb(new Error('boom')); } }));
  await new Promise((resolve) => { bad.on('error', (e) => { console.log('error', e.message); resolve(); }); bad.write('z'); });

  const thrower = compose(new PassThrough({ objectMode: true }), async function* (s) { for await (const c of s) throw new Error(`bad ${c}`); });
  await new Promise((resolve) => { thrower.on('error', (e) => { console.log('error', e.message); resolve(); }); thrower.resume(); thrower.write('chunk'); });

  const destroyed = compose(new PassThrough(), new PassThrough());
  await new Promise((resolve) => { destroyed.on('close', resolve); destroyed.on('error', (e) => console.log('destroy error', e.name)); destroyed.destroy(); });
  console.log('destroyed', destroyed.destroyed);

  const fromArray = compose(['a', 'b'], objectTransform((c) => c.toUpperCase()));
  console.log('iterable head', fromArray.readable, fromArray.writable, await fromArray.toArray());
  const fromGen = compose((async function* () { yield 1; yield 2; })(), async function* (s) { for await (const x of s) yield x * 10; });
  console.log('async iterable head', await fromGen.toArray());
  console.log('string head', (await compose('str', new PassThrough()).toArray()).map(String));

  const [a, b] = duplexPair();
  console.log(a.constructor.name, a instanceof Duplex, a === b);
  const got = [];
  b.on('data', (c) => got.push(`b:${c}`));
  a.on('data', (c) => got.push(`a:${c}`));
  a.write('hello');
  b.write('world');
  await new Promise((resolve) => { b.on('end', resolve); a.end(); });
  console.log(got.sort(), 'b ended');
  const [x, y] = duplexPair({ objectMode: true });
  console.log(x.readableObjectMode, x.writableObjectMode);
  y.on('data', (c) => console.log('object', c));
  x.write({ n: 1 });
  await new Promise((resolve) => setImmediate(resolve));
}
main();
