// Between two callbacks of the timers or immediates phase, node drains the
// ticks and microtasks from runNextTicks, under listOnTimeout (the same
// list's next timer), processTimers (the next list) or processImmediate, and
// after the phase's last callback with nothing of its own below: the stacks
// of errors made there show which.
const here = __filename;
const show = (tag) => console.log(tag + '\n' + new Error().stack.split('\n').slice(2)
  .map((l) => l.replace(here, 'drain_frames.js')).join('\n'));
setTimeout(() => {
  Promise.resolve().then(() => show('job, next timer of the list due'));
  process.nextTick(() => show('tick, next timer of the list due'));
  process.nextTick((a, b) => show('tick with two arguments ' + a + b), 1, 2);
  Promise.resolve().then(() => show('job after the ticks'));
}, 1);
setTimeout(() => { Promise.resolve().then(() => show('job, next list due')); }, 1);
setTimeout(() => { Promise.resolve().then(() => show('job, the 3 ms list due')); }, 2);
const iv = setInterval(() => {
  clearInterval(iv);
  Promise.resolve().then(() => show('job after an interval, the last timer'));
}, 3);
const start = Date.now();
while (Date.now() - start < 20);
setTimeout(() => {
  setImmediate(() => { Promise.resolve().then(() => show('job, next immediate due')); });
  setImmediate(() => { Promise.resolve().then(() => show('job after the last immediate')); });
}, 30);
