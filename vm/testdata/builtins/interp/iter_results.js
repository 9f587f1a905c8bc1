// for-of, spread and destructuring over generators and hand-written
// iterators whose results are plain { value, done } objects, objects with
// other layouts, getters and truthy non-boolean done values.
'use strict';
function* count(n) { for (let i = 0; i < n; i++) yield i; return 'end'; }
console.log([...count(4)], Array.from(count(3)));
const [a, b, ...rest] = count(6);
console.log(a, b, rest);
function iter(results) {
  let i = 0;
  return { [Symbol.iterator]() { return this; }, next() { return results[i++]; } };
}
console.log([...iter([{ value: 1, done: false }, { value: 2, done: 0 }, { value: 3, done: 'yes' }])]);
console.log([...iter([{ done: false, value: 'x' }, { done: false }, { value: 9, done: true }])]);
const log = [];
const tricky = { get value() { log.push('value'); return 'v'; }, get done() { log.push('done'); return log.length > 4; } };
console.log([...iter([tricky, tricky, tricky])], log.join(','));
const proto = { done: false };
const inherited = Object.create(proto);
inherited.value = 'p';
console.log([...iter([inherited, { value: 'q', done: null }, { value: 'r', done: 1 }])]);
const withExtra = { value: 1, done: false, extra: true };
console.log([...iter([withExtra, { value: 2, done: undefined }, { done: NaN, value: 3 }, { value: 4, done: {} }])]);
try { for (const x of iter([{ value: 1, done: false }, 5])) console.log('got', x); } catch (e) { console.log(e.constructor.name, e.message); }
const frozen = Object.freeze({ value: 'f', done: false });
console.log([...iter([frozen, { value: 0, done: true }])]);
function* delegate() { const r = yield* iter([{ value: 'd', done: false }, { value: 'ret', done: true }]); yield r; }
console.log([...delegate()]);
const g = count(2);
console.log(JSON.stringify([g.next(), g.next(), g.next(), g.next()]));
