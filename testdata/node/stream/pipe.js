// pipe and unpipe with backpressure, Duplex with allowHalfOpen, Transform
// with transform and flush, PassThrough, and the legacy Stream base used
// old-style through Stream.call(this) and util.inherits.
const stream = require('stream');
const util = require('util');
const { Readable, Writable, Duplex, Transform, PassThrough, Stream } = stream;

const steps = [];
const step = (f) => steps.push(f);

step((next) => {
  let i = 0;
  const src = new Readable({
    highWaterMark: 4,
    read() {
      i++;
      console.log('src read', i);
      this.push(i <= 5 ? 'chunk' + i : null);
    },
  });
  const pending = [];
  const dst = new Writable({
    highWaterMark: 6,
    write(chunk, enc, cb) {
      console.log('dst write', String(chunk), 'needDrain', this.writableNeedDrain);
      setImmediate(cb);
    },
  });
  src.on('pause', () => console.log('src pause'));
  src.on('resume', () => console.log('src resume'));
  dst.on('drain', () => console.log('dst drain'));
  dst.on('pipe', (s) => console.log('dst pipe', s === src));
  dst.on('unpipe', (s) => console.log('dst unpipe', s === src));
  src.on('end', () => console.log('src end'));
  dst.on('finish', () => {
    console.log('dst finish', pending.length);
    next();
  });
  console.log('pipe returns dest', src.pipe(dst) === dst, 'flowing', src.readableFlowing);
});

step((next) => {
  const src = new Readable({ read() {} });
  const a = new PassThrough();
  const b = new PassThrough();
  src.pipe(a);
  src.pipe(b);
  a.on('unpipe', () => console.log('a unpiped'));
  b.on('unpipe', () => console.log('b unpiped'));
  src.push('shared');
  a.on('data', (d) => console.log('a got', String(d)));
  b.on('data', (d) => console.log('b got', String(d)));
  setImmediate(() => {
    src.unpipe(a);
    console.log('after unpipe a flowing', src.readableFlowing, src._readableState.pipes.length);
    src.unpipe();
    console.log('after unpipe all flowing', src.readableFlowing, src._readableState.pipes.length);
    setImmediate(next);
  });
});

step((next) => {
  const src = new Readable({ read() {} });
  const dst = new Writable({ write(c, e, cb) { cb(); } });
  src.pipe(dst, { end: false });
  src.push('x');
  src.push(null);
  src.on('end', () => {
    setImmediate(() => {
      console.log('end:false dst ended', dst.writableEnded);
      next();
    });
  });
});

step((next) => {
  const d = new Duplex({
    read() {
      this.push('from duplex');
      this.push(null);
    },
    write(chunk, enc, cb) {
      console.log('duplex got', String(chunk));
      cb();
    },
  });
  console.log('duplex instanceof', d instanceof Readable, d instanceof Writable, d instanceof Duplex, d.allowHalfOpen);
  for (const e of ['end', 'finish', 'close']) d.on(e, () => console.log('duplex', e));
  d.on('data', (c) => console.log('duplex data', String(c)));
  d.write('to duplex');
  setImmediate(() => {
    console.log('half open: writable', d.writable, 'readable', d.readable);
    d.end();
    d.on('close', next);
  });
});

step((next) => {
  const d = new Duplex({
    allowHalfOpen: false,
    read() {
      this.push(null);
    },
    write(chunk, enc, cb) {
      cb();
    },
  });
  for (const e of ['end', 'prefinish', 'finish', 'close']) d.on(e, () => console.log('no half open', e));
  d.resume();
  d.on('close', next);
});

step((next) => {
  const d = new Duplex({ readable: false, write(c, e, cb) { cb(); } });
  console.log('readable:false', d.readable, d.writable, d.readableEnded);
  const d2 = new Duplex({ writable: false, read() {} });
  console.log('writable:false', d2.readable, d2.writable, d2.writableFinished);
  const d3 = new Duplex({ readableObjectMode: true, readableHighWaterMark: 3, writableHighWaterMark: 7 });
  console.log('duplex modes', d3.readableObjectMode, d3.writableObjectMode, d3.readableHighWaterMark, d3.writableHighWaterMark);
  next();
});

step((next) => {
  const upper = new Transform({
    transform(chunk, enc, cb) {
      console.log('transform', String(chunk), enc);
      cb(null, String(chunk).toUpperCase());
    },
    flush(cb) {
      console.log('flush');
      cb(null, '!');
    },
  });
  for (const e of ['prefinish', 'finish', 'end', 'close']) upper.on(e, () => console.log('transform', e));
  upper.on('data', (d) => console.log('transform data', String(d)));
  upper.write('abc');
  upper.end('def');
  upper.on('close', next);
});

step((next) => {
  const t = new Transform({
    objectMode: true,
    transform(obj, enc, cb) {
      this.push(obj.n);
      this.push(obj.n * 10);
      cb();
    },
  });
  const got = [];
  t.on('data', (d) => got.push(d));
  t.on('end', () => {
    console.log('object transform', got.join(','));
    next();
  });
  t.write({ n: 1 });
  t.write({ n: 2 });
  t.end();
});

step((next) => {
  const t = new Transform({
    transform(chunk, enc, cb) {
      cb(new Error('transform failed'));
    },
  });
  t.on('error', (e) => console.log('transform error', e.message));
  t.on('close', () => {
    console.log('transform closed', t.destroyed);
    next();
  });
  t.write('x', (err) => console.log('transform write cb', err && err.message));
});

step((next) => {
  // Backpressure through a Transform: writes wait while the readable side is full.
  const t = new PassThrough({ highWaterMark: 2 });
  const results = [];
  for (let i = 0; i < 4; i++) results.push(t.write('ab'));
  console.log('passthrough write results', results.join(','), 'readableLength', t.readableLength,
    'writableLength', t.writableLength);
  t.on('drain', () => console.log('passthrough drain'));
  let total = '';
  t.on('data', (d) => {
    total += d;
  });
  t.on('end', () => {
    console.log('passthrough total', total);
    next();
  });
  setImmediate(() => t.end());
});

step((next) => {
  function Old() {
    Stream.call(this);
    this.readable = true;
  }
  util.inherits(Old, Stream);
  const old = new Old();
  console.log('legacy', old instanceof Stream, old instanceof require('events'), typeof old.pipe);
  const dst = new Writable({
    write(c, e, cb) {
      console.log('legacy dst got', String(c));
      cb();
    },
  });
  dst.on('finish', () => {
    console.log('legacy dst finish');
    next();
  });
  old.pipe(dst);
  old.emit('data', Buffer.from('old data'));
  old.emit('end');
});

step((next) => {
  const old = new Stream();
  old.readable = true;
  const r = new Readable().wrap(old);
  r.on('data', (d) => console.log('wrapped', String(d)));
  r.on('end', () => {
    console.log('wrapped end');
    next();
  });
  old.emit('data', Buffer.from('w1'));
  old.emit('data', Buffer.from('w2'));
  old.emit('end');
});

step((next) => {
  const r = new Readable({ read() {} });
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.pipe?.call(w, r);
  w.on('error', (e) => console.log('writable pipe', e.code, e.message));
  w.on('close', next);
});

(function run(i) {
  if (i < steps.length) steps[i](() => run(i + 1));
})(0);
