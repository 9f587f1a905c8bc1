// A child's stdio pipes are net.Sockets over pipe handles, as libraries (execa, cross-spawn's users, tsup's
// workers) check: their class, methods and properties, each stream's own event order, the bytes counted both
// ways, and backpressure: a paused stdout stops reading, and the child's output all arrives once it resumes.
const net = require('net');
const { spawn } = require('child_process');

const child = spawn('cat', [], { stdio: ['pipe', 'pipe', 'pipe'] });
for (const name of ['stdin', 'stdout', 'stderr']) {
  const s = child[name];
  console.log(name, s instanceof net.Socket, s.constructor.name, typeof s.setNoDelay, typeof s.destroySoon,
    s.setNoDelay(true) === s, s.ref() === s, typeof s._handle.fd, s._handle.fd > 2, s.readyState, s.bytesWritten,
    s.remoteAddress, s.readable, s.writable, s.allowHalfOpen, s.connecting, s.pending);
}

const events = { stdin: [], stdout: [], stderr: [] };
let received = 0;
child.stdout.on('data', (d) => {
  received += d.length;
  if (events.stdout.at(-1) !== 'data') events.stdout.push('data');
});
child.stdout.pause();
for (const name of ['stdout', 'stderr']) {
  child[name].on('end', () => events[name].push('end'));
  child[name].on('close', (hadError) => events[name].push(`close ${hadError}`));
}
child.stdin.on('finish', () => events.stdin.push('finish'));
child.stdin.on('close', (hadError) => events.stdin.push(`close ${hadError}`));

// 4 MiB through cat: more than the pipes hold, so cat blocks while stdout is paused.
const chunk = Buffer.alloc(64 * 1024, 'k');
let written = 0;
function pump() {
  while (written < 64) {
    written++;
    if (!child.stdin.write(chunk)) return child.stdin.once('drain', pump);
  }
  child.stdin.end();
}
pump();
setTimeout(() => {
  console.log('while paused, received less than all:', received < 64 * chunk.length);
  child.stdout.resume();
}, 100);

child.on('close', (code) => {
  console.log('close', code, 'received', received, 'bytesRead', child.stdout.bytesRead, 'bytesWritten', child.stdin.bytesWritten);
});
// Which pipe closes last (and so brings the child's 'close') is the loop's choice: the lists are printed at exit.
process.on('exit', () => {
  for (const name of ['stdin', 'stdout', 'stderr']) console.log(name, events[name].join(', '), child[name].readyState);
});
