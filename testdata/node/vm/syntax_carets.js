// The carets a SyntaxError's stack has under the source line: V8
// underlines a range for many early errors (a whole token, an invalid
// assignment target with its parentheses, `-x **` up to the operator, a
// duplicate parameter, a label), none past the end of input, and drops the
// caret line when the range runs onto the next line.
const vm = require('vm');

const sources = [
  'var x = -2 ** 40;',
  'x = - - 2 ** 2;',
  'typeof  x ** 2;',
  'async function q() { -await 2 ** 2 }',
  'a + b = 3;',
  '((a + b)) = 1;',
  '1 = y;',
  '--(a+b);',
  'a?.b++;',
  '[a + 1] = [];',
  '({a: b + 1} = {});',
  'for (a + b of []) {}',
  'for (a + b in {}) {}',
  '[...a, b] = [];',
  '((a)) => 1',
  '"use strict"; function f(abc, abc) {}',
  '(aa, aa) => 1;',
  '"use strict"; eval = 1;',
  '"use strict"; var let = 1;',
  'let let = 1;',
  'function g() { await foo(); }',
  'function w() { var x = await  1; }',
  'var a = foo bar;',
  'var b = 123 456;',
  'var c = "str" "x";',
  'if (x) { else }',
  'obj = {a b};',
  'var u = typeof;',
  'function f() {',
  'var t = `abc ${1}',
  '(a\n+ b) = 1;',
  'break   ;',
  'continue;',
  'lbl: { continue lbl ; }',
  'label: label: x;',
  'while (1) { continue nope; }',
  'class A { constructor(){} constructor(){} }',
  'class C { get constructor() {} }',
  'var o = { get a(x,  y) {} };',
  'var o = { set a() {} };',
  'var o = { set a(...r) {} };',
  'function h(a = 1) { \'use strict\' ; }',
  'var r = /a(/gi;',
  'const z = 1 ; const  z = 2;',
  '\tlet y = \t-2 ** 3;',
  'class B extends A { foo() { super(); } }',
  'var s = \'abc\nx;',
  'var s = "abc',
  '"use strict"; delete  xyz;',
  '"use strict"; delete ((xyz) );',
  'class A { #x; m() { delete this?.#x } }',
  'class A { #x; m() { delete (this.#x) } }',
  'function (a) {}',
  'async function () {}',
  'function* (a) {}',
  'let [a, ...b,] = [];',
  'let {a, ...bcd, c} = {};',
  'class C { static prototype() {} }',
  'class C { constructor = 1 }',
  'x = { __proto__: 1, "__proto__": 2 }',
  '({ a: 1, __proto__: 1, __proto__: 2 });',
  'try {} ',
  '"use strict"; with (x) {}',
  'var x = 0b12;',
  'var n = 3in[1];',
  'var n = 1e;',
  'var n = 017n;',
  'var b = a ?? c * 2 && d + 1 || e;',
  'var b = a || b ?? c;',
  'function g() { for await (x of y) {} }',
  '"use strict"; var n = 010;',
  "function f() { 'use strict'; return { 09.5: 1 } }",
];
for (const src of sources) {
  try {
    new vm.Script(src, { filename: 'src.js' });
    console.log('no error:', src);
  } catch (e) {
    const lines = e.stack.split('\n');
    console.log(lines.slice(0, lines.findIndex((l) => l.startsWith('SyntaxError')) + 1).join('\n'));
    console.log('--');
  }
}
