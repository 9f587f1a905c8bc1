// An uncaughtException handler lets the next timer run; errors from the
// main module, timers, immediates, ticks and microtasks all reach it.
let count = 0;
process.on('uncaughtException', (err, origin) => {
  count++;
  console.log('caught', err.message, origin);
});
setTimeout(() => { throw new Error('from timer 1'); }, 1);
setTimeout(() => {
  console.log('timer 2 runs');
}, 1);
setTimeout(() => { throw new Error('from timer 3'); }, 2);
setTimeout(() => {
  process.nextTick(() => { throw new Error('from tick'); });
}, 4);
setTimeout(() => {
  queueMicrotask(() => { throw new Error('from microtask'); });
}, 6);
setTimeout(() => {
  setImmediate(() => { throw new Error('from immediate'); });
}, 8);
setTimeout(() => console.log('count', count), 20);
throw new Error('from main');
