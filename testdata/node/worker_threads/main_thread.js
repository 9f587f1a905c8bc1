// What the main thread sees of worker_threads.
const wt = require('worker_threads');
console.log(Object.keys(wt).join(' '));
console.log(wt.isMainThread, wt.parentPort, wt.workerData, wt.threadId, JSON.stringify(wt.resourceLimits), String(wt.SHARE_ENV));
wt.setEnvironmentData('k', { v: 1 });
console.log(wt.getEnvironmentData('k'), wt.getEnvironmentData('missing'));
wt.setEnvironmentData('k', undefined);
console.log(wt.getEnvironmentData('k'));
console.log(typeof wt.Worker, typeof wt.MessageChannel, typeof wt.markAsUntransferable, wt.markAsUntransferable({}));
try {
  new MessagePort();
} catch (e) {
  console.log(e.name, e.code, e.message);
}
console.log(typeof MessagePort, MessagePort === wt.MessagePort);
