// Reports on stdout (the parent forks it silent) what it sees of the
// channel's end, then has nothing left to do.
const mode = process.argv[2];
process.on('disconnect', () => {
  console.log('child disconnect', process.connected, process.channel);
  console.log('send returns', process.send('late', err => console.log('child cb', err.code, err.message)));
  process.once('error', err => console.log('child error', err.code));
  process.send('later');
  process.disconnect();
  process.once('error', err => console.log('child error', err.code, err.message));
});
process.on('exit', code => console.log('child exit', code));
if (mode === 'child') {
  // Stays until the parent has seen the disconnect and ends stdin, so that
  // the parent's 'disconnect' comes before its 'exit'.
  process.stdin.resume();
  process.send('bye', () => process.disconnect());
} else {
  process.on('message', m => console.log('child got', m));
  process.send('ready');
}
