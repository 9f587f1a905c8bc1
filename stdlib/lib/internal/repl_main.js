'use strict';
// The interactive REPL that `kiln` starts when given no script and a
// terminal: node's banner in Kiln's words, then a REPL on standard input
// and output whose end ends the process.

module.exports = function main(banner) {
  process.stdout.write(banner);
  const r = require('repl').start({ useGlobal: true });
  r.on('exit', () => process.exit());
};
