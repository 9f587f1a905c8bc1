// repl.isValidSyntax: scripts, top-level await, lone expressions; and
// replMode: REPL_MODE_STRICT makes every input strict code.
const repl = require('repl');
const { PassThrough } = require('stream');
for (const code of ['1 + 1', 'let x = 1', '{ a: 1 }', 'await Promise.resolve(1)', 'const y = await f()',
  'for await (const a of b) {}', 'function (', '1 +', ')', 'class { }', 'with (a) {}', 'return 1']) {
  console.log(JSON.stringify(code), repl.isValidSyntax(code));
}
console.log(repl.REPLServer.length, repl.start.length);
for (const mode of [undefined, repl.REPL_MODE_SLOPPY, repl.REPL_MODE_STRICT]) {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (d) => { text += d; });
  const r = repl.start({ input, output, prompt: '', terminal: false, replMode: mode });
  console.log(r.replMode === (mode || repl.REPL_MODE_SLOPPY));
  r.eval('(function () { return this === undefined; })()', r.context, 'x', (err, v) => console.log(String(mode), err, v));
  r.close();
}
