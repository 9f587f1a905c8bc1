// A worker's process.stdin: with stdin: true, what the parent writes to worker.stdin, ended by worker.stdin.end()
// (the worker stays alive while it waits for more); without, worker.stdin is null and the worker's process.stdin
// ends at once. Never the process's own standard input.
const { Worker, isMainThread, parentPort } = require('worker_threads');

if (isMainThread) {
  const quiet = new Worker(__filename);
  console.log('no stdin option', quiet.stdin);
  quiet.on('message', (m) => console.log('quiet', m));
  quiet.on('exit', () => {
    const fed = new Worker(__filename, { stdin: true });
    console.log('stdin option', fed.stdin.constructor.name, fed.stdin.writable);
    fed.on('message', (m) => console.log('fed', m));
    fed.on('exit', (code) => console.log('fed exit', code));
    fed.stdin.write('first ');
    fed.stdin.write(Buffer.from('second\n'));
    setTimeout(() => fed.stdin.end('last'), 50);
  });
} else {
  const chunks = [];
  process.stdin.on('data', (d) => chunks.push(Buffer.isBuffer(d) ? d.toString() : typeof d));
  process.stdin.on('end', () => parentPort.postMessage({ end: chunks.join('|') }));
}
