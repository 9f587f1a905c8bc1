// process.exit(3) ends the program immediately with that code; later statements, microtasks and timers never run.
console.log('one');
setTimeout(() => console.log('timer must not run'), 0);
Promise.resolve().then(() => console.log('microtask must not run'));
process.on('exit', (code) => console.log('exit handler sees code', code));
try {
  console.log('two');
  process.exit(3);
} finally {
  console.log('finally must not run');
}
console.log('three (never)');
