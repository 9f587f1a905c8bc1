// process.exitCode = 2 sets the code used when the program finishes normally; everything still runs to completion.
console.log('setting exitCode');
process.exitCode = 2;
setTimeout(() => {
  console.log('timer still runs, exitCode is', process.exitCode);
}, 0);
Promise.resolve().then(() => console.log('microtask still runs'));
console.log('end of script');
