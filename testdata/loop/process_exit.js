// process.exit stops at once with the given code, after exit listeners;
// exitCode set in an exit listener wins.
process.on('exit', (code) => {
  console.log('exit listener', code, process.exitCode);
  process.exitCode = 9;
});
setTimeout(() => console.log('never printed'), 0);
process.nextTick(() => {
  console.log('tick');
  process.exit(4);
  console.log('never printed either');
});
