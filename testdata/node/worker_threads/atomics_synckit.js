// The pattern of synckit: the main thread calls a worker synchronously. It
// posts a request with a MessagePort, blocks in Atomics.wait until the
// worker has answered on the port and notified, then takes the answer with
// receiveMessageOnPort.
const { Worker, MessageChannel, receiveMessageOnPort, isMainThread, parentPort, workerData } = require('worker_threads');
if (isMainThread) {
  const shared = new Int32Array(new SharedArrayBuffer(4));
  const { port1: mainPort, port2: workerPort } = new MessageChannel();
  const worker = new Worker(__filename, { workerData: { shared, port: workerPort }, transferList: [workerPort] });
  function callSync(id, args) {
    Atomics.store(shared, 0, 0);
    worker.postMessage({ id, args });
    const status = Atomics.wait(shared, 0, 0, 10000);
    const msg = receiveMessageOnPort(mainPort);
    return [status === 'ok' || status === 'not-equal', msg && msg.message];
  }
  console.log(callSync(1, [2, 3]));
  console.log(callSync(2, ['a', 'b', 'c']));
  console.log(callSync(3, []));
  console.log('nothing left:', receiveMessageOnPort(mainPort));
  worker.terminate().then((c) => console.log('terminated', c));
} else {
  const { shared, port } = workerData;
  parentPort.on('message', (m) => {
    // Answer a little later, so the main thread is really blocked.
    setTimeout(() => {
      port.postMessage({ id: m.id, result: m.args.length ? m.args.reduce((a, b) => a + b) : null });
      Atomics.store(shared, 0, 1);
      Atomics.notify(shared, 0);
    }, 5);
  });
}
