// mock.getter, mock.setter and mock.method with the getter option; a
// method found on a prototype; reset restores without clearing calls.
const { mock } = require('node:test');

const o = { _v: 1, get v() { return this._v; }, set v(x) { this._v = x; } };
const g = mock.getter(o, 'v', function() { return 42; });
console.log(o.v, g.mock.callCount(), typeof g);
g.mock.restore();
console.log(o.v);
const s = mock.setter(o, 'v', function(x) { this._v = x * 10; });
o.v = 2;
console.log(o._v, s.mock.calls[0].arguments, s.mock.calls[0].this === o);
s.mock.restore();
const g2 = mock.method(o, 'v', { getter: true });
console.log(o.v, g2.mock.callCount());
mock.restoreAll();

const proto = { m() { return 1; } };
const x = Object.create(proto);
mock.method(x, 'm', () => 2);
console.log(x.m(), Object.keys(x));
mock.restoreAll();
console.log(x.m(), Object.keys(x), Object.hasOwn(x, 'm'));

const calls = [
  () => mock.getter(o, '_v'),
  () => mock.method(o, 'v', { getter: true, setter: true }),
  () => mock.getter(o, 'v', { getter: false }),
  () => mock.setter(o, 'v', { setter: false }),
];
for (const f of calls) {
  try {
    f();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
const m = mock.fn();
m();
mock.reset();
console.log(m.mock.callCount());
