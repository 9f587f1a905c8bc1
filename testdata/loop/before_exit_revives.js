// beforeExit may schedule more work, which revives the loop; it fires
// again once that work is done; exit fires once.
let rounds = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, rounds);
  if (rounds++ < 2) {
    setTimeout(() => console.log('timer from beforeExit', rounds), 1);
    Promise.resolve().then(() => console.log('promise from beforeExit'));
  }
});
process.on('exit', (code) => {
  console.log('exit', code);
  setTimeout(() => console.log('never: timers in exit do not run'), 0);
});
process.exitCode = 3;
console.log('main done');
