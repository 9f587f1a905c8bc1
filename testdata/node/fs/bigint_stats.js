// stat with { bigint: true } gives BigIntStats in every form (sync, callback,
// promise, FileHandle), and the type checks still work on a bigint mode.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-bigint-'));
const file = path.join(dir, 'f.txt');
fs.writeFileSync(file, 'abc');
const s = fs.statSync(file, { bigint: true });
console.log(s.constructor.name, Object.keys(s).join());
console.log(s.isFile(), s.isDirectory(), typeof s.mode, s.size, typeof s.mtimeNs);
console.log(s.mtime.getTime() === Number(s.mtimeMs), s.mtimeNs / 1000000n === s.mtimeMs);
console.log(fs.statSync(dir, { bigint: true }).isDirectory(), typeof fs.statSync(file).size);
fs.stat(file, { bigint: true }, (err, st) => {
  console.log('callback', err, st.size);
  fs.promises.stat(file, { bigint: true }).then(async (ps) => {
    console.log('promise', ps.size);
    const fh = await fs.promises.open(file);
    console.log('handle', (await fh.stat({ bigint: true })).size, (await fh.stat()).size);
    await fh.close();
    fs.rmSync(dir, { recursive: true });
  });
});
