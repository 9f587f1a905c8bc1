// An error thrown out of a vm script has the line it was thrown at (file,
// source line, caret) put in front of its stack, as node's DecorateErrorStack
// does, unless the run's displayErrors is false; once only, for native errors
// with a string stack.
const vm = require('vm');
globalThis.require = require;
globalThis.thrower = thrower;

function head(e, n = 5) {
  if (e === null || typeof e !== 'object') return JSON.stringify(e);
  return JSON.stringify(String(e.stack).replaceAll(__dirname, '.').split('\n').slice(0, n));
}

function attempt(name, fn, lines) {
  try {
    fn();
    console.log(name, 'no throw');
  } catch (e) {
    console.log(name, head(e, lines));
  }
}

function thrower() {
  throw new RangeError('from outside the script');
}

attempt('runInThisContext', () => vm.runInThisContext('\n  null.x', { filename: 'a.js' }));
attempt('displayErrors false', () => vm.runInThisContext('null.x', { filename: 'b.js', displayErrors: false }), 2);
attempt('runInNewContext', () => new vm.Script('undefinedName + 1', { filename: 'c.js' }).runInNewContext({}));
attempt('runInContext', () => vm.runInContext('throw new TypeError("t")', vm.createContext({}), { filename: 'd.js' }));
attempt('thrown elsewhere', () => vm.runInThisContext('thrower()', { filename: 'e.js' }));
attempt('a string', () => vm.runInThisContext('throw "text"', { filename: 'f.js' }));
attempt('a plain object', () => vm.runInThisContext('throw { stack: "s" }', { filename: 'g.js' }));
attempt('stack not a string', () => vm.runInThisContext('const e = new Error("n"); e.stack = 5; throw e', { filename: 'h.js' }));
attempt('nested runs', () => vm.runInThisContext(
  'require("vm").runInThisContext("null.y", { filename: "inner.js" })', { filename: 'outer.js' }));
attempt('rethrown twice', () => {
  const s = new vm.Script('null.z', { filename: 'i.js' });
  try { s.runInThisContext(); } catch (e) { s.runInThisContext.call(s); }
});
attempt('caught inside', () => console.log(vm.runInThisContext('try { null.q } catch (e) { e.stack.split("\\n")[0] }', { filename: 'j.js' })));
attempt('bad option', () => vm.runInThisContext('1', { displayErrors: 'yes' }), 1);

