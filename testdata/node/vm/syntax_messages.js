// Flags: --experimental-vm-modules
// The message and caret of early errors whose wording V8 picks by context:
// a rest element with an initializer, import outside a module's top level,
// import() with no specifier, const as a single statement, escaped yield
// and await (as operators, as bound names, in strict code), yield and await
// before a colon, and a class named by a strict mode reserved word.
const vm = require('vm');

const scripts = [
  'function f([...x = []]) {}',
  'var [...x = 1, y] = a;',
  'let [...[a] = (1), b] = a;',
  'var {...x = 1} = a;',
  'var {...[x]} = a;',
  'var {...{x} = 1} = a;',
  '[...x = 1] = a;',
  '[...[x] = 1, b] = a;',
  '({...x = 1} = a);',
  'for (const [...x = []] of y);',
  '{ import v from "x"; }',
  'function f() { import {a} from "x"; }',
  'typeof import;',
  'x = import()',
  'new import(a)',
  'x = import.meta',
  'if (1) const x = 1;',
  'label: const x = 1',
  'while (0) let x = 1',
  'function* g() { yi\\u0065ld; }',
  'function* g() { yi\\u0065ld: ; }',
  'function* g() { var yi\\u0065ld; }',
  'function* g() { (yi\\u0065ld) => 1 }',
  'class C { *g() { yi\\u0065ld; } }',
  '"use strict"; var yi\\u0065ld;',
  '"use strict"; yi\\u0065ld: 1',
  '"use strict"; var l\\u0065t',
  'async function f() { var aw\\u0061it; }',
  'async function f() { aw\\u0061it: 1; }',
  'async function f() { function aw\\u0061it() {} }',
  'class C { static { aw\\u0061it: 1 } }',
  'class C { static { await: 1 } }',
  'function* g() { yield: 1; }',
  'async function f() { await: 1; }',
  'var v\\u0061r = 1;',
  'class let {}',
  'var C = class st\\u0061tic {};',
];
const modules = [
  '{ import v from "x"; }',
  'function f() { import * as v from "x"; }',
  '{ import "x"; }',
  'import()',
  'await: 1',
  'aw\\u0061it: 1',
  'var aw\\u0061it',
];

function show(e) {
  const lines = e.stack.split('\n');
  console.log(lines.slice(0, lines.findIndex((l) => l.startsWith('SyntaxError')) + 1).join('\n'));
  console.log('--');
}
for (const src of scripts) {
  try {
    new vm.Script(src, { filename: 'src.js' });
    console.log('no error:', src);
  } catch (e) {
    show(e);
  }
}
for (const src of modules) {
  try {
    new vm.SourceTextModule(src, { identifier: 'src.mjs' });
    console.log('no error:', src);
  } catch (e) {
    // node's stack for a module's SyntaxError has no source line: the
    // message alone is compared.
    console.log(src, '->', `${e.name}: ${e.message}`);
  }
}
