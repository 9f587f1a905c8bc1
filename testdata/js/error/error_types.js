// All native Error constructors: name, message, prototype chain, called with and without new, and own properties.
const ctors = [Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError];
for (const C of ctors) {
  const e = new C('msg');
  const f = C('called');
  console.log(C.name.padEnd(15), e.name, e.message, e instanceof Error, e instanceof C, f instanceof C, Object.getPrototypeOf(C) === (C === Error ? Function.prototype : Error), C.length);
}
const e = new Error('own props');
console.log(Object.getOwnPropertyNames(e).sort().join(), Object.keys(e).length, Object.hasOwn(e, 'name'), Object.hasOwn(Error.prototype, 'name'));
const md = Object.getOwnPropertyDescriptor(e, 'message');
console.log(md.writable, md.enumerable, md.configurable);
console.log(JSON.stringify(Error.prototype.message), Error.prototype.name, TypeError.prototype.name, Object.prototype.toString.call(TypeError.prototype));
console.log(Object.hasOwn(new Error(), 'message'), Object.hasOwn(new Error(undefined), 'message'), new Error(undefined).message === '');
console.log(new Error(42).message, typeof new Error(42).message, new Error({ toString: () => 'converted' }).message, new Error(null).message);
console.log(String(new Error('x')), String(new TypeError()), String(new RangeError('')), new Error('x') + '');
try {
  new Error(Symbol());
} catch (err) {
  console.log(err.constructor.name, err.message);
}
// Errors thrown by the engine have the right types.
const cases = [
  () => null.x,
  () => undefinedVariable,
  () => new Array(-1),
  () => eval('{'),
  () => decodeURIComponent('%'),
  () => (1).toFixed(200),
  () => Symbol() + '',
  () => BigInt(1.5),
  () => { 'use strict'; Object.freeze([]).push(1); },
  () => new (class A { constructor() { this.x; } })().y.z,
];
for (const fn of cases) {
  try {
    fn();
  } catch (err) {
    console.log(err.constructor.name.padEnd(15), err.name, err instanceof Error);
  }
}
console.log(Object.getOwnPropertyNames(Error.prototype).sort().join(), Object.getOwnPropertyNames(TypeError.prototype).sort().join());
