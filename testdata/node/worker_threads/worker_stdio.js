// worker.stdout and worker.stderr: with { stdout: true, stderr: true } the worker's output comes to the streams
// (partial lines and all, ending after 'exit') and not to the process's; without, it goes to the process's stdout.
const { Worker } = require('worker_threads');

const code = `process.stdout.write('partial '); console.log('line one'); console.error('to stderr');
process.stdout.write(Buffer.from([0xe2, 0x82])); process.stdout.write(Buffer.from([0xac, 0x0a])); process.stdout.write('end');`;
const w = new Worker(code, { eval: true, stdout: true, stderr: true });
console.log(w.stdout.constructor.name, w.stderr.constructor.name, w.stdout.readable);
let out = '';
let err = '';
const events = [];
w.stdout.setEncoding('utf8');
w.stdout.on('data', (d) => { out += d; });
w.stdout.on('end', () => events.push('stdout end'));
w.stderr.on('data', (d) => { err += d; });
w.stderr.on('end', () => {
  events.push('stderr end');
  console.log(events.join(', '));
  console.log('stdout', JSON.stringify(out));
  console.log('stderr', JSON.stringify(err));
  const plain = new Worker("console.log('plain worker line')", { eval: true });
  plain.on('exit', (c) => console.log('plain exit', c));
});
w.on('exit', (c) => events.push('exit ' + c));
