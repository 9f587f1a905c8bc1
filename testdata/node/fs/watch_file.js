// fs.watchFile/unwatchFile: stat polling that reports (curr, prev) only
// when the stats differ, one shared StatWatcher per path, zeroed Stats for
// a missing file, 'stop' after the last listener goes, and node's errors.
const fs = require('fs');
const os = require('os');
const path = require('path');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-watchfile-'));
process.chdir(root);
fs.writeFileSync('f.txt', 'one');

const show = (f) => {
  try {
    f();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
};
show(() => fs.watchFile('f.txt'));
show(() => fs.watchFile('f.txt', { interval: 'x' }, () => {}));
show(() => fs.watchFile('f.txt', { interval: -1 }, () => {}));
show(() => fs.watchFile(5, () => {}));

const seen = [];
const listener = (curr, prev) => seen.push(`size ${prev.size} -> ${curr.size}, file ${curr.isFile()}`);
const sw = fs.watchFile('f.txt', { interval: 20 }, listener);
const other = () => {};
console.log(sw.constructor.name, Object.keys(sw), fs.watchFile(path.join(root, 'f.txt'), other) === sw);
fs.unwatchFile('f.txt', other);
sw.on('stop', () => console.log('stop'));

const gone = [];
fs.watchFile('missing.txt', { interval: 20 }, (curr, prev) => {
  gone.push([curr.size, curr.mtimeMs, curr.ino, curr.mtime.getTime(), prev.size, curr.isFile()].join(' '));
});
const big = [];
fs.watchFile('big.txt', { interval: 20, bigint: true }, (curr) => big.push(typeof curr.size + ' ' + curr.size));

const steps = [
  () => fs.appendFileSync('f.txt', 'two'),
  () => fs.utimesSync('f.txt', 1000, 1000),
  () => fs.readFileSync('f.txt'), // atime alone is no change
  () => fs.unlinkSync('f.txt'),
  () => fs.writeFileSync('f.txt', 'back'),
  () => fs.writeFileSync('big.txt', '12345'),
  () => {
    console.log(seen);
    console.log('missing:', gone);
    console.log('bigint:', big);
    fs.unwatchFile('f.txt');
    fs.unwatchFile('missing.txt');
    fs.unwatchFile('big.txt');
    fs.unwatchFile('never-watched.txt');
  },
];
const next = () => {
  const step = steps.shift();
  if (step) {
    step();
    setTimeout(next, 150);
  } else {
    fs.rmSync(root, { recursive: true });
    process.chdir(os.tmpdir());
  }
};
setTimeout(next, 150);
