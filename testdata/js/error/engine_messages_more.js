// V8's wording for a few more engine errors: defining a property on a
// non-extensible object, a super constructor that is not one (named by the
// class, null for an unnamed parent), and a negative BigInt exponent.
const attempts = [
  () => Object.defineProperty(Object.freeze({}), 'x', { value: 1 }),
  () => Object.defineProperty(Object.preventExtensions([]), 0, { value: 1 }),
  () => Object.defineProperty(Object.seal({}), Symbol('s'), { value: 1 }),
  () => Object.defineProperty(Object.freeze({ x: 1 }), 'x', { value: 2 }),
  () => Object.defineProperty(Object.seal({ x: 1 }), 'x', { get() {} }),
  () => { class A extends null {} return new A(); },
  () => { const B = class extends null {}; return new B(); },
  () => new (class extends null {})(),
  () => { class C extends Object { constructor() { super(); } } Object.setPrototypeOf(C, Math.max); return new C(); },
  () => { class D extends Object { constructor() { super(); } } Object.setPrototypeOf(D, {}); return new D(); },
  () => { class E extends Object { constructor() { super(); } } Object.setPrototypeOf(E, () => 1); return new E(); },
  () => 2n ** -1n,
];
for (const attempt of attempts) {
  try {
    attempt();
    console.log('no error');
  } catch (e) {
    console.log(`${e.name}: ${e.message}`);
  }
}
console.log(Reflect.defineProperty(Object.freeze({}), 'x', { value: 1 }));
