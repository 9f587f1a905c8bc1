// yield* over generators whose next is the built-in one (stepped in place, without the result objects next
// makes): sent values and return values, result objects passed on from user iterators (their identity, and which
// of done and value are read, in what order), a patched next, re-entrancy, completed delegates, and depth.
'use strict';
function* inner() { const a = yield 1; console.log('inner got', a); const b = yield 2; console.log('inner got', b); return 'ret'; }
function* outer() { const r = yield* inner(); console.log('yield* gave', r); return r + '!'; }
const o = outer();
console.log(JSON.stringify(o.next('x')), JSON.stringify(o.next('y')), JSON.stringify(o.next('z')), JSON.stringify(o.next()));
console.log([...outer()]);

// A user iterator with getters two generators down: an unfinished result is passed on unread.
const log = [];
const user = { [Symbol.iterator]() { let i = 0; return { next(v) { log.push('next ' + v); i++; return { get done() { log.push('done'); return i > 2; }, get value() { log.push('value'); return i; } }; } }; } };
function* mid() { return yield* user; }
function* top() { const r = yield* mid(); log.push('r ' + r); }
for (const x of top()) log.push('x ' + x);
console.log(log.join(','));
const r1 = top().next();
console.log(typeof r1, Object.keys(r1), r1.value);

// The user iterator's own result object reaches the caller of next, through two generators.
const obj = { value: 7, done: false };
const ident = { [Symbol.iterator]() { return { next() { return obj; } }; } };
function* m2() { yield* ident; }
function* t2() { yield* m2(); }
console.log(t2().next() === obj, [...(function* () { let n = 0; for (const v of t2()) { yield v; if (++n === 3) return; } })()]);

// A generator whose next was replaced is called as any iterator.
function* g3() { yield 1; yield 2; }
const gi = g3();
gi.next = function (v) { return { value: 'patched ' + v, done: true }; };
function* o3() { return yield* gi; }
console.log(JSON.stringify(o3().next()));

// throw and return reach the delegate.
function* thrower() { yield 1; throw new Error('boom'); }
function* o4() { yield* thrower(); }
try { for (const x of o4()) console.log('v', x); } catch (e) { console.log('caught', e.message); }
function* fin() { try { yield 1; yield 2; } finally { console.log('fin'); } }
function* o5() { yield* fin(); }
for (const x of o5()) { console.log('x', x); break; }
const o5b = o5(); o5b.next();
console.log(JSON.stringify(o5b.return('early')), JSON.stringify(o5b.next()));
function* catcher() { try { yield 1; } catch (e) { yield 'caught ' + e; } }
function* o5c() { yield* catcher(); }
const o5d = o5c(); o5d.next();
console.log(JSON.stringify(o5d.throw('t')), JSON.stringify(o5d.next()));

// A generator delegating to itself, and a delegate resuming the generator delegating to it.
let gg;
function* self() { yield* gg; }
gg = self();
try { gg.next(); } catch (e) { console.log(e.constructor.name, e.message); }
let outerG;
function* in7() { try { outerG.next(); } catch (e) { console.log('in7', e.message); } yield 5; }
function* o7() { yield* in7(); }
outerG = o7();
console.log(JSON.stringify(outerG.next()), JSON.stringify(outerG.next()));

// A completed delegate, and a deep chain.
const done = g3();
[...done];
function* o6() { return yield* done; }
console.log(JSON.stringify(o6().next()));
function* w2(d) { if (d === 0) { yield 1; yield 2; return 'bottom'; } return yield* w2(d - 1); }
const w = w2(500);
console.log(JSON.stringify(w.next()), JSON.stringify(w.next()), JSON.stringify(w.next()));

// Where the delegating frame is while its delegate runs (the delegate's expression), and yield*'s own TypeError
// for a result that is not an object (at the yield*, naming the result).
const at = (e, n) => e.stack.split('\n')[n].match(/:(\d+:\d+)\)?$/)[1];
function* boom() { yield 1; throw new Error('boom'); }
function* o8() { yield*   boom(); }
try { for (const x of o8()) ; } catch (e) { console.log(e.message, at(e, 1), at(e, 3)); }
const notObj = { [Symbol.iterator]() { return { next() { return 1; } }; } };
function* o9() { yield*   notObj; }
try { for (const x of o9()) ; } catch (e) { console.log(e.constructor.name, e.message, at(e, 1)); }
