// events' static helpers (once, on, getEventListeners, setMaxListeners,
// listenerCount, addAbortListener, captureRejections) with their errors.
const EventEmitter = require('events');
const { once, on, getEventListeners, getMaxListeners, setMaxListeners, listenerCount, errorMonitor } = EventEmitter;

function line(label, v) {
  console.log(label, '=>', v);
}
function fail(label, err) {
  console.log(label, '=>', err.code + ' ' + err.name + ': ' + err.message);
}
function sync(label, fn) {
  try {
    line(label, fn());
  } catch (err) {
    fail(label, err);
  }
}

sync('exports', () => [typeof once, typeof on, EventEmitter.EventEmitter === EventEmitter, EventEmitter.usingDomains,
  String(errorMonitor), String(EventEmitter.captureRejectionSymbol), EventEmitter.defaultMaxListeners]);
sync('static names', () => Object.keys(EventEmitter).join(','));
sync('setMaxListeners bad', () => setMaxListeners(-1));
sync('setMaxListeners type', () => setMaxListeners('x'));
sync('setMaxListeners target', () => setMaxListeners(1, {}));
sync('defaultMaxListeners bad', () => { EventEmitter.defaultMaxListeners = -1; });
sync('captureRejections bad', () => { EventEmitter.captureRejections = 1; });
sync('getEventListeners bad', () => getEventListeners({}, 'x'));
sync('getMaxListeners bad', () => getMaxListeners(5));
sync('addAbortListener bad', () => EventEmitter.addAbortListener(5));
sync('addAbortListener fn', () => EventEmitter.addAbortListener(AbortSignal.abort(), 5));

const e = new EventEmitter();
const et = new EventTarget();
const f = () => {};
e.on('a', f);
et.addEventListener('a', f);
sync('getEventListeners', () => [getEventListeners(e, 'a')[0] === f, getEventListeners(et, 'a')[0] === f,
  getEventListeners(et, 'b').length]);
setMaxListeners(5, e, et);
sync('getMaxListeners', () => [getMaxListeners(e), getMaxListeners(et), e.getMaxListeners()]);
sync('listenerCount', () => [listenerCount(e, 'a'), listenerCount(e, 'b')]);

async function main() {
  const tries = [
    ['once value', async () => {
      process.nextTick(() => e.emit('v', 1, 2));
      return once(e, 'v');
    }],
    ['once error', async () => {
      process.nextTick(() => e.emit('error', new Error('kaboom')));
      return once(e, 'v');
    }],
    ['once error event', async () => {
      process.nextTick(() => e.emit('error', new Error('as value')));
      return (await once(e, 'error'))[0].message;
    }],
    ['once cleans up', async () => [e.listenerCount('v'), e.listenerCount('error')]],
    ['once aborted', async () => once(e, 'v', { signal: AbortSignal.abort('why') })],
    ['once abort later', async () => {
      const ac = new AbortController();
      setTimeout(() => ac.abort(), 1);
      try {
        return await once(e, 'v', { signal: ac.signal });
      } finally {
        console.log('  listeners after abort', e.listenerCount('v'), e.listenerCount('error'));
      }
    }],
    ['once bad signal', async () => once(e, 'v', { signal: 5 })],
    ['once bad emitter', async () => once({}, 'v')],
    ['once EventTarget', async () => {
      setTimeout(() => et.dispatchEvent(new Event('ev')), 1);
      const [ev] = await once(et, 'ev');
      return [ev.type, ev instanceof Event];
    }],
    ['on iterator', async () => {
      process.nextTick(() => {
        e.emit('it', 1);
        e.emit('it', 2, 'b');
        e.emit('it', 3);
      });
      const got = [];
      for await (const args of on(e, 'it')) {
        got.push(args);
        if (got.length === 3) break;
      }
      return [got, e.listenerCount('it'), e.listenerCount('error')];
    }],
    ['on error', async () => {
      process.nextTick(() => e.emit('error', new Error('iter failed')));
      for await (const args of on(e, 'it')) return args;
    }],
    ['on abort', async () => {
      const ac = new AbortController();
      process.nextTick(() => ac.abort());
      for await (const args of on(e, 'it', { signal: ac.signal })) return args;
    }],
    ['on bad signal', async () => on(e, 'it', { signal: {} })],
    ['addAbortListener', async () => {
      const ac = new AbortController();
      const seen = [];
      const d = EventEmitter.addAbortListener(ac.signal, (ev) => seen.push(ev.type));
      ac.abort();
      return [seen, typeof d];
    }],
    ['captureRejections', async () => {
      const c = new EventEmitter({ captureRejections: true });
      const got = new Promise((resolve) => c.on('error', (err) => resolve('error event: ' + err.message)));
      c.on('job', async () => { throw new Error('rejected listener'); });
      c.emit('job');
      return got;
    }],
    ['captureRejections symbol', async () => {
      const c = new EventEmitter({ captureRejections: true });
      const got = new Promise((resolve) => {
        c[Symbol.for('nodejs.rejection')] = (err, type, ...args) => resolve([err.message, type, args]);
      });
      c.on('job', async () => { throw new Error('to symbol'); });
      c.emit('job', 'x', 'y');
      return got;
    }],
  ];
  for (const [label, fn] of tries) {
    try {
      line(label, await fn());
    } catch (err) {
      fail(label, err);
    }
  }
}
main();
