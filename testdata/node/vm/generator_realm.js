// A generator's body runs in its function's realm however it is resumed:
// through the other realm's %GeneratorPrototype%.next, or an async
// generator's through the other realm's %AsyncGeneratorPrototype%.next.
const vm = require('vm');
const ctx = vm.createContext({});
const CtxArray = vm.runInContext('Array', ctx);
const gen = vm.runInContext('(function* () { yield []; yield Object.getPrototypeOf(function () {}) === Function.prototype; throw new TypeError("inner"); })', ctx);
const it = gen();
const mainNext = Object.getPrototypeOf(Object.getPrototypeOf((function* () {})())).next;
const a = mainNext.call(it).value;
console.log(a instanceof Array, Array.isArray(a), a.constructor === CtxArray);
console.log(mainNext.call(it).value);
try {
  mainNext.call(it);
} catch (e) {
  console.log(e instanceof TypeError, e.constructor === vm.runInContext('TypeError', ctx), e.message);
}
// After the resumption the caller's realm is current again.
console.log([].constructor === Array);

async function* local() { yield []; }
const mainAsyncNext = Object.getPrototypeOf(Object.getPrototypeOf(local())).next;
const actx = vm.runInContext('(async function* () { yield []; await null; yield {}; })', ctx)();
(async () => {
  const r1 = await mainAsyncNext.call(actx);
  console.log('async', r1.value instanceof Array, r1.value.constructor === CtxArray);
  const r2 = await mainAsyncNext.call(actx);
  console.log('async after await', r2.value.constructor === vm.runInContext('Object', ctx));
  console.log([].constructor === Array);
})();
