// A program in raw mode that sends itself SIGTERM as its last act: the
// signal, not the normal exit, ends it (as node), and the terminal's line
// mode comes back (the test checks the terminal's flags).
process.stdin.setRawMode(true);
console.log('isRaw', process.stdin.isRaw);
process.kill(process.pid, 'SIGTERM');
