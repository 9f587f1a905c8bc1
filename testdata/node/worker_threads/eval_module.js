// Workers from code (eval: true) with module syntax run as ES modules, as node's detection (v20.19 on) runs them:
// import statements, import.meta.url ([eval1] in the working directory), a top-level await, no require. Code with
// none stays a script. make-synchronous starts its worker this way, and blocks in Atomics.wait until it answers.
const path = require('path');
const { Worker, receiveMessageOnPort, MessageChannel } = require('worker_threads');

function run(code, options = {}) {
  return new Promise((resolve) => {
    const w = new Worker(code, { eval: true, ...options });
    w.on('message', (m) => console.log('message', m));
    w.on('error', (e) => console.log('error', e.name, e.message));
    w.on('exit', (code) => { console.log('exit', code); resolve(); });
  });
}

(async () => {
  await run(`
    import { parentPort } from 'node:worker_threads';
    import os from 'node:os';
    const url = new URL(import.meta.url);
    parentPort.postMessage([typeof os.cpus, url.pathname === ${JSON.stringify(path.join(process.cwd(), '[eval1]'))},
      typeof require, typeof module, typeof __filename]);
  `);
  await run(`
    const { parentPort } = await import('node:worker_threads');
    parentPort.postMessage(['awaited', await Promise.resolve(42), typeof require]);
  `);
  await run(`require('worker_threads').parentPort.postMessage(['script', typeof require, __filename])`);
  await run(`import { nothing } from 'node:os';`);

  // A synchronous call through an ES module worker, as make-synchronous makes one.
  const { port1, port2 } = new MessageChannel();
  const w = new Worker(`
    import { workerData, parentPort } from 'node:worker_threads';
    parentPort.on('message', async ({ n, semaphore }) => {
      await new Promise((r) => setTimeout(r, 20));
      workerData.port.postMessage({ result: n * 2 });
      Atomics.store(semaphore, 0, 1);
      Atomics.notify(semaphore, 0);
    });
  `, { eval: true, workerData: { port: port2 }, transferList: [port2] });
  w.unref();
  const semaphore = new Int32Array(new SharedArrayBuffer(4));
  w.postMessage({ n: 21, semaphore });
  Atomics.wait(semaphore, 0, 0);
  console.log('sync result', receiveMessageOnPort(port1).message);
  port1.close();
})();
