// Readable: the order of 'data', 'readable', 'end', 'close', 'pause' and
// 'resume' against nextTick and microtasks, in flowing and paused mode,
// with read(n), push, unshift, setEncoding, objectMode and highWaterMark.
const { Readable } = require('stream');

function watch(name, s, events = ['data', 'end', 'close', 'error', 'pause', 'resume']) {
  for (const e of events) {
    s.on(e, (arg) => {
      let shown = '';
      if (e === 'data') shown = ' ' + JSON.stringify(Buffer.isBuffer(arg) ? 'buf:' + arg : arg);
      if (e === 'error') shown = ' ' + arg.message;
      console.log(`${name} ${e}${shown}`);
    });
  }
}
function ticks(name) {
  process.nextTick(() => console.log(`${name} tick`));
  queueMicrotask(() => console.log(`${name} micro`));
}

const steps = [];
const step = (f) => steps.push(f);

step((next) => {
  const r = new Readable({ read() {} });
  watch('flowing', r);
  r.push('a');
  r.push('b');
  r.push(null);
  ticks('flowing');
  r.on('close', next);
});

step((next) => {
  let n = 0;
  const r = new Readable({
    read(size) {
      console.log('read called', size, 'n', n);
      n++;
      if (n <= 3) this.push('chunk' + n);
      else this.push(null);
    },
  });
  r.on('readable', () => {
    let c;
    while ((c = r.read()) !== null) console.log('paused read', String(c));
  });
  r.on('end', () => console.log('paused end', r.readableEnded, r.readable));
  r.on('close', () => {
    console.log('paused close', r.destroyed, r.closed);
    next();
  });
  ticks('paused');
});

step((next) => {
  const r = new Readable({ read() {} });
  r.push('hello world');
  console.log('length', r.readableLength, 'flowing', r.readableFlowing);
  console.log('read(5)', String(r.read(5)));
  console.log('read(100) before end', r.read(100));
  r.unshift('>>');
  console.log('after unshift', r.readableLength);
  r.push(null);
  console.log('read(100) after end', String(r.read(100)));
  console.log('read() empty', r.read());
  r.on('end', () => console.log('readn end'));
  r.on('close', next);
  r.resume();
});

step((next) => {
  const r = new Readable({ encoding: 'utf8', read() {} });
  const euro = Buffer.from('€');
  r.push(euro.subarray(0, 1));
  r.push(euro.subarray(1));
  r.push('x');
  r.push(null);
  console.log('encoding', r.readableEncoding);
  r.on('data', (d) => console.log('enc data', typeof d, JSON.stringify(d)));
  r.on('end', next);
});

step((next) => {
  const r = new Readable({ read() {} });
  r.push(Buffer.from('hé'));
  r.setEncoding('hex');
  r.push('ff', 'hex');
  r.push(null);
  r.on('data', (d) => console.log('setEncoding data', d));
  r.on('end', next);
});

step((next) => {
  const r = new Readable({ objectMode: true, read() {} });
  console.log('objectMode hwm', r.readableHighWaterMark, r.readableObjectMode);
  console.log('push returns', r.push({ a: 1 }), r.push(0), r.push(''), r.push(false));
  console.log('objectMode length', r.readableLength);
  r.push(null);
  const got = [];
  r.on('data', (d) => got.push(d));
  r.on('end', () => {
    console.log('objectMode got', JSON.stringify(got));
    next();
  });
});

step((next) => {
  const r = new Readable({ highWaterMark: 4, read() {} });
  console.log('hwm push', r.push('ab'), r.push('cd'), r.push('e'), r.readableLength);
  r.pause();
  console.log('isPaused', r.isPaused(), r.readableFlowing);
  r.on('data', (d) => console.log('hwm data', String(d)));
  console.log('after on(data) flowing', r.readableFlowing);
  setImmediate(() => {
    console.log('still paused', r.readableLength);
    r.resume();
    console.log('resumed', r.readableFlowing, r.isPaused());
    r.push(null);
    r.on('end', next);
  });
});

step((next) => {
  const r = new Readable({ read() {} });
  watch('destroy', r);
  r.push('x');
  r.destroy(new Error('boom'));
  console.log('destroyed', r.destroyed, 'errored', r.errored && r.errored.message, 'readable', r.readable);
  console.log('push after destroy', r.push('y'));
  ticks('destroy');
  r.on('close', () => setImmediate(next));
});

step((next) => {
  const r = new Readable({
    construct(cb) {
      console.log('construct');
      setImmediate(() => {
        console.log('construct done');
        cb();
      });
    },
    read() {
      console.log('read after construct');
      this.push('z');
      this.push(null);
    },
    destroy(err, cb) {
      console.log('custom destroy', err);
      cb(err);
    },
  });
  watch('construct', r, ['data', 'end', 'close']);
  r.on('close', next);
});

step((next) => {
  const r = new Readable({ read() {}, emitClose: false });
  r.on('close', () => console.log('never'));
  r.on('end', () => {
    console.log('emitClose false end');
    setImmediate(next);
  });
  r.push(null);
  r.resume();
});

step((next) => {
  const r = new Readable({ read() {}, autoDestroy: false });
  r.on('end', () => {
    console.log('autoDestroy false: destroyed', r.destroyed);
    next();
  });
  r.push(null);
  r.resume();
});

step((next) => {
  const r = new Readable({ read() {} });
  r.on('readable', () => console.log('readable fired, length', r.readableLength));
  r.on('end', () => console.log('readable-only end'));
  r.push('q');
  setImmediate(() => {
    r.push(null);
    console.log('read', String(r.read()));
    r.on('close', next);
  });
});

step(async (next) => {
  const r = Readable.from(['a', 'b', 'c']);
  const out = [];
  for await (const c of r) out.push(c);
  console.log('from array', out, r.destroyed);
  const gen = async function* () {
    yield 1;
    yield 2;
  };
  const r2 = Readable.from(gen());
  r2.on('data', (d) => console.log('from async gen', d));
  r2.on('end', () => console.log('from async gen end'));
  r2.on('close', async () => {
    const r3 = Readable.from('whole string');
    console.log('from string', await r3.toArray?.() ?? 'no toArray');
    next();
  });
});

step(async (next) => {
  const r = new Readable({ read() {} });
  r.push('1');
  r.push('2');
  r.push(null);
  for await (const c of r) {
    console.log('iterate break at', String(c));
    break;
  }
  console.log('after break destroyed', r.destroyed);
  const r2 = new Readable({ read() {} });
  r2.push('x');
  process.nextTick(() => r2.destroy(new Error('iter fail')));
  try {
    for await (const c of r2) console.log('iter got', String(c));
  } catch (e) {
    console.log('iter error', e.message);
  }
  next();
});

(function run(i) {
  if (i < steps.length) steps[i](() => run(i + 1));
})(0);
