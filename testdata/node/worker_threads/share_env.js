// env: SHARE_ENV: the worker and its parent share one set of variables, each seeing the other's writes and deletes
// at once (an Atomics.wait on a SharedArrayBuffer orders the two threads here); a worker given its own env, or none,
// works on a copy.
const { Worker, SHARE_ENV, isMainThread, workerData } = require('worker_threads');

const flag = (shared) => new Int32Array(shared);
function signal(shared, i) {
  Atomics.store(flag(shared), i, 1);
  Atomics.notify(flag(shared), i);
}

if (isMainThread) {
  process.env.KILN_SHARED_A = 'from main';
  process.env.KILN_SHARED_GONE = 'to delete';
  const shared = new SharedArrayBuffer(8);
  const w = new Worker(__filename, { env: SHARE_ENV, workerData: { shared, mode: 'share' } });
  Atomics.wait(flag(shared), 0, 0);
  console.log('main sees', process.env.KILN_SHARED_B, 'KILN_SHARED_GONE' in process.env, process.env.KILN_SHARED_A);
  console.log('keys', Object.keys(process.env).filter((k) => k.startsWith('KILN_SHARED')));
  process.env.KILN_SHARED_C = 'later from main';
  signal(shared, 1);
  w.on('exit', () => {
    const copy = new Worker(__filename, { workerData: { mode: 'copy' } });
    copy.on('exit', () => {
      console.log('after copy', process.env.KILN_SHARED_D);
      new Worker(__filename, { env: { ONLY: 'this' }, workerData: { mode: 'own' } });
    });
  });
} else if (workerData.mode === 'share') {
  const { shared } = workerData;
  console.log('worker sees', process.env.KILN_SHARED_A);
  process.env.KILN_SHARED_B = 'from worker';
  delete process.env.KILN_SHARED_GONE;
  process.env.KILN_SHARED_A = 'changed by worker';
  signal(shared, 0);
  Atomics.wait(flag(shared), 1, 0);
  console.log('worker sees later', process.env.KILN_SHARED_C);
} else if (workerData.mode === 'copy') {
  console.log('copy sees', process.env.KILN_SHARED_C);
  process.env.KILN_SHARED_D = 'only in the copy';
} else {
  console.log('own env', Object.keys(process.env));
}
