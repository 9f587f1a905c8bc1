// fs.cp in its three forms (recursive copies, filters, symlinks, the
// SystemErrors it throws) and fs.opendir's Dir (read, readSync, close,
// async iteration). Entry order is the OS's, so names are sorted.
const fs = require('fs');
const os = require('os');
const path = require('path');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-cp-'));
process.chdir(root);
fs.mkdirSync('src/sub/deep', { recursive: true });
fs.writeFileSync('src/a.txt', 'A');
fs.writeFileSync('src/sub/b.txt', 'B');
fs.writeFileSync('src/sub/deep/c.txt', 'C');
fs.symlinkSync('a.txt', 'src/link');
const tree = (d) => fs.readdirSync(d, { recursive: true }).sort();

const attempts = [
  () => fs.cpSync('src', 'x'),
  () => fs.cpSync('src', 'src', { recursive: true }),
  () => fs.cpSync('src', 'src/sub/inside', { recursive: true }),
  () => fs.cpSync('missing', 'x'),
  () => fs.cpSync('src/a.txt', 'src/sub'),
  () => { fs.cpSync('src/a.txt', 'file'); fs.cpSync('src', 'file', { recursive: true }); },
  () => fs.cpSync('src/a.txt', 'file', { force: false, errorOnExist: true }),
  () => fs.cpSync('src/a.txt', 'file', { force: false }),
];
for (const attempt of attempts) {
  try {
    attempt();
    console.log('copied');
  } catch (e) {
    console.log(e.name, e.code, e.message.replaceAll(root, '<root>'), e.errno, e.info && e.info.code);
  }
}
fs.cpSync('src', 'copy', { recursive: true });
console.log(tree('copy'), fs.readlinkSync('copy/link') === path.join(root, 'src', 'a.txt'));
const seen = [];
fs.cpSync('src', 'filtered', { recursive: true, filter: (s) => { seen.push(s); return !s.endsWith('deep'); } });
console.log(seen.sort(), tree('filtered'));

fs.cp('src', 'cb', { recursive: true }, (err) => {
  console.log('callback', err, tree('cb'));
  fs.promises.cp('src', 'prom', { recursive: true, filter: async (s) => !s.endsWith('.txt') }).then(async () => {
    console.log('promise', tree('prom'));
    const dir = fs.opendirSync('src');
    const names = [];
    for (let e = dir.readSync(); e !== null; e = dir.readSync()) names.push(`${e.name}:${e.isDirectory()}`);
    dir.closeSync();
    console.log(dir.path, names.sort());
    try { dir.readSync(); } catch (e) { console.log(e.code, e.message); }
    const d2 = await fs.promises.opendir('src/sub');
    const got = [];
    for await (const e of d2) got.push(e.name);
    console.log(got.sort());
    fs.opendir('src', (err, d3) => {
      d3.read((err, first) => {
        console.log('read cb', err, typeof first.name);
        d3.close((err) => {
          console.log('closed', err);
          process.chdir(os.tmpdir());
          fs.rmSync(root, { recursive: true });
        });
      });
    });
  });
});
