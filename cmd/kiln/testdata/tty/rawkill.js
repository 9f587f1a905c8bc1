// A program in raw mode ended by SIGTERM, which it does not listen for:
// the terminal's line mode comes back all the same (the test checks the
// terminal's flags), as node puts it back before the signal ends it.
process.stdin.setRawMode(true);
process.stdin.resume();
console.log('ready');
