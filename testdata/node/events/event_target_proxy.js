// EventTarget and AbortSignal keep their state in symbol-keyed properties,
// as node does, so a Proxy of one works through its get trap
// (@whatwg-node/server hands a Proxy of an EventTarget subclass to
// stream.addAbortSignal), and a target is known by its constructor.
const { getEventListeners } = require('events');
const { addAbortSignal, PassThrough } = require('stream');
const syms = (o) => Object.getOwnPropertySymbols(o).map(String);
console.log(syms(new EventTarget()), Object.keys(new EventTarget()));
console.log(syms(new AbortController().signal), syms(AbortSignal.abort()));
console.log(syms(AbortSignal.any([])));
console.log(Object.getOwnPropertySymbols(EventTarget).map(String));

class Sub extends EventTarget {}
const p = new Proxy(new Sub(), {});
const seen = (e) => console.log('got', e.type, e.target === p, e.currentTarget === p);
p.addEventListener('x', seen);
console.log(getEventListeners(p, 'x').length);
p.dispatchEvent(new Event('x'));
p.removeEventListener('x', seen);
p.dispatchEvent(new Event('x'));

const ac = new AbortController();
const sp = new Proxy(ac.signal, {});
sp.onabort = (e) => console.log('onabort', e.type);
sp.addEventListener('abort', () => console.log('listener', sp.aborted, String(sp.reason)));
console.log(sp.aborted, ac.signal.onabort === sp.onabort);
ac.abort(new Error('stop'));
try { sp.throwIfAborted(); } catch (e) { console.log('threw', e.message); }
console.log(AbortSignal.any([sp]).aborted);

// A signal-like EventTarget (a Proxy whose prototype reads as AbortSignal's),
// as stream.addAbortSignal and events.once take it.
class SignalLike extends EventTarget {
  aborted = false;
  abort() { this.aborted = true; this.dispatchEvent(new Event('abort')); }
}
const target = new SignalLike();
const like = new Proxy(target, { getPrototypeOf: () => AbortSignal.prototype });
const stream = addAbortSignal(like, new PassThrough());
stream.on('error', (e) => console.log('stream error', e.name, e.code));
stream.on('close', () => console.log('stream closed', stream.destroyed));
target.abort();

for (const bad of [Object.create(EventTarget.prototype), { constructor: EventTarget }, {}]) {
  try { EventTarget.prototype.addEventListener.call(bad, 'x', () => {}); console.log('added'); } catch (e) {
    console.log(e.constructor.name, e.code, e.message);
  }
}
for (const bad of [Object.create(AbortSignal.prototype), {}]) {
  try { Reflect.get(AbortSignal.prototype, 'aborted', bad); } catch (e) { console.log(e.constructor.name, e.code, e.message); }
}
