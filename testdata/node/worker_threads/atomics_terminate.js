// A worker blocked in Atomics.wait with no timeout still ends on terminate(), and its waiter is gone.
const { Worker, isMainThread, workerData, parentPort } = require('worker_threads');
if (isMainThread) {
  const s = new Int32Array(new SharedArrayBuffer(8));
  const w = new Worker(__filename, { workerData: s });
  w.on('message', (m) => {
    console.log(m);
    // Wait until the worker is really blocked, then end it.
    while (Atomics.load(s, 1) !== 1) ;
    w.terminate().then((code) => console.log('terminated with', code, 'waiters left', Atomics.notify(s, 0)));
  });
  w.on('exit', (code) => console.log('exit', code));
} else {
  parentPort.postMessage('about to wait');
  Atomics.store(workerData, 1, 1);
  Atomics.wait(workerData, 0, 0);
  console.log('never printed');
}
