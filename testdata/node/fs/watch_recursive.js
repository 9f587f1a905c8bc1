// fs.watch(dir, { recursive: true }) as node v20 does it on Linux: every
// entry watched, names relative to the root, new subdirectories watched as
// they appear. Events are de-duplicated and sorted.
const fs = require('fs');
const os = require('os');
const path = require('path');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-watchrec-'));
process.chdir(root);
fs.mkdirSync('top/old', { recursive: true });
fs.writeFileSync('top/old/o.txt', 'o');

try {
  fs.watch('nowhere', { recursive: true });
} catch (e) {
  console.log(e.code, e.syscall, path.relative(root, e.filename));
}
const events = [];
const w = fs.watch('top', { recursive: true }, (type, name) => events.push(`${type} ${name}`));
console.log(w.constructor.name, w.ref(), w.unref());
w.on('close', () => console.log('closed'));

const steps = [
  () => fs.appendFileSync('top/old/o.txt', 'more'),
  () => fs.mkdirSync('top/new'),
  () => fs.writeFileSync('top/new/n.txt', 'n'),
  () => fs.appendFileSync('top/new/n.txt', 'more'),
  () => fs.unlinkSync('top/old/o.txt'),
  () => {
    console.log([...new Set(events)].sort());
    w.close();
    w.close();
  },
];
const next = () => {
  const step = steps.shift();
  if (step) {
    step();
    setTimeout(next, 100);
  } else {
    fs.rmSync(root, { recursive: true });
    process.chdir(os.tmpdir());
  }
};
setTimeout(next, 100);
