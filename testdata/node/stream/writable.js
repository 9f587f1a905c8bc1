// Writable: write and end callbacks, 'drain', 'prefinish', 'finish' and
// 'close' against nextTick and microtasks; cork/uncork and writev,
// objectMode, decodeStrings, final, construct, and the state properties.
const { Writable } = require('stream');

function watch(name, w) {
  for (const e of ['drain', 'prefinish', 'finish', 'close', 'error', 'pipe', 'unpipe']) {
    w.on(e, (arg) => console.log(`${name} ${e}${e === 'error' ? ' ' + arg.code + ' ' + arg.message : ''}`));
  }
}
function ticks(name) {
  process.nextTick(() => console.log(`${name} tick`));
  queueMicrotask(() => console.log(`${name} micro`));
}
const steps = [];
const step = (f) => steps.push(f);

step((next) => {
  const w = new Writable({
    write(chunk, enc, cb) {
      console.log('sync write', JSON.stringify(String(chunk)), enc, Buffer.isBuffer(chunk));
      cb();
    },
  });
  watch('sync', w);
  console.log('write returns', w.write('a', () => console.log('cb a')));
  ticks('sync 1');
  console.log('write returns', w.write(Buffer.from('b')));
  w.end('c', () => console.log('end cb'));
  ticks('sync 2');
  console.log('ended', w.writableEnded, 'finished', w.writableFinished, 'writable', w.writable);
  w.on('close', () => {
    console.log('finished', w.writableFinished, 'destroyed', w.destroyed, 'closed', w.closed);
    next();
  });
});

step((next) => {
  const pending = [];
  const w = new Writable({
    highWaterMark: 5,
    write(chunk, enc, cb) {
      console.log('async write', String(chunk), 'length', this.writableLength);
      pending.push(cb);
    },
  });
  watch('async', w);
  console.log('returns', w.write('abc'), w.write('def'), w.write('g'));
  console.log('needDrain', w.writableNeedDrain, 'length', w.writableLength, 'buffered', w.writableBuffer.length);
  const pump = () => {
    const cb = pending.shift();
    if (cb) {
      cb();
      setImmediate(pump);
    }
  };
  w.on('drain', () => {
    console.log('drain: needDrain', w.writableNeedDrain, 'length', w.writableLength);
    w.end();
  });
  w.on('close', next);
  setImmediate(pump);
});

step((next) => {
  const w = new Writable({
    write(chunk, enc, cb) {
      console.log('single', String(chunk));
      cb();
    },
    writev(chunks, cb) {
      console.log('writev', chunks.map((c) => `${c.chunk}:${c.encoding}`).join(','), chunks.allBuffers);
      cb();
    },
  });
  watch('cork', w);
  w.write('first');
  w.cork();
  w.write('x', () => console.log('x cb'));
  w.write('y');
  console.log('corked', w.writableCorked, 'length', w.writableLength);
  process.nextTick(() => {
    w.uncork();
    w.cork();
    w.write('z');
    w.end('last');
  });
  w.on('close', next);
});

step((next) => {
  const w = new Writable({
    objectMode: true,
    write(chunk, enc, cb) {
      console.log('object', JSON.stringify(chunk), enc);
      cb();
    },
  });
  console.log('objectMode hwm', w.writableHighWaterMark, w.writableObjectMode);
  w.write({ a: 1 });
  w.write(0);
  w.write('s');
  w.end();
  w.on('finish', next);
});

step((next) => {
  const w = new Writable({
    decodeStrings: false,
    defaultEncoding: 'latin1',
    write(chunk, enc, cb) {
      console.log('decodeStrings false', typeof chunk, enc);
      cb();
    },
  });
  w.write('str');
  w.write('str2', 'hex');
  w.write(Buffer.from('buf'));
  w.write(new Uint8Array([1, 2]));
  w.setDefaultEncoding('UTF8');
  w.write('str3');
  w.end(next);
});

step((next) => {
  const w = new Writable({
    write(chunk, enc, cb) {
      cb();
    },
    final(cb) {
      console.log('final called');
      setImmediate(() => {
        console.log('final done');
        cb();
      });
    },
  });
  watch('final', w);
  w.end('x', () => console.log('final end cb'));
  w.on('close', next);
});

step((next) => {
  const w = new Writable({
    construct(cb) {
      console.log('construct start');
      setImmediate(() => {
        console.log('construct done');
        cb();
      });
    },
    write(chunk, enc, cb) {
      console.log('constructed write', String(chunk));
      cb();
    },
  });
  w.write('early');
  console.log('length before construct', w.writableLength);
  w.end();
  w.on('finish', next);
});

step((next) => {
  const w = new Writable({
    write(chunk, enc, cb) {
      cb(new Error('write failed'));
    },
  });
  watch('failing', w);
  w.write('a', (err) => console.log('write cb', err && err.message));
  w.write('b', (err) => console.log('second cb', err && err.message));
  console.log('errored now', w.errored && w.errored.message, 'writable', w.writable);
  w.on('close', next);
});

step((next) => {
  const w = new Writable({
    write(chunk, enc, cb) {
      setImmediate(cb);
    },
  });
  watch('destroyed', w);
  w.write('a', (err) => console.log('in-flight cb', err ? err.code : null));
  w.write('b', (err) => console.log('buffered cb', err ? err.code : null));
  w.end((err) => console.log('end cb', err ? err.code : null));
  w.destroy();
  console.log('destroyed', w.destroyed, 'writableAborted', w.writableAborted);
  w.on('close', () => setImmediate(next));
});

step((next) => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  watch('after end', w);
  w.end();
  w.write('late', (err) => console.log('late write cb', err.code));
  w.end((err) => console.log('second end cb', err ? err.code : err));
  w.on('close', () => {
    w.end((err) => console.log('end after finish cb', err.code));
    setImmediate(next);
  });
});

step((next) => {
  const w = new Writable({ write(c, e, cb) { cb(); cb(); } });
  watch('double', w);
  w.write('x');
  w.on('close', next);
});

step((next) => {
  const w = new Writable({ write(c, e, cb) { cb(); }, autoDestroy: false });
  watch('no autoDestroy', w);
  w.end(() => {
    console.log('destroyed', w.destroyed);
    next();
  });
});

(function run(i) {
  if (i < steps.length) steps[i](() => run(i + 1));
})(0);
