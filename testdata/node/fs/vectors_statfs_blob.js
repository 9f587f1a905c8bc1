// fs.readv/writev (sync, callback, FileHandle), statfs, openAsBlob,
// FileReadStream/FileWriteStream, lchmod on Linux, Dir.prototype.path.
const fs = require('fs');
const os = require('os');
const path = require('path');
const t = (f) => {
  try { console.log('ok', f()); } catch (e) { console.log(e.name, e.code, e.message); }
};
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fsv-'));
const p = path.join(dir, 'f.txt');
fs.writeFileSync(p, 'hello world, readv!');
const fd = fs.openSync(p, 'r+');
const a = Buffer.alloc(5);
const b = Buffer.alloc(3);
const c = Buffer.alloc(100);
t(() => fs.readvSync(fd, [a, b, c], 0));
console.log(String(a), String(b), JSON.stringify(String(c.subarray(0, 11))));
t(() => fs.readvSync(fd, [a], 6));
console.log(String(a));
t(() => fs.readvSync(fd, [Buffer.alloc(2)]));
t(() => fs.readvSync(fd, [Buffer.alloc(2)]));
t(() => fs.readvSync(fd, [new Uint16Array(2), new DataView(new ArrayBuffer(1))], 0));
t(() => fs.readvSync(fd, 5));
t(() => fs.readvSync(fd, [5]));
t(() => fs.readvSync(fd, []));
t(() => fs.readvSync('x', []));
t(() => fs.writevSync(fd, [Buffer.from('AB'), new Uint8Array([67, 68])], 0));
console.log(fs.readFileSync(p, 'utf8'));
t(() => fs.writevSync(fd, ['str']));
t(() => fs.writevSync(fd, [Buffer.from('Z')], -1));
t(() => fs.writevSync(fd, [Buffer.from('Z')], 2 ** 53));
t(() => fs.writevSync(fd, []));
console.log(fs.readFileSync(p, 'utf8'));

function step(name, f) {
  return new Promise((resolve) => f((...args) => { console.log(name, ...args); resolve(); }));
}

async function main() {
  await step('readv', (done) => fs.readv(fd, [Buffer.alloc(4), Buffer.alloc(4)], 0,
    (err, n, bufs) => done(err, n, bufs.map(String))));
  await step('writev', (done) => fs.writev(fd, [Buffer.from('xy')], 1,
    (err, n, bufs) => done(err, n, bufs.length, fs.readFileSync(p, 'utf8'))));
  await step('readv without position', (done) => fs.readv(fd, [Buffer.alloc(3)], (err, n) => done(err, n)));
  t(() => fs.readv(fd, [], 0));
  t(() => fs.readv(fd, [Buffer.alloc(1)]));
  t(() => fs.writev(fd, 'x', () => {}));
  fs.closeSync(fd);

  const fh = await fs.promises.open(p, 'r+');
  const w = await fh.writev([Buffer.from('12'), Buffer.from('3')], 0);
  console.log('filehandle writev', w.bytesWritten, w.buffers.length);
  const r = await fh.readv([Buffer.alloc(2), Buffer.alloc(2)], 0);
  console.log('filehandle readv', r.bytesRead, r.buffers.map(String));
  await fh.close();

  const blob = await fs.openAsBlob(p);
  console.log(blob.constructor.name, blob.size, JSON.stringify(blob.type), await blob.text());
  console.log((await fs.openAsBlob(p, { type: 'text/plain' })).type);
  t(() => fs.openAsBlob(p, 5));
  t(() => fs.openAsBlob(p, { type: 5 }));
  t(() => fs.openAsBlob(5));
  t(() => fs.openAsBlob(path.join(dir, 'missing')));

  const s = fs.statfsSync(dir);
  console.log(s.constructor.name, Object.keys(s), Object.values(s).every((v) => typeof v === 'number' && v >= 0));
  const big = fs.statfsSync(dir, { bigint: true });
  console.log(Object.values(big).every((v) => typeof v === 'bigint'), big.bsize === BigInt(s.bsize));
  t(() => fs.statfsSync(5));
  try { fs.statfsSync(path.join(dir, 'missing')); } catch (e) { console.log(e.code, e.syscall, e.message.replace(dir, 'DIR')); }
  await step('statfs', (done) => fs.statfs(dir, (e, st) => done(e, Object.keys(st).length, typeof st.bsize)));
  await step('statfs bigint', (done) => fs.statfs(dir, { bigint: true }, (e, st) => done(e, typeof st.bsize)));
  await step('statfs missing', (done) => fs.statfs(path.join(dir, 'missing'), (e) => done(e.code)));
  console.log('promises.statfs', (await fs.promises.statfs(dir)).constructor.name);

  console.log(fs.FileReadStream === fs.ReadStream, fs.FileWriteStream === fs.WriteStream);
  const frs = Object.getOwnPropertyDescriptor(fs, 'FileReadStream');
  console.log(typeof frs.get, typeof frs.set, frs.enumerable);
  console.log('lchmod' in fs, fs.lchmod, fs.lchmodSync, typeof fs.promises.lchmod);
  await fs.promises.lchmod(p, 0o644).catch((e) => console.log(e.name, e.code, e.message));

  const d = fs.opendirSync(dir);
  console.log(d.path === dir, Object.keys(d), typeof Object.getOwnPropertyDescriptor(fs.Dir.prototype, 'path').get);
  d.closeSync();
  fs.rmSync(dir, { recursive: true });
}
main();
