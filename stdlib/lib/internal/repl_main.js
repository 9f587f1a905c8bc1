'use strict';
// The interactive REPL that `kiln` starts when given no script and a
// terminal: node's banner in Kiln's words, then a REPL on standard input
// and output whose end ends the process.

module.exports = function main(banner) {
  process.stdout.write(banner);
  // Where Kiln cannot put the terminal in raw mode yet (only Linux can,
  // see tty_other.go), the REPL reads lines the terminal has edited.
  let terminal;
  const noRawMode = () => { terminal = false; };
  process.stdin.once('error', noRawMode);
  process.stdin.setRawMode(false);
  process.stdin.removeListener('error', noRawMode);
  const r = require('repl').start({ useGlobal: true, terminal });
  r.on('exit', () => process.exit());
};
