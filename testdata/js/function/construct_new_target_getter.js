// Reflect.construct reads newTarget's prototype after the arguments are in
// place for the constructor: a getter or a proxy trap that runs then must
// not overwrite them.
function F(a, b, c) { this.s = a + b + c; }
const trap = new Proxy(function () {}, {
  get(t, k) { const x = 'x', y = { y: 1 }, z = [k]; return F.prototype; },
});
console.log(Reflect.construct(F, [1, 2, 3], trap).s);
class H { constructor(...args) { this.args = args; } }
const o = Reflect.construct(H, ['a', 'b', 'c', 'd'], new Proxy(function () {}, { get(t, k) { return k === 'prototype' ? { p: [k, k, k].join() } : t[k]; } }));
console.log(o.args.join(), Object.getPrototypeOf(o).p);
let deep = 0;
const recurse = new Proxy(function () {}, {
  get(t, k) { if (deep++ < 3) Reflect.construct(F, [10, 20, 30], recurse); return F.prototype; },
});
console.log(Reflect.construct(F, [4, 5, 6], recurse).s, deep);
