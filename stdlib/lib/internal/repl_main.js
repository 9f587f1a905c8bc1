'use strict';
// The interactive REPL that `kiln` starts when given no script and a
// terminal: node's banner in Kiln's words, then a REPL on standard input
// and output whose end ends the process.

module.exports = function main(banner) {
  process.stdout.write(banner);
  // Where stdin is no terminal (kiln -i on a pipe), or Kiln cannot put the
  // terminal in raw mode yet (only Linux can, see tty_other.go: setRawMode
  // emits 'error' there), the REPL reads lines as they come.
  const stdin = process.stdin;
  let terminal;
  if (typeof stdin.setRawMode !== 'function') {
    terminal = false;
  } else {
    const noRawMode = () => { terminal = false; };
    stdin.once('error', noRawMode);
    stdin.setRawMode(false);
    stdin.removeListener('error', noRawMode);
  }
  const r = require('repl').start({ useGlobal: true, terminal });
  r.on('exit', () => process.exit());
};
