const { Worker, isMainThread } = require('worker_threads');
if (isMainThread) {
  new Worker(__filename);
} else {
  function inWorker(x) { return x ? 1 : 2; }
  inWorker(1);
}
