// In raw mode, a SIGINT sent to the process (not Ctrl-C, which is data
// there) goes to the program's listener, which leaves raw mode and ends.
process.stdin.setRawMode(true);
process.stdin.resume();
process.on('SIGINT', () => {
  console.log('SIGINT');
  process.stdin.setRawMode(false);
  process.stdin.pause();
});
console.log('ready');
