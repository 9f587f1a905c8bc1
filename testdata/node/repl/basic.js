'use strict';
// A non-terminal REPL fed a whole session at once: results through
// util.inspect, _ and _error, declarations that persist, multi-line input
// behind '... ', errors as 'Uncaught ...', and 'exit' at the end of input.
const repl = require('repl');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new PassThrough();
let out = '';
output.setEncoding('utf8');
output.on('data', (d) => { out += d; });

const r = repl.start({ prompt: '> ', input, output, terminal: false });
r.on('exit', () => {
  process.stdout.write(`${out}\n`);
  console.log('exit event');
});
input.end([
  '1 + 2',
  'let x = 10',
  'x * 2',
  'const y = "str"',
  'y',
  'class A { constructor() { this.v = 1; } }',
  'new A()',
  '_',
  '_.v + 1',
  '{a: 1, b: [1, 2]}',
  '{ let inner = 2; inner * 3 }',
  'undefined',
  'null',
  'throw new Error("boom")',
  '_error.message',
  'throw 5',
  'throw { code: 1 }',
  'throw new TypeError("bad type")',
  'foo(',
  ')',
  'function f(a) {',
  '  return a + 1;',
  '}',
  'f(2)',
  'function g() { throw new RangeError("deep") }',
  'g()',
  'nope',
  '"a\\nb"',
  '.break',
  '[1, 2,',
  '.break',
  'var z = 3',
  'z',
  'Symbol("s")',
  'new Map([[1, 2]])',
  '1 +',
  '2',
  '`template',
  'end`',
  '/* comment',
  '*/ 7',
  ')x',
  'a b',
  'let x = 3',
  'x = 5',
  '',
  '.nosuch',
  'typeof require("path").join',
  'path.basename("/a/b.txt")',
  '.exit',
].join('\n') + '\n');
