// fs.watch: a directory's and a file's events (de-duplicated and sorted,
// since inotify may report one write as several changes), Buffer names,
// close/ref/unref, AbortSignal, an unreferenced watcher letting the process
// end, and node's errors.
const fs = require('fs');
const os = require('os');
const path = require('path');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-watch-'));
process.chdir(root);
fs.mkdirSync('d');
fs.writeFileSync('f.txt', 'one');

const show = (f) => {
  try {
    f();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
};
show(() => fs.watch('missing'));
try {
  fs.watch('missing');
} catch (e) {
  console.log(Object.keys(e), e.errno, e.syscall, e.path, e.filename);
}
show(() => fs.watch(1));
show(() => fs.watch('d', 5));
// The listener is checked once the watcher runs, so this one leaks: unreferenced.
show(() => fs.watch('d', { persistent: false }, 5));
show(() => fs.watch('d', { encoding: 'nope' }));
show(() => fs.watch('d', { recursive: 1 }));

const steps = [];
const at = (fn) => steps.push(fn);
const sorted = (list) => [...new Set(list)].sort();

const dirEvents = [];
const dw = fs.watch('d', (type, name) => dirEvents.push(`${type} ${name}`));
console.log(dw.constructor.name, Object.keys(dw), dw.ref() === dw, dw.unref() === dw);
dw.ref();
const fileEvents = [];
const fw = fs.watch('f.txt');
fw.on('change', (type, name) => fileEvents.push(`${type} ${name}`));
const bufNames = [];
const bw = fs.watch('d', { encoding: 'buffer' }, (type, name) => bufNames.push(Buffer.isBuffer(name) && name.toString()));
const ac = new AbortController();
const aw = fs.watch('d', { signal: ac.signal });
aw.on('close', () => console.log('aborted watcher closed'));

at(() => fs.writeFileSync('d/a.txt', 'A'));
at(() => fs.appendFileSync('d/a.txt', 'more'));
at(() => fs.renameSync('d/a.txt', 'd/b.txt'));
at(() => fs.mkdirSync('d/sub'));
at(() => fs.unlinkSync('d/b.txt'));
at(() => fs.appendFileSync('f.txt', 'two'));
at(() => ac.abort());
at(() => {
  console.log('dir:', sorted(dirEvents));
  console.log('file:', sorted(fileEvents));
  console.log('buffer names:', sorted(bufNames));
  let closes = 0;
  dw.on('close', () => closes++);
  dw.close();
  dw.close();
  console.log('closed twice, close event pending:', closes);
  process.nextTick(() => console.log('close events:', closes));
  bw.close();
});
at(() => fs.unlinkSync('f.txt'));
at(() => {
  console.log('file after delete:', sorted(fileEvents));
  fw.close();
  // Nothing else keeps the process alive: it ends without a close.
  fs.watch('d', { persistent: false }, () => {});
  fs.rmSync(root, { recursive: true });
  process.chdir(os.tmpdir());
  process.on('exit', () => console.log('exited with an unreferenced watcher'));
});
const next = () => {
  const step = steps.shift();
  if (step) {
    step();
    setTimeout(next, 100);
  }
};
setTimeout(next, 100);
