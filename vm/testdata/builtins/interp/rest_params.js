'use strict';
// Rest parameters: the array a call makes at entry for code whose only use
// of its extra arguments is the rest parameter.
function f(...r) { return eval('arguments.length') + ':' + r.join(); }
function g(a, b = a + 1, ...r) { return [a, b, r.length, r.join('|')].join(); }
function h(a, ...r) { r.push('x'); return r; }
const arrow = (...xs) => xs;
class A { constructor(...args) { this.args = args; } m(...r) { return r.length; } }
class B extends A {}
function deep(n, ...acc) { return n === 0 ? acc.join() : deep(n - 1, n, ...acc); }
const bound = arrow.bind(null, 1, 2);
function thrower(a = (() => { throw new Error('default'); })(), ...r) { return r; }
let e = '';
try { thrower(undefined, 1, 2); } catch (err) { e = err.message; }
const r1 = arrow(1, 2, 3), r2 = arrow(1, 2, 3);
console.log(f(1, 2, 3), f(), g(1), g(1, 2, 3, 4), JSON.stringify(h(1, 2)), JSON.stringify(h(1)),
  arrow().length, r1 !== r2, Array.isArray(r1), Object.getPrototypeOf(r1) === Array.prototype,
  JSON.stringify(new B(4, 5).args), new A().m(1, 2), deep(5), JSON.stringify(bound(3)), e,
  [1, 2, 3].map((...x) => x.length).join(), Reflect.apply(arrow, null, [7, 8]).join());
function* gen(...r) { yield r.length; yield r.join(); }
async function af(...r) { return r.join('+'); }
console.log([...gen(1, 2)].join(' '));
af(3, 4).then(v => console.log(v));
