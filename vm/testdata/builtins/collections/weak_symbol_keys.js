// Symbols that Symbol.for did not register can be held weakly (CanBeHeldWeakly).
const show = (f) => { try { console.log(String(f())); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } };
const s = Symbol('weak');
show(() => new WeakMap([[s, 'v']]).get(s));
show(() => new WeakSet([Symbol.iterator]).has(Symbol.iterator));
show(() => new WeakRef(s).deref() === s);
show(() => new WeakMap().set(Symbol.for('registered'), 1));
show(() => new WeakSet().add(Symbol.for('registered')));
show(() => new WeakRef(Symbol.for('registered')));
show(() => new WeakMap().has(Symbol.for('registered')));
show(() => new FinalizationRegistry(() => {}).register(s, 'held', Symbol('token')));
