// An async function made in a context resumes after each await in the
// context's realm: literals, functions and errors after the await are its.
const vm = require('vm');
const ctx = vm.createContext({});
const p = vm.runInContext('(async () => { await null; const a = []; await null; return { a, o: {}, f: function () {}, e: (() => { try { null.x } catch (e) { return e } })() }; })()', ctx);
p.then((r) => {
  console.log(r.a instanceof Array, r.o instanceof Object, r.f instanceof Function, r.e instanceof TypeError);
  const CtxArray = vm.runInContext('Array', ctx);
  console.log(r.a instanceof CtxArray, Object.getPrototypeOf(r.e) === vm.runInContext('TypeError.prototype', ctx));
});
