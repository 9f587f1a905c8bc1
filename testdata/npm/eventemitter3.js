// eventemitter3: listeners with a context, once, symbols, counts, removal.
const EE = require('eventemitter3');
const e = new EE();
const ctx = { n: 'ctx' };
function onX(a, b) { console.log('x', a, b, this.n); }
e.on('x', onX, ctx);
e.once('x', () => console.log('once'));
console.log(e.emit('x', 1, 2), e.emit('x', 3), e.emit('nope'), e.listenerCount('x'), e.eventNames());
const sym = Symbol('s');
e.on(sym, (...a) => console.log('sym', a.length));
e.emit(sym, 1, 2, 3, 4, 5, 6, 7);
console.log(e.eventNames().length, e.listeners('x').length);
e.off('x', onX, { n: 'other' });
console.log('after off with another context', e.listenerCount('x'));
e.removeListener('x', onX, ctx);
console.log('after off', e.listenerCount('x'));
e.removeAllListeners();
console.log(e.eventNames(), typeof EE.prefixed, EE.EventEmitter === EE);
class Sub extends EE {}
const s = new Sub();
s.addListener('y', function () { console.log('sub', this === s); });
s.emit('y');
