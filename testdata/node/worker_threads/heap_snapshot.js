'use strict';
// worker.getHeapSnapshot: a Readable of the worker's own heap, which holds
// what the worker made and not what the parent did; after the worker
// ended, ERR_WORKER_NOT_RUNNING.
const { Worker } = require('worker_threads');
const { readSnapshot } = require('../v8/lib/snapshot_reader');

class InParent {}
globalThis.inParent = new InParent();

const worker = new Worker(`
  class InWorker {}
  globalThis.inWorker = [new InWorker(), new InWorker(), new InWorker()];
  require('worker_threads').parentPort.once('message', () => process.exit(0));
  require('worker_threads').parentPort.postMessage('ready');
`, { eval: true });

worker.once('message', async () => {
  const stream = await worker.getHeapSnapshot();
  const chunks = [];
  for await (const c of stream) chunks.push(c);
  const snap = readSnapshot(Buffer.concat(chunks).toString('utf8'));
  console.log('problems', snap.problems);
  console.log('InWorker nodes', snap.count((x) => x.type === 'object' && x.name === 'InWorker'));
  console.log('InParent nodes', snap.count((x) => x.type === 'object' && x.name === 'InParent'));
  const held = snap.edge(snap.global().index, 'property', 'inWorker');
  console.log('inWorker', held.type, held.name, snap.edges(held.index).filter((x) => x.type === 'element').length);
  try {
    worker.getHeapSnapshot(1);
  } catch (e) {
    console.log(e.code);
  }
  worker.postMessage('exit');
  worker.once('exit', () => {
    worker.getHeapSnapshot().catch((e) => console.log(e.code, e.message));
  });
});
