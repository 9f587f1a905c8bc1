// Built-ins and yield* word a non-iterable by its type, as V8 does where no source text names it.
const show = (f) => { try { f(); console.log('no error'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } };
for (const v of [5, true, null, undefined, {}, function f() {}, Symbol('s'), 1n]) {
  show(() => new Set(v).size === 0 && (() => { throw new TypeError('empty ' + String(typeof v)); })());
}
show(() => new Map([5]));
show(() => new Map(['ab']));
show(() => Object.fromEntries(null));
show(() => Object.fromEntries(5));
show(() => { function* g() { yield* 5; } g().next(); });
show(() => { function* g() { yield* { [Symbol.iterator]() { return { next() { return { done: false }; } }; } }; } const it = g(); it.next(); it.throw(new Error('x')); });
show(() => [].keys().next.call({}));
show(() => Promise.prototype.catch.call({ then: 5 }));
show(() => Promise.prototype.catch.call({ then: 'abc' }));
show(() => Date.prototype.toJSON.call({ toISOString: 5 }));
