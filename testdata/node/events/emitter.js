// EventEmitter instance methods: a table of calls, including error cases.
const EventEmitter = require('events');
const util = require('util');

function show(label, fn) {
  try {
    const r = fn();
    console.log(label, '=>', typeof r === 'string' ? r : util.inspect(r));
  } catch (err) {
    console.log(label, '=>', err.code + ' ' + err.name + ': ' + err.message);
  }
}

const log = [];
const e = new EventEmitter();
const a = (x) => log.push('a' + x);
const b = (x) => log.push('b' + x);
show('new', () => e);
show('on', () => e.on('x', a) === e);
show('prepend', () => e.prependListener('x', b) === e);
show('emit', () => e.emit('x', 1));
show('emit none', () => e.emit('nothing'));
show('once', () => e.once('x', (v) => log.push('once' + v)).listenerCount('x'));
show('prependOnce', () => e.prependOnceListener('y', () => log.push('y')).eventNames());
show('raw', () => e.rawListeners('x').map((f) => f.name));
show('listeners', () => e.listeners('x').map((f) => f.name || 'anon'));
show('emit again', () => [e.emit('x', 2), e.emit('x', 3), e.emit('y'), e.emit('y')]);
show('log', () => log);
show('count with listener', () => [e.listenerCount('x', a), e.listenerCount('x', () => {})]);
show('off', () => e.off('x', a).listenerCount('x'));
show('removeListener missing', () => e.removeListener('x', () => {}).listenerCount('x'));
show('removeAll x', () => e.removeAllListeners('x').eventNames());
show('bad listener', () => e.on('x', 5));
show('bad listener once', () => e.once('x', null));
show('bad off', () => e.off('x', 'str'));
show('max', () => e.getMaxListeners());
show('setMax', () => e.setMaxListeners(3).getMaxListeners());
show('setMax bad', () => e.setMaxListeners(-1));
show('setMax type', () => e.setMaxListeners('1'));
show('error unhandled', () => e.emit('error', new TypeError('bad thing')));
show('error non-error', () => e.emit('error', { a: 1 }));
show('error nothing', () => e.emit('error'));
show('error context', () => {
  try { e.emit('error', 'str'); } catch (err) { return [err.context, Object.keys(err)]; }
});
show('errorMonitor', () => {
  const seen = [];
  e.on(EventEmitter.errorMonitor, (err) => seen.push('monitor ' + err.message));
  try { e.emit('error', new Error('m')); } catch (err) { seen.push('thrown ' + err.message); }
  e.on('error', (err) => seen.push('handled ' + err.message));
  e.emit('error', new Error('n'));
  return seen;
});

const meta = new EventEmitter();
const metaLog = [];
meta.on('newListener', (type, fn) => metaLog.push('new ' + String(type) + ' ' + (fn.name || 'anon')));
meta.on('removeListener', (type, fn) => metaLog.push('removed ' + String(type) + ' ' + (fn.name || 'anon')));
function one() {}
function two() {}
meta.on('p', one);
meta.once('p', two);
meta.emit('p');
meta.on(Symbol('s'), one);
meta.removeAllListeners();
show('meta', () => metaLog);
show('meta names', () => meta.eventNames());

// Old-style inheritance, as packages still write it.
function Legacy() {
  EventEmitter.call(this);
  this.name = 'legacy';
}
util.inherits(Legacy, EventEmitter);
const l = new Legacy();
l.on('go', function () { console.log('legacy this ok', this === l, this.name); });
l.emit('go');
show('legacy', () => [l instanceof EventEmitter, Legacy.super_ === EventEmitter]);

class Sub extends EventEmitter {
  constructor() {
    super({ captureRejections: false });
    this.extra = 1;
  }
}
show('sub', () => new Sub());
show('captureRejections bad', () => new EventEmitter({ captureRejections: 'yes' }));

// Too many listeners: the warning is emitted once per type.
process.on('warning', (w) => console.log('warning:', w.name, w.message, w.count, String(w.type), w.emitter instanceof EventEmitter));
const many = new EventEmitter();
for (let i = 0; i < 12; i++) many.on('evt', () => {});
many.setMaxListeners(0);
for (let i = 0; i < 12; i++) many.on('other', () => {});
show('many', () => many.listenerCount('evt'));
show('listeners warned', () => Object.keys(many._events.evt));
