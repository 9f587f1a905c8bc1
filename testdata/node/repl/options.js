'use strict';
// repl.start's options and the REPLServer API: ignoreUndefined, writer,
// a custom eval (with repl.Recoverable for multi-line input), prompt,
// defineCommand, .help, displayPrompt and close.
const repl = require('repl');
const { PassThrough } = require('stream');

function session(options, lines, setup) {
  return new Promise((resolve) => {
    const input = new PassThrough();
    const output = new PassThrough();
    let out = '';
    output.setEncoding('utf8');
    output.on('data', (d) => { out += d; });
    const r = repl.start({ input, output, terminal: false, ...options });
    if (setup) setup(r);
    r.on('exit', () => {
      console.log(JSON.stringify(out));
      resolve();
    });
    input.end(lines.map((l) => `${l}\n`).join(''));
  });
}

(async () => {
  console.log(typeof repl.start, typeof repl.REPLServer, typeof repl.Recoverable, typeof repl.writer);
  console.log(repl.builtinModules.includes('fs'), repl.builtinModules.includes('_http_agent'));

  await session({ ignoreUndefined: true, prompt: '$ ' }, ['var a = 1', 'a', 'undefined', 'void 0', 'null']);

  await session({ writer: (v) => `<${typeof v}:${String(v)}>` }, ['1 + 1', '"s"', '[1, 2]']);

  let calls = 0;
  await session({
    prompt: 'calc> ',
    eval(cmd, context, filename, cb) {
      calls++;
      const text = cmd.trim();
      if (text.endsWith('+')) return cb(new repl.Recoverable(new SyntaxError('more')));
      if (text === 'fail') {
        // A stack of its own keeps the REPL's machinery out of the output.
        const err = new Error('custom failure');
        err.stack = 'Error: custom failure\n    at calc';
        return cb(err);
      }
      cb(null, `got ${JSON.stringify(text)} from ${filename}`);
    },
  }, ['1 +', '2', 'fail', 'plain']);
  console.log('eval calls', calls);

  await session({}, ['.help', '.hi there', '.count', '.count', 'last'], (r) => {
    let n = 0;
    r.defineCommand('hi', {
      help: 'Say hi',
      action(name) {
        this.output.write(`hi ${name}\n`);
        this.displayPrompt();
      },
    });
    r.defineCommand('count', function count() {
      this.output.write(`count ${++n}\n`);
      this.displayPrompt();
    });
    console.log(typeof r.commands.hi.action, r.commands.count.help, Object.keys(r.commands).sort().join());
  });

  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (d) => { out += d; });
  const r = repl.start({ input, output, prompt: '>> ', terminal: false });
  r.on('exit', () => console.log('exit after close', JSON.stringify(out)));
  r.setPrompt('-> ');
  r.displayPrompt();
  console.log(r.getPrompt(), r.terminal, r.useColors, r.ignoreUndefined);
  r.close();
})();
