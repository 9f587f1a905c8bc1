'use strict';
// Each line goes in once the REPL has answered the previous one (its
// prompt is back), so awaited results come out in order on node as here.
const repl = require('repl');
const { PassThrough } = require('stream');

const lines = [
  'await Promise.resolve(42)',
  'const v = await Promise.resolve(7)',
  'v + 1',
  'await Promise.reject(new Error("rejected"))',
  'await new Promise((resolve) => setTimeout(() => resolve("later"), 1))',
  'let w = await 3',
  'w',
  '[await 1, await 2]',
];
const input = new PassThrough();
const output = new PassThrough();
let out = '';
output.setEncoding('utf8');
output.on('data', (d) => {
  out += d;
  if (out.endsWith('> ')) {
    const next = lines.shift();
    if (next === undefined) input.end();
    else input.write(`${next}\n`);
  }
});
const r = repl.start({ input, output, terminal: false });
r.on('exit', () => process.stdout.write(out + '\n'));
