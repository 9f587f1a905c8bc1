// Reads stop while stdin is paused: the first line pauses it and a timer
// resumes it; after the second line, paused again, nothing holds the
// process, which ends though the terminal stays open.
const stdin = process.stdin;
let n = 0;
stdin.on('data', (d) => {
  n++;
  console.log('data', n, JSON.stringify(String(d)));
  stdin.pause();
  console.log(`isPaused ${stdin.isPaused()}`);
  if (n === 1) {
    setTimeout(() => {
      stdin.resume();
      console.log(`resumed ${stdin.isPaused()}`);
    }, 20);
  }
});
stdin.on('end', () => console.log('end'));
process.on('exit', () => console.log('exit'));
console.log('ready');
