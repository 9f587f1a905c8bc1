// A table of calls, each printing its result or the error (thrown, or
// emitted as 'error', or passed to a callback) as code, name and message.
const { Readable, Writable, Duplex, Transform, finished, pipeline, addAbortSignal } = require('stream');
const stream = require('stream');

const show = (e) => `${e.code} ${e.name}: ${e.message}`;
const r = (opts) => new Readable({ read() {}, ...opts });
const w = (opts) => new Writable({ write(c, e, cb) { cb(); }, ...opts });

const syncCases = [
  ['write(null)', () => w().write(null)],
  ['write(5)', () => w().write(5)],
  ['write({})', () => w().write({})],
  ['write bad encoding', () => w().write('x', 'bogus')],
  ['setDefaultEncoding bad', () => w().setDefaultEncoding('nope')],
  ['highWaterMark -1', () => r({ highWaterMark: -1 })],
  ['highWaterMark 1.5', () => w({ highWaterMark: 1.5 })],
  ['highWaterMark "a"', () => r({ highWaterMark: 'a' })],
  ['readableHighWaterMark -2', () => new Duplex({ readableHighWaterMark: -2 })],
  ['read(2**31)', () => r().read(2 ** 31)],
  ['finished(5)', () => finished(5, () => {})],
  ['finished no callback', () => finished(r())],
  ['finished bad options', () => finished(r(), 5, () => {})],
  ['pipeline one stream', () => pipeline(r(), () => {})],
  ['pipeline no callback', () => pipeline(r(), w())],
  ['pipeline bad source', () => pipeline(5, w(), () => {})],
  ['addAbortSignal bad signal', () => addAbortSignal({}, r())],
  ['addAbortSignal bad stream', () => addAbortSignal(new AbortController().signal, {})],
  ['Readable.from(5)', () => Readable.from(5)],
  ['Readable.from(null)', () => Readable.from(null)],
  ['setDefaultHighWaterMark -1', () => stream.setDefaultHighWaterMark(false, -1)],
  ['iterator(5)', () => r().iterator(5)],
  ['Writable() without new', () => Writable() instanceof Writable],
  ['Readable() without new', () => Readable() instanceof Readable],
  ['Duplex is Writable', () => new Duplex() instanceof Writable],
  ['plain object is Writable', () => ({}) instanceof Writable],
];
for (const [name, f] of syncCases) {
  try {
    console.log(name, '->', f());
  } catch (e) {
    console.log(name, 'throws', show(e));
  }
}

const asyncCases = [
  ['push after EOF', (s) => {
    s.push(null);
    s.push('x');
  }, () => r()],
  ['unshift after end', (s) => {
    s.on('end', () => s.unshift('x'));
    s.push(null);
    s.resume();
  }, () => r({ autoDestroy: false })],
  ['push(5)', (s) => s.push(5), () => r()],
  ['push({}) in Uint8Array mode', (s) => s.push({}), () => r()],
  ['_read not implemented', (s) => s.read(), () => new Readable()],
  ['_write not implemented', (s) => s.write('x'), () => new Writable()],
  ['_transform not implemented', (s) => s.write('x'), () => new Transform()],
  ['write after end', (s) => {
    s.end();
    console.log('  write returns', s.write('x'));
  }, () => w()],
  ['write after destroy', (s) => {
    s.destroy();
    s.write('x', (err) => console.log('  write cb', show(err)));
  }, () => w()],
  ['callback twice', (s) => s.write('x'), () => w({ write(c, e, cb) { cb(); cb(); } })],
  ['construct callback twice', () => {}, () => r({ construct(cb) { cb(); cb(); } })],
  ['construct error', () => {}, () => w({ construct(cb) { cb(new Error('no construct')); } })],
  ['final error', (s) => s.end(), () => w({ final(cb) { cb(new Error('no final')); } })],
  ['_read throws', (s) => s.read(), () => new Readable({ read() { throw new Error('read threw'); } })],
  ['destroy with error', (s) => s.destroy(new Error('gone')), () => r()],
  ['destroy callback error', (s) => s.destroy(), () => r({ destroy(err, cb) { cb(new Error('destroy failed')); } })],
];

(function next(i) {
  if (i === asyncCases.length) return;
  const [name, act, make] = asyncCases[i];
  const s = make();
  const events = [];
  s.on('error', (e) => events.push('error ' + show(e)));
  s.on('close', () => events.push('close'));
  try {
    act(s);
  } catch (e) {
    events.push('throws ' + show(e));
  }
  setImmediate(() => setImmediate(() => {
    console.log(name, '->', events.join(' | ') || 'nothing', '| destroyed', s.destroyed);
    next(i + 1);
  }));
})(0);
