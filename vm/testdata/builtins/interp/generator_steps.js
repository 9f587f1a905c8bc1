// Generators driven by for-of, spread and destructuring (whose steps skip
// the iterator result objects) next to the same generators driven by hand,
// with yield*, return and throw, early exits, re-entrance and a replaced
// next.
'use strict';
function* range(n) { for (let i = 0; i < n; i++) yield i; return 'ret'; }
function* inner() { const r = yield 'a'; yield 'got ' + r; return 'inner-done'; }
function* outer() { const r = yield* inner(); yield r; yield* [1, 2]; yield* range(2); }
console.log([...range(3)], [...outer()]);
const [x, , z = 'dflt', ...rest] = range(6);
console.log(x, z, rest);
const h = outer();
console.log(JSON.stringify([h.next(), h.next('v'), h.next(), h.next(), h.next(), h.next(), h.next(), h.next(), h.next()]));
function* closing() { try { yield 1; yield 2; } finally { console.log('finally ran'); } }
for (const v of closing()) { console.log('first', v); break; }
const g = range(5);
for (const v of g) { if (v === 1) break; }
console.log(JSON.stringify(g.next()), [...g]);
function* self() { yield 1; yield [...me]; }
const me = self();
try { for (const v of me) console.log('self', v); } catch (e) { console.log(e.constructor.name, e.message); }
const custom = range(3);
custom.next = function () { return { value: 'custom', done: this.n = (this.n || 0) + 1, }; };
console.log([...custom]);
const stepped = range(4);
Object.setPrototypeOf(stepped, { __proto__: Object.getPrototypeOf(stepped), next() { return { value: 'proto', done: true }; } });
console.log([...stepped]);
function* throws() { yield 1; throw new TypeError('inside'); }
try { for (const v of throws()) console.log('t', v); } catch (e) { console.log(e.message); }
function* delegating() { yield* { [Symbol.iterator]() { let i = 0; return { next: () => (i++ < 2 ? { value: i, done: false } : { value: 'end', done: true }) }; } }; }
console.log([...delegating()]);
const done = range(1); [...done];
console.log([...done], Array.from(range(2), v => v * 10));
