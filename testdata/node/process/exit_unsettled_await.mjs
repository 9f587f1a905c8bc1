// A top-level await that never settles ends the process with 13, set by
// node's own first 'exit' listener: the event says 0, the listeners see
// process.exitCode 13, and what they queue still runs (inquirer rejects
// its prompt there when standard input ends).
process.on('exit', (code) => {
  console.log('exit', code, process.exitCode);
  Promise.resolve().then(() => console.log('a microtask queued by an exit listener'));
  process.nextTick(() => console.log('a tick queued by an exit listener never runs'));
});
await new Promise(() => {});
