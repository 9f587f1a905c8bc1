// EventTarget, Event, CustomEvent, AbortController and AbortSignal: a table of
// calls with their errors, then dispatch order, once/signal options, abort.
const tries = [
  () => new Event(),
  () => new Event('x', 5),
  () => new Event('x', null).type,
  () => Event.prototype.type,
  () => new EventTarget().dispatchEvent({type:'x'}),
  () => new EventTarget().addEventListener('x', {}),
  () => new AbortSignal(),
  () => AbortSignal.timeout(-1),
  () => AbortSignal.timeout('1'),
  () => AbortSignal.any([1]),
  () => AbortSignal.abort().throwIfAborted(),
  () => AbortSignal.abort(5).throwIfAborted(),
  () => new AbortController().abort.call({}),
  () => new CustomEvent('x', {detail: 3}).detail,
  () => new CustomEvent('x').detail,
  () => { const e = new Event('x', {cancelable: true}); e.preventDefault(); return [e.defaultPrevented, e.returnValue, e.cancelBubble, e.eventPhase, e.isTrusted, e.composedPath(), e.target, e.srcElement]; },
  () => { const c = new AbortController(); const r = []; c.signal.onabort = (e) => r.push(e.type, e.isTrusted, e.constructor.name, this === undefined); c.signal.addEventListener('abort', function (e) { r.push(this === c.signal, e.target === c.signal, e.eventPhase); }); c.abort('why'); c.abort('again'); return [r, c.signal.reason, c.signal.aborted]; },
];
for (const t of tries) {
  try { console.log(t()); } catch (e) { console.log(e.code + ' ' + e.name + ': ' + e.message); }
}
const et = new EventTarget();
console.log(et, new Event('foo').constructor, String(new Event('x')), Object.prototype.toString.call(new AbortController().signal));
const ev = new Event('x'); console.log(Object.keys(ev), Object.getOwnPropertyNames(ev));
console.log(require('util').inspect(new Event('zz'), { depth: 0 }));
console.log(new AbortController().signal, AbortSignal.abort(3), new AbortController());
console.log(Object.getOwnPropertyNames(AbortSignal.prototype), Object.getOwnPropertyNames(AbortSignal));
console.log(new CustomEvent('z', {detail: 1}).toString(), Object.getOwnPropertyNames(CustomEvent.prototype));
{
const et = new EventTarget();
const log = [];
const f = (e) => log.push('f', e.eventPhase, e.currentTarget === et, e.target === et, e.composedPath().length);
et.addEventListener('a', f);
et.addEventListener('a', f);
et.addEventListener('a', f, { capture: true });
et.addEventListener('a', { handleEvent(e) { log.push('obj', this !== et); } });
et.addEventListener('a', (e) => { log.push('stop'); e.stopImmediatePropagation(); });
et.addEventListener('a', () => log.push('never'));
console.log(et.dispatchEvent(new Event('a')), log);
const ev = new Event('b', { cancelable: true });
et.addEventListener('b', (e) => { e.preventDefault(); try { et.dispatchEvent(e); } catch (er) { console.log(er.code, er.message); } }, { once: true });
console.log(et.dispatchEvent(ev), et.dispatchEvent(new Event('b')), ev.eventPhase, ev.currentTarget, ev.target === et);
try { et.dispatchEvent(ev); } catch (er) { console.log(er.code, er.message); }
const ac = new AbortController();
et.addEventListener('c', () => console.log('c fired'), { signal: ac.signal });
et.dispatchEvent(new Event('c')); ac.abort(); et.dispatchEvent(new Event('c'));
et.addEventListener('d', { handleEvent: 5 });
process.on('uncaughtException', (e) => console.log('uncaught', e.message));
et.addEventListener('e', () => { throw new Error('boom'); });
et.addEventListener('e', () => console.log('after boom'));
console.log(et.dispatchEvent(new Event('e')));
const s = AbortSignal.any([ac.signal]); console.log(s.aborted, s.reason.name, s.reason.message);
const a2 = new AbortController(); const s2 = AbortSignal.any([a2.signal, AbortSignal.timeout(100000)]);
s2.onabort = () => console.log('any aborted', s2.reason);
a2.abort('r2');
const t = AbortSignal.timeout(5); t.addEventListener('abort', () => console.log(t.reason.name, t.reason.message, t.reason.code));
setTimeout(() => {}, 30);
console.log(et.addEventListener.length, et.removeEventListener.length, Event.length, EventTarget.length, AbortSignal.any.length, AbortSignal.timeout.length);
}
