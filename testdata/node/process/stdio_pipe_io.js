// What a program sees through stdio pipes, each case a child of this one: stdin's 'data' and 'end' and read() in
// paused mode, an unref'd stdin that lets the child end, a write larger than the pipe holds (write returns false,
// the rest waits in the socket, 'drain' comes once the reader reads), and EPIPE once the reader has gone
// (`kiln app.js | head -1`): console.log goes on quietly, process.stdout.write's error is uncaught as node's.
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-stdio-io-'));
const child = path.join(dir, 'child.js');
fs.writeFileSync(child, `
const fs = require('fs');
const log = (s) => fs.writeSync(2, s + '\\n');
const s = process.stdin;
switch (process.argv[2]) {
  case 'data': {
    let n = 0;
    log('flowing ' + s.readableFlowing);
    s.on('data', (d) => { n += d.length; });
    s.on('end', () => log('end ' + n));
    s.on('close', () => log('close'));
    break;
  }
  case 'read': {
    let n = 0;
    s.on('readable', () => { let c; while ((c = s.read()) !== null) n += c.length; });
    s.on('end', () => log('end ' + n + ' flowing ' + s.readableFlowing));
    break;
  }
  case 'unref':
    s.on('data', (d) => log('data ' + d));
    s.unref();
    setTimeout(() => log('timer'), 100);
    break;
  case 'big': {
    const r = process.stdout.write(Buffer.alloc(4 << 20, 'x'));
    log('write ' + r + ' buffered ' + (process.stdout.writableLength > 0));
    process.stdout.on('drain', () => log('drain'));
    process.stdout.write('y', () => log('callback'));
    log('end of main');
    break;
  }
  case 'order':
    // console.log after a write the pipe could not take whole comes after it.
    process.stdout.write('a'.repeat(1 << 20));
    console.log('END');
    process.stdout.write('b'.repeat(10) + '\\n');
    break;
  // 256 lines of a kilobyte are more than the pipe holds and the reader's first
  // chunk; many more short lines only cost time (under a collection at every
  // safepoint, the writes queued behind a full pipe make it quadratic).
  case 'epipe-console':
    for (let i = 0; i < 256; i++) console.log(String(i).padEnd(1023, '.'));
    break;
  case 'epipe-write':
    for (let i = 0; i < 256; i++) process.stdout.write(String(i).padEnd(1023, '.') + '\\n');
    break;
}
process.on('exit', (code) => log('exit ' + code));
`);

function run(mode, feed) {
  return new Promise((resolve) => {
    const c = spawn(process.execPath, [child, mode], { stdio: ['pipe', 'pipe', 'pipe'] });
    let err = '';
    c.stderr.on('data', (d) => { err += d; });
    let out = 0;
    feed(c, (n) => { out += n; });
    c.on('close', (code, signal) => {
      // Only the error's first lines: the frames under it are each runtime's own.
      const lines = err.split('\n').filter((l) => !/^\s+at /.test(l) && !l.startsWith('Node.js v'));
      console.log(`-- ${mode}: exit ${code} ${signal}, ${out} bytes out\n${lines.join('\n').trimEnd()}`);
      resolve();
    });
  });
}

const read = (c, count) => c.stdout.on('data', (d) => count(d.length));
(async () => {
  await run('data', (c, count) => { read(c, count); c.stdin.write('hello\n'); setTimeout(() => c.stdin.end('more\n'), 50); });
  await run('read', (c, count) => { read(c, count); c.stdin.end('abc'); });
  await run('unref', (c, count) => { read(c, count); c.on('exit', () => c.stdin.end()); });
  await run('big', (c, count) => { c.stdout.pause(); read(c, count); setTimeout(() => c.stdout.resume(), 200); });
  let text = '';
  await run('order', (c, count) => {
    c.stdout.pause();
    c.stdout.on('data', (d) => { text += d; count(d.length); });
    setTimeout(() => c.stdout.resume(), 200);
  });
  console.log('END at', text.indexOf('END'), 'ends with', JSON.stringify(text.slice(-16)));
  for (const mode of ['epipe-console', 'epipe-write']) {
    await run(mode, (c, count) => {
      c.stdin.end();
      // The reader goes after the first chunk, as head -1 does.
      c.stdout.once('data', () => c.stdout.destroy());
    });
  }
  fs.rmSync(dir, { recursive: true });
})();
