// markAsUntransferable: an ArrayBuffer so marked is copied, not moved, when a transfer list names it (node v20;
// later versions throw), by a MessagePort, a Worker and structuredClone alike; other buffers still move.
// Non-objects are ignored.
const { markAsUntransferable, MessageChannel, Worker } = require('worker_threads');

const kept = new ArrayBuffer(8);
new Uint8Array(kept)[0] = 7;
markAsUntransferable(kept);
markAsUntransferable(5);
markAsUntransferable(null);
const moved = new ArrayBuffer(4);

const { port1, port2 } = new MessageChannel();
port2.once('message', (m) => {
  console.log('port got', m.kept.byteLength, new Uint8Array(m.kept)[0], m.moved.byteLength);
  port2.close();
});
port1.postMessage({ kept, moved }, [kept, moved]);
console.log('after port', kept.byteLength, moved.byteLength);

const copy = structuredClone(kept, { transfer: [kept] });
console.log('structuredClone', kept.byteLength, copy.byteLength);

const w = new Worker(`
  require('worker_threads').parentPort.once('message', (m) => console.log('worker got', m.byteLength, new Uint8Array(m)[0]));
`, { eval: true });
w.postMessage(kept, [kept]);
console.log('after worker', kept.byteLength);
