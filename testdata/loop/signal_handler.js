// A SIGINT listener receives the signal instead of the process dying;
// removing the last listener restores the default.
process.on('SIGINT', (name, num) => {
  console.log('got', name, num);
  clearTimeout(keepAlive);
});
const keepAlive = setTimeout(() => console.log('never: the signal came first'), 5000);
setTimeout(() => process.kill(process.pid, 'SIGINT'), 1);
