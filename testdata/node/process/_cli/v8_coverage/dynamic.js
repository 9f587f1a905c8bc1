// Code compiled at run time: eval (direct and indirect), the Function
// constructors and the vm module. V8 reports each as a script of its own:
// no URL for eval and new Function, the vm filename as given (a file: URL
// for an absolute path).
const path = require('path');
const vm = require('vm');

eval('function e1(x) {\n  if (x) { return 1; }\n  return 2;\n}\ne1(0);\n');
(0, eval)('var g = () => 5; g(); [1, 2].map((n) => n * 2);');
function outer() {
  return eval('(function inner(a) { return a ? eval("a + 1") : 0 })(2)');
}
outer();

const add = new Function('a', 'b', 'if (a) { return a + b; }\nreturn 0;');
add(1, 2);
add(0, 0);
Function('return 7')();
const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;
new AsyncFunction('x', 'await x; return x;')(1);
const GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor;
[...new GeneratorFunction('yield 1; yield 2;')()];

vm.runInThisContext('function r1(x) { return x ? 1 : 2 }\nr1(0); r1(1);', { filename: 'vm-this.js' });
vm.runInThisContext('1 + 1');
vm.runInNewContext('var y = 1;\nif (y > 1) { y++; } else { y--; }', {}, { filename: 'vm-new.js' });
const script = new vm.Script('(function s1(n) { return n > 1 ? "many" : "one" })(globalThis.n ?? 1)',
  { filename: path.join(__dirname, 'vm-abs.js') });
script.runInThisContext();
script.runInNewContext({ n: 3 });
vm.compileFunction('if (a) { return 1; }\nreturn 2;', ['a'], { filename: 'vm-fn.js' })(0);
new vm.Script('function neverRun() {}', { filename: 'vm-notrun.js' });
