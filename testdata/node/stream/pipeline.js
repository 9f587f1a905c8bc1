// pipeline (callback and stream/promises), finished (callback and
// promise), addAbortSignal, and the stream helpers isReadable/isErrored...
const stream = require('stream');
const { Readable, Writable, PassThrough, Transform, pipeline, finished, addAbortSignal } = stream;
const sp = require('stream/promises');
const util = require('util');

const steps = [];
const step = (f) => steps.push(f);
const sink = (name, out) => new Writable({
  write(c, e, cb) {
    out.push(String(c));
    cb();
  },
});

step((next) => {
  const out = [];
  const last = sink('a', out);
  const ret = pipeline(
    Readable.from(['a', 'b', 'c']),
    new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } }),
    last,
    (err, val) => {
      console.log('pipeline done', err, val, out.join(''));
      next();
    },
  );
  console.log('pipeline returns last', ret === last);
});

step((next) => {
  const src = new Readable({ read() {} });
  const mid = new PassThrough();
  const dst = new Writable({ write(c, e, cb) { cb(); } });
  for (const [n, s] of [['src', src], ['mid', mid], ['dst', dst]]) {
    s.on('close', () => console.log('closed', n, s.destroyed));
  }
  pipeline(src, mid, dst, (err) => {
    console.log('pipeline error', err.message);
    setImmediate(next);
  });
  src.push('x');
  setImmediate(() => mid.destroy(new Error('mid broke')));
});

step((next) => {
  const src = new Readable({ read() {} });
  const dst = new Writable({ write(c, e, cb) { cb(); } });
  pipeline(src, dst, (err) => {
    console.log('premature', err.code, err.message);
    next();
  });
  setImmediate(() => src.destroy());
});

step((next) => {
  pipeline(
    async function* () {
      yield 'g1';
      yield 'g2';
    },
    async function* (source) {
      for await (const chunk of source) yield String(chunk) + '!';
    },
    async function (source) {
      let all = '';
      for await (const chunk of source) all += chunk;
      return all;
    },
    (err, val) => {
      console.log('generator pipeline', err, val);
      next();
    },
  );
});

step(async (next) => {
  const out = [];
  const v = await sp.pipeline(Readable.from(['p', 'q']), sink('p', out));
  console.log('promises pipeline', v, out.join(''));
  try {
    await sp.pipeline(
      Readable.from(['x']),
      new Transform({ transform(c, e, cb) { cb(new Error('bad transform')); } }),
      sink('x', []),
    );
  } catch (e) {
    console.log('promises pipeline rejects', e.message);
  }
  const ac = new AbortController();
  const p = sp.pipeline(new Readable({ read() {} }), new PassThrough(), { signal: ac.signal });
  ac.abort();
  try {
    await p;
  } catch (e) {
    console.log('aborted pipeline', e.name, e.code);
  }
  const p2 = util.promisify(pipeline);
  console.log('promisify(pipeline) is promises.pipeline', p2 === sp.pipeline, util.promisify(finished) === sp.finished);
  next();
});

step((next) => {
  const r = new Readable({ read() {} });
  finished(r, (err) => {
    console.log('finished readable', err);
    const w = new Writable({ write(c, e, cb) { cb(); } });
    const cleanup = finished(w, (err) => {
      console.log('finished writable', err, typeof cleanup);
      const bad = new Writable({ write(c, e, cb) { cb(); } });
      finished(bad, (err) => {
        console.log('finished premature', err.code);
        next();
      });
      bad.destroy();
    });
    w.end('x');
  });
  r.push(null);
  r.resume();
});

step(async (next) => {
  const r = Readable.from(['a']);
  r.resume();
  await sp.finished(r);
  console.log('promise finished', r.readableEnded);
  const e = new Readable({ read() {} });
  process.nextTick(() => e.destroy(new Error('kaput')));
  try {
    await sp.finished(e);
  } catch (err) {
    console.log('promise finished rejects', err.message);
  }
  const done = new Readable({ read() {} });
  done.push(null);
  done.resume();
  setImmediate(async () => {
    await sp.finished(done);
    console.log('finished after the fact', done.destroyed);
    next();
  });
});

step((next) => {
  const ac = new AbortController();
  const r = addAbortSignal(ac.signal, new Readable({ read() {} }));
  r.on('error', (e) => console.log('abort error', e.name, e.code, e.message, e.cause.name));
  r.on('close', () => {
    console.log('abort closed', r.destroyed);
    const ac2 = new AbortController();
    const w = new Writable({ signal: ac2.signal, write(c, e, cb) { cb(); } });
    w.on('error', (e) => console.log('signal option', e.name, e.cause));
    w.on('close', next);
    ac2.abort('why');
  });
  ac.abort();
});

step((next) => {
  const r = new Readable({ read() {} });
  const w = new Writable({ write(c, e, cb) { cb(); } });
  console.log('isReadable', stream.isReadable(r), 'isWritable', stream.isWritable(w), 'isErrored', stream.isErrored(r),
    'isDisturbed', stream.isDisturbed(r), 'isDestroyed', stream.isDestroyed(r));
  r.on('error', () => {});
  r.destroy(new Error('x'));
  console.log('after destroy: isReadable', stream.isReadable(r), 'isErrored', stream.isErrored(r),
    'isDestroyed', stream.isDestroyed(r));
  console.log('default hwm', stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
  w.on('error', (e) => console.log('stream.destroy error', e.name));
  stream.destroy(w);
  console.log('stream.destroy', w.destroyed);
  setImmediate(() => {
    console.log('isErrored after error event', stream.isErrored(r), stream.isErrored(w));
    next();
  });
});

step(async (next) => {
  const nums = Readable.from([1, 2, 3, 4, 5]);
  console.log('map/filter', await nums.map((x) => x * 2).filter((x) => x > 4).toArray());
  console.log('take/drop', await Readable.from([1, 2, 3, 4, 5]).drop(1).take(2).toArray());
  console.log('reduce', await Readable.from([1, 2, 3]).reduce((a, b) => a + b, 10));
  console.log('some/every/find', await Readable.from([1, 2]).some((x) => x > 1),
    await Readable.from([1, 2]).every((x) => x > 1), await Readable.from([1, 2]).find((x) => x > 1));
  const seen = [];
  await Readable.from(['f', 'e']).forEach((x) => seen.push(x));
  console.log('forEach', seen, await Readable.from([[1, 2], [3]]).flatMap((x) => x).toArray());
  next();
});

(function run(i) {
  if (i < steps.length) steps[i](() => run(i + 1));
})(0);
