// Messages of errors thrown by the engine itself, which programs and tests often print or match.
const cases = [
  () => undefined.foo,
  () => null.foo,
  () => { const o = {}; return o.missing.deeper; },
  () => { const o = {}; o.method(); },
  () => { const o = { a: {} }; o.a.b(); },
  () => { const fn = 5; fn(); },
  () => { let x; x(); },
  () => undefinedName,
  () => { 'use strict'; implicitGlobal = 1; },
  () => { const c = 1; c = 2; },
  () => { for (const x of 5) {} },
  () => { const [a] = null; },
  () => { const { a } = undefined; },
  () => new (function () {}.bind())().x.y,
  () => new 5(),
  () => new Math.max(),
  () => ({}) instanceof 5,
  () => 'x' in 5,
  () => Object.defineProperty(1, 'x', {}),
  () => Object.create(1),
  () => [].reduce((a, b) => a),
  () => new Array(-5),
  () => 'abc'.repeat(-1),
  () => (1).toString(1),
  () => Symbol() + 1,
  () => 1n + 1,
  () => JSON.parse('{bad'),
  () => { class A { constructor() { this.x = 1; } } A(); },
  () => { class B extends Object { constructor() { this.x = 1; } } new B(); },
  () => new Proxy({}, { get: 1 }).x,
  () => Reflect.ownKeys(1),
  () => new Set().add.call({}, 1),
  () => Promise.resolve.call(1),
  () => structuredClone(() => {}),
  () => { function f() { f(); } f(); },
];
for (const fn of cases) {
  try {
    fn();
    console.log('no error');
  } catch (e) {
    console.log(`${e.name}: ${e.message}`);
  }
}
