// BroadcastChannel across threads: a message posted in a worker reaches the channels of the same name in the main
// thread and in the other workers (each its own clone), never the poster's own channel or another name's. Messages
// from different threads interleave, so what each channel got is printed sorted at the end.
const { Worker, isMainThread, workerData, parentPort } = require('worker_threads');

if (!isMainThread) {
  const bc = new BroadcastChannel('room');
  const other = new BroadcastChannel('elsewhere');
  const got = [];
  bc.onmessage = (e) => {
    got.push(e.data.from);
    if (e.data.from === 'main') bc.postMessage({ from: `worker ${workerData}`, map: new Map([[workerData, true]]) });
    if (got.length === 2) {
      parentPort.postMessage(got.sort());
      bc.close();
      other.close();
    }
  };
  other.onmessage = (e) => console.log('never: other name', e.data);
  parentPort.postMessage('ready');
} else {
  const main = new BroadcastChannel('room');
  const second = new BroadcastChannel('room');
  const results = { main: [], second: [] };
  main.onmessage = (e) => results.main.push(`${e.data.from} ${e.data.map instanceof Map}`);
  second.onmessage = (e) => results.second.push(e.data.from);
  let ready = 0;
  const workers = [1, 2].map((id) => {
    const w = new Worker(__filename, { workerData: id });
    w.on('message', (m) => {
      if (m === 'ready') {
        if (++ready === 2) main.postMessage({ from: 'main' });
      } else {
        results[`worker ${id}`] = m;
      }
    });
    return new Promise((resolve) => w.on('exit', resolve));
  });
  Promise.all(workers).then(() => {
    for (const k of ['main', 'second', 'worker 1', 'worker 2']) console.log(k, results[k].sort());
    main.close();
    second.close();
  });
}
