// Stacks taken in ticks and promise jobs end as node's do: with
// process.processTicksAndRejections (task_queues:77 under a tick, 81 to 85
// under one given one to five arguments, 95 under the jobs it runs after
// ticks), and with nothing under jobs run at the
// checkpoint after a callback that left no tick; an immediate's callback
// is let go of once run, so after an await its frame has no "[as ...]".
// (Kiln's own library frames, such as the immediate's caller, differ from
// node's and are left out.)
const show = (label) => console.log(label, new Error('x').stack.split('\n').slice(1)
  .map((l) => l.trim().replace(__dirname + '/', '')).join(' | '));

Promise.resolve().then(function a() { show('job after main'); });
process.nextTick(function b() { show('tick'); });
for (let n = 1; n <= 5; n++) process.nextTick((...args) => show('tick with ' + args.length), ...Array(n).fill(0));
(async function c() { await null; show('await after main'); })();
setTimeout(() => {
  Promise.resolve().then(function d() { show('job after a timer'); });
  setTimeout(() => {
    process.nextTick(() => {});
    Promise.resolve().then(function e() { show('job after a timer with a tick'); });
    setImmediate(async function f() {
      await 1;
      show('immediate after await');
    });
  }, 1);
}, 1);
