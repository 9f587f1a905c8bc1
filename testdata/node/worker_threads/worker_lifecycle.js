// Workers from code (eval: true): an uncaught exception becomes the Worker's 'error' event and exit code 1,
// terminate() resolves with the exit code, bad arguments get node's errors, and the worker's console output reaches
// the process's stdout before its 'exit' event.
const { Worker } = require('worker_threads');

for (const bad of [() => new Worker('w.js'), () => new Worker(5), () => new Worker(123, { eval: true })]) {
  try {
    bad();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

function failing() {
  const w = new Worker(`
    const { parentPort } = require('worker_threads');
    parentPort.postMessage('before the throw');
    throw new TypeError('boom');
  `, { eval: true });
  w.on('message', (m) => console.log('message', m));
  w.on('error', (e) => console.log('error', e instanceof TypeError, e.name, e.message));
  w.on('exit', (code) => {
    console.log('exit', code);
    looping();
  });
}

function looping() {
  const w = new Worker('setInterval(() => {}, 1000); require("worker_threads").parentPort.postMessage("up")', { eval: true });
  w.on('message', () => {
    w.terminate().then((code) => {
      console.log('terminated', code);
      return w.terminate();
    }).then((again) => {
      console.log('again', again);
      printing();
    });
  });
  w.on('exit', (code) => console.log('exit', code));
}

function printing() {
  const w = new Worker(`
    console.log('worker: console.log', require('worker_threads').workerData);
    process.stdout.write('worker: part of ');
    process.stdout.write('a line\\n');
  `, { eval: true, workerData: [1, 'two'] });
  w.on('exit', (code) => {
    console.log('exit', code);
    missing();
  });
}

// The error for a missing script keeps its own properties (code) across.
function missing() {
  const w = new Worker('./no-such-worker-script.js');
  w.on('error', (e) => console.log('error', e.name, e.code, e.message.startsWith("Cannot find module '")));
  w.on('exit', (code) => console.log('exit', code));
}

failing();
