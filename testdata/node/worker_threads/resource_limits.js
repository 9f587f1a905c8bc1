// resourceLimits: the worker's limits as node fills them in (the numbers given, V8's defaults for the rest), seen
// from the Worker while it runs and as worker_threads.resourceLimits inside it ({} in the main thread and once the
// worker has exited); a worker that outgrows its old generation ends with ERR_WORKER_OUT_OF_MEMORY and exit code 1,
// and the process goes on.
const { Worker, resourceLimits, isMainThread, parentPort } = require('worker_threads');

if (!isMainThread) {
  parentPort.postMessage(resourceLimits);
  if (process.argv[2] === 'grow') {
    const hoard = [];
    for (;;) hoard.push({ filler: new Array(100).fill(hoard.length) });
  }
} else {
  console.log('main', resourceLimits);
  const cases = [
    [undefined],
    [{ maxOldGenerationSizeMb: 64 }],
    [{ maxYoungGenerationSizeMb: 8, codeRangeSizeMb: 16, stackSizeMb: 2, other: 1 }],
    [{ maxOldGenerationSizeMb: 100, maxYoungGenerationSizeMb: 'big', stackSizeMb: 0 }],
    [{ maxOldGenerationSizeMb: 16 }, 'grow'],
  ];
  const next = (i) => {
    if (i === cases.length) return;
    const [limits, what] = cases[i];
    const w = new Worker(__filename, { resourceLimits: limits, argv: what ? [what] : [] });
    w.on('online', () => console.log(i, 'online', w.resourceLimits));
    w.on('message', (m) => console.log(i, 'inside', m));
    w.on('error', (e) => console.log(i, 'error', e.name, e.code, e.message));
    w.on('exit', (code) => {
      console.log(i, 'exit', code, w.resourceLimits);
      next(i + 1);
    });
  };
  next(0);
}
