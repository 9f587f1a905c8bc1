// Atomics.waitAsync: the main thread's promises are settled by a worker's
// notify or by their timeout. A pending waitAsync does not keep the
// program alive (the worker does here), as in node.
const { Worker, isMainThread, workerData } = require('worker_threads');
if (isMainThread) {
  // 0: the value main waits on; 1: times out; 2: the worker's go; 3..5: counts
  const s = new Int32Array(new SharedArrayBuffer(24));
  const w = new Worker(__filename, { workerData: s });
  w.on('exit', () => console.log('woken', Array.from(s.subarray(3))));
  const a = Atomics.waitAsync(s, 0, 0);
  const b = Atomics.waitAsync(s, 0, 0, 60000);
  const c = Atomics.waitAsync(s, 1, 0, 1);
  console.log(a.async, b.async, c.async, Object.keys(a));
  Atomics.waitAsync(s, 1, 0).value.then(() => console.log('never settled'));
  c.value.then((v) => {
    console.log('c', v);
    Atomics.store(s, 2, 1);
    Atomics.notify(s, 2);
  });
  a.value.then((v) => console.log('a', v, Atomics.load(s, 0)));
  b.value.then((v) => console.log('b', v));
} else {
  const s = workerData;
  Atomics.wait(s, 2, 0);
  Atomics.store(s, 0, 42);
  // Main's two waiters wake one at a time, in the order they came.
  for (let k = 3; k < 6; k++) s[k] = Atomics.notify(s, 0, 1);
}
