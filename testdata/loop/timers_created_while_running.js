// A timer created while timers run waits for a later pass even when its
// delay has already passed; an immediate queued by a timer runs before it.
const start = Date.now();
setTimeout(() => {
  console.log('A');
  setTimeout(() => console.log('C (new 1 ms timer)'), 1);
  setImmediate(() => console.log('immediate from A'));
  const end = Date.now() + 5;
  while (Date.now() < end) {}
}, 1);
setTimeout(() => console.log('B (same list as A)'), 1);
setTimeout(() => console.log('D (20 ms list)'), 20);
