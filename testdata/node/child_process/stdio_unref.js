// A child kept as a service, as esbuild keeps its binary: once the child and its stdio pipes are unref()ed, the
// parent ends when its own work does, and cat ends when its stdin closes with the parent.
const { spawn } = require('child_process');
const child = spawn('cat', [], { stdio: ['pipe', 'pipe', 'ignore'] });
child.stdout.once('data', (d) => {
  console.log('reply', String(d).trim());
  console.log(child.stdin.unref() === child.stdin, child.stdout.unref() === child.stdout);
  child.unref();
  setTimeout(() => console.log('timer after unref'), 10);
});
child.stdin.write('ping\n');
console.log(typeof child.stdin.ref, typeof child.stdout.ref);
process.on('exit', () => console.log('parent exits'));
