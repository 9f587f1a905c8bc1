// The classic ordering: sync, nextTick, promise jobs, then timers and
// immediates (from the main module a 0 ms timeout and an immediate may run
// in either order in Node, so this one orders them from an I/O-free timer).
console.log('sync 1');
setTimeout(() => {
  console.log('timeout');
  setTimeout(() => console.log('timeout from timeout'), 0);
  setImmediate(() => console.log('immediate from timeout'));
  process.nextTick(() => console.log('tick from timeout'));
  Promise.resolve().then(() => console.log('promise from timeout'));
}, 0);
process.nextTick(() => console.log('tick 1'));
Promise.resolve().then(() => console.log('promise 1'));
queueMicrotask(() => console.log('microtask 1'));
process.nextTick(() => console.log('tick 2'));
Promise.resolve().then(() => console.log('promise 2'));
console.log('sync 2');
