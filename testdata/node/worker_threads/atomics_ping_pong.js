// Atomics.wait and Atomics.notify between the main thread and a worker, taking turns: slot 0 says whose turn it is
// (even: main, odd: the worker), slot 1 is the ball each changes in its turn, with plain reads and writes that the
// turn orders.
const { Worker, isMainThread, workerData } = require('worker_threads');
const ROUNDS = 5;
if (isMainThread) {
  const sab = new SharedArrayBuffer(8);
  const s = new Int32Array(sab);
  const w = new Worker(__filename, { workerData: sab });
  for (let r = 0; r < ROUNDS; r++) {
    while (Atomics.load(s, 0) !== 2 * r) Atomics.wait(s, 0, 2 * r - 1);
    s[1] += 1;
    console.log('main sees', s[1]);
    Atomics.store(s, 0, 2 * r + 1);
    Atomics.notify(s, 0);
  }
  while (Atomics.load(s, 0) !== 2 * ROUNDS) Atomics.wait(s, 0, 2 * ROUNDS - 1);
  console.log('final ball', s[1]);
  w.on('exit', (c) => console.log('worker exit', c));
} else {
  const s = new Int32Array(workerData);
  for (let r = 0; r < ROUNDS; r++) {
    Atomics.wait(s, 0, 2 * r);
    s[1] *= 10;
    Atomics.store(s, 0, 2 * r + 2);
    Atomics.notify(s, 0, 1);
  }
}
