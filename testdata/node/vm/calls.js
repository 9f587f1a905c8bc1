// The vm module's functions called with good and bad arguments: each line
// is a result or the error's code, name and message.
const vm = require('vm');

const sandbox = { a: 1, b: 2 };
const calls = [
  ['runInNewContext sandbox globals', () => vm.runInNewContext('a + b', { a: 1, b: 2 })],
  ['assignment lands on the sandbox', () => { const sb = {}; vm.runInNewContext('x = 1; globalThis.y = 2', sb); return JSON.stringify(sb); }],
  ['var lands on the sandbox', () => { const sb = {}; vm.runInNewContext('var v = 3', sb); return sb.v; }],
  ['let stays in the context', () => { const sb = vm.createContext({}); vm.runInContext('let z = 3', sb); return [Object.keys(sb).length, vm.runInContext('z', sb)]; }],
  ['typeof require inside', () => vm.runInNewContext('typeof require + " " + typeof process + " " + typeof setTimeout')],
  ['builtins inside', () => vm.runInNewContext('typeof Array + " " + typeof Object + " " + typeof JSON.parse')],
  ['sandbox shadows a builtin', () => vm.runInNewContext('Array', { Array: 5 })],
  ['array from another realm', () => vm.runInNewContext('[]') instanceof Array],
  ['Array.isArray across realms', () => Array.isArray(vm.runInNewContext('[1, 2]'))],
  ['error from another realm', () => vm.runInNewContext('new Error("x")') instanceof Error],
  ['runInThisContext sees this realm', () => vm.runInThisContext('[]') instanceof Array],
  ['this is not the sandbox', () => vm.runInNewContext('this', sandbox) === sandbox],
  ['Object.keys(globalThis)', () => vm.runInContext('Object.keys(globalThis)', vm.createContext({ q: 1 }))],
  ['isContext before', () => vm.isContext({})],
  ['isContext after', () => vm.isContext(vm.createContext({}))],
  ['createContext returns its argument', () => { const o = {}; return vm.createContext(o) === o; }],
  ['createContext()', () => vm.createContext()],
  ['context keeps state', () => { const c = vm.createContext({ n: 0 }); vm.runInContext('n++', c); vm.runInContext('n++', c); return c.n; }],
  ['Script reused', () => { const s = new vm.Script('count = (typeof count === "number" ? count : 0) + 1'); const c = vm.createContext({}); s.runInContext(c); s.runInContext(c); return c.count; }],
  ['Script.runInNewContext', () => new vm.Script('a * 10').runInNewContext({ a: 4 })],
  ['createScript', () => vm.createScript('1 + 1').runInThisContext()],
  ['callbacks inside', () => vm.runInNewContext('[1, 2, 3].map((x) => x * k)', { k: 2 })],
  ['completion value', () => vm.runInNewContext('if (true) { "yes" } else { "no" }')],
  ['thrown value', () => vm.runInNewContext('throw new TypeError("boom")')],
  ['compileFunction', () => vm.compileFunction('return a + b', ['a', 'b'])(1, 2)],
  ['compileFunction contextExtensions', () => vm.compileFunction('return a + c + d', ['a'], { contextExtensions: [{ c: 10 }, { d: 100 }] })(1)],
  ['compileFunction name', () => JSON.stringify(vm.compileFunction('return 1').name)],
  ['constants', () => Object.keys(vm.constants)],
  ['syntax error', () => new vm.Script('a b', { filename: 'foo.js' })],
  ['syntax error in runInNewContext', () => vm.runInNewContext('let let = 1')],
  ['syntax error in compileFunction', () => vm.compileFunction('a b')],
  ['timeout', () => vm.runInNewContext('while (true) {}', {}, { timeout: 20 })],
  ['timeout in this context', () => vm.runInThisContext('for (;;) {}', { timeout: 10 })],
  ['no timeout when fast', () => vm.runInNewContext('1 + 1', {}, { timeout: 1000 })],
  ['code is coerced', () => new vm.Script(41).runInThisContext() + 1],
  ['bad filename', () => new vm.Script('1', { filename: 1 })],
  ['bad lineOffset type', () => new vm.Script('1', { lineOffset: 'a' })],
  ['lineOffset not an integer', () => new vm.Script('1', { lineOffset: 1.5 })],
  ['runInNewContext non-object', () => vm.runInNewContext('1', 1)],
  ['timeout 0', () => vm.runInNewContext('1', {}, { timeout: 0 })],
  ['timeout -1', () => vm.runInNewContext('1', {}, { timeout: -1 })],
  ['timeout string', () => vm.runInNewContext('1', {}, { timeout: 'x' })],
  ['filename as options', () => vm.runInNewContext('1', {}, 'file.js')],
  ['runInContext without context', () => vm.runInContext('1')],
  ['runInContext plain object', () => vm.runInContext('1', {})],
  ['createContext(null)', () => vm.createContext(null)],
  ['createContext(1)', () => vm.createContext(1)],
  ['isContext(1)', () => vm.isContext(1)],
  ['compileFunction non-string', () => vm.compileFunction(1)],
  ['compileFunction params string', () => vm.compileFunction('', 'a')],
  ['compileFunction params[0]', () => vm.compileFunction('', [1])],
  ['compileFunction contextExtensions 1', () => vm.compileFunction('', [], { contextExtensions: 1 })],
  ['compileFunction contextExtensions [1]', () => vm.compileFunction('', [], { contextExtensions: [1] })],
];

for (const [name, f] of calls) {
  let out;
  try {
    out = f();
  } catch (err) {
    out = err && typeof err === 'object' ? `${err.code} ${err.name}: ${err.message}` : err;
  }
  console.log(name + ':', out);
}

// A syntax error's stack starts at the offending line of the named file.
try {
  new vm.Script('\nlet x = ;', { filename: 'bad.js' });
} catch (err) {
  console.log(err.stack.split('\n').slice(0, 5));
}
try {
  new vm.Script('a b', { filename: 'off.js', lineOffset: 10 });
} catch (err) {
  console.log(err.stack.split('\n')[0]);
}
// Errors thrown at run time carry the Script's filename and offsets.
try {
  new vm.Script('\n\nnull.x', { filename: 'run.js', lineOffset: 5 }).runInThisContext();
} catch (err) {
  console.log(err.name, err.stack.split('\n').find((l) => l.includes('at run.js')).trim());
}
// The timer of a finished run does not interrupt later code.
vm.runInNewContext('1', {}, { timeout: 50 });
const until = Date.now() + 100;
while (Date.now() < until);
console.log('still running');
