// The callback and promise forms, run one after another, and
// fs/promises' FileHandle.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const tmp = fs.mkdtempSync(path.join(fs.realpathSync(process.env.TMPDIR || '/tmp'), 'kiln-fs-async-'));
const p = (name) => path.join(tmp, name);
const mask = (v) => (typeof v === 'string' ? v.split(tmp).join('TMP') : v);
const describe = (e) => `${e.code} ${e.name}: ${mask(e.message)}`;

console.log('same promises', fsp === fs.promises, require('node:fs/promises') === fsp);

const callbackSteps = [
  (next) => fs.writeFile(p('a.txt'), 'one\n', next),
  (next) => fs.appendFile(p('a.txt'), 'two\n', next),
  (next) => fs.readFile(p('a.txt'), 'utf8', (err, s) => { console.log('readFile', err, JSON.stringify(s)); next(); }),
  (next) => fs.readFile(p('a.txt'), (err, b) => { console.log('readFile buffer', Buffer.isBuffer(b), b.length); next(); }),
  (next) => fs.mkdir(p('d/e'), { recursive: true }, (err, first) => { console.log('mkdir', err, mask(first)); next(); }),
  (next) => fs.mkdir(p('d'), (err) => { console.log('mkdir exists', describe(err)); next(); }),
  (next) => fs.readdir(tmp, (err, names) => { console.log('readdir', err, names); next(); }),
  (next) => fs.readdir(tmp, { withFileTypes: true }, (err, ents) => {
    console.log('readdir types', ents.map((d) => `${d.name}:${d.isDirectory() ? 'dir' : 'file'}`));
    next();
  }),
  (next) => fs.stat(p('a.txt'), (err, st) => { console.log('stat', err, st.size, st.isFile()); next(); }),
  (next) => fs.lstat(p('nope'), (err) => { console.log('lstat', describe(err), err.syscall); next(); }),
  (next) => fs.access(p('a.txt'), fs.constants.R_OK, (err) => { console.log('access', err); next(); }),
  (next) => fs.access(p('nope'), (err) => { console.log('access missing', describe(err)); next(); }),
  (next) => fs.exists(p('a.txt'), (...args) => { console.log('exists', args); next(); }),
  (next) => fs.copyFile(p('a.txt'), p('b.txt'), (err) => { console.log('copyFile', err); next(); }),
  (next) => fs.rename(p('b.txt'), p('d/b.txt'), (err) => { console.log('rename', err); next(); }),
  (next) => fs.rename(p('b.txt'), p('c.txt'), (err) => { console.log('rename missing', describe(err), mask(err.dest)); next(); }),
  (next) => fs.symlink('a.txt', p('ln'), (err) => { console.log('symlink', err); next(); }),
  (next) => fs.readlink(p('ln'), (err, t) => { console.log('readlink', err, t); next(); }),
  (next) => fs.realpath(p('ln'), (err, r) => { console.log('realpath', err, mask(r)); next(); }),
  (next) => fs.realpath.native(p('ln'), (err, r) => { console.log('realpath.native', err, mask(r)); next(); }),
  (next) => fs.chmod(p('a.txt'), 0o644, (err) => { console.log('chmod', err); next(); }),
  (next) => fs.utimes(p('a.txt'), 5, 6, (err) => { console.log('utimes', err, fs.statSync(p('a.txt')).mtimeMs); next(); }),
  (next) => fs.truncate(p('a.txt'), 2, (err) => { console.log('truncate', err, fs.readFileSync(p('a.txt'), 'utf8')); next(); }),
  (next) => fs.mkdtemp(p('t-'), (err, d) => { console.log('mkdtemp', err, mask(d).length); next(); }),
  (next) => fs.unlink(p('ln'), (err) => { console.log('unlink', err); next(); }),
  (next) => fs.rmdir(p('d'), (err) => { console.log('rmdir', describe(err)); next(); }),
  (next) => fs.rm(p('d'), (err) => { console.log('rm', describe(err), err.info && err.info.code); next(); }),
  (next) => fs.rm(p('d'), { recursive: true }, (err) => { console.log('rm recursive', err, fs.existsSync(p('d'))); next(); }),
];

function argumentErrors() {
  for (const f of [
    () => fs.readFile(p('a.txt')),
    () => fs.unlink(p('a.txt')),
    () => fs.stat(p('a.txt'), 5),
    () => fs.exists(p('a.txt')),
    () => fs.mkdir(5, () => {}),
    () => fs.writeFile(p('a.txt'), 5, () => {}),
  ]) {
    try {
      f();
      console.log('no error');
    } catch (e) {
      console.log('throws', describe(e));
    }
  }
}

async function promiseSteps() {
  await fsp.writeFile(p('p.txt'), 'promised');
  await fsp.appendFile(p('p.txt'), '!');
  console.log('readFile', await fsp.readFile(p('p.txt'), 'utf8'));
  console.log('stat', (await fsp.stat(p('p.txt'))).size);
  console.log('mkdir', mask(await fsp.mkdir(p('q/r'), { recursive: true })));
  console.log('readdir', (await fsp.readdir(tmp)).map((n) => n.replace(/^t-.*/, 't-XXXXXX')));
  await fsp.copyFile(p('p.txt'), p('q/p.txt'));
  console.log('access', await fsp.access(p('q/p.txt')));
  for (const f of [
    () => fsp.readFile(p('nope')),
    () => fsp.readFile(5),
    () => fsp.unlink(null),
    () => fsp.rm(p('q')),
    () => fsp.mkdir(p('q')),
    () => fsp.copyFile(p('p.txt'), p('q/p.txt'), fs.constants.COPYFILE_EXCL),
  ]) {
    const r = f();
    console.log('is a promise', r instanceof Promise);
    await r.then((v) => console.log('resolved', v), (e) => console.log('rejected', describe(e)));
  }
  const fh = await fsp.open(p('p.txt'), 'r+');
  console.log('handle fd', typeof fh.fd);
  const { bytesRead, buffer } = await fh.read(Buffer.alloc(4), 0, 4, 0);
  console.log('handle read', bytesRead, buffer.toString());
  console.log('handle write', (await fh.write('XY', 1)).bytesWritten);
  console.log('handle readFile', await fh.readFile('utf8'));
  console.log('handle stat', (await fh.stat()).size);
  await fh.truncate(3);
  await fh.close();
  console.log('after close', await fsp.readFile(p('p.txt'), 'utf8'), fh.fd);
  await fsp.open(p('nope')).catch((e) => console.log('open missing', describe(e)));
  const wh = await fsp.open(p('w.txt'), 'w');
  await wh.writeFile('via handle');
  await wh.close();
  console.log('readFile of handle file', await fsp.readFile(p('w.txt'), 'utf8'));
  await fsp.rm(tmp, { recursive: true });
  console.log('removed', fs.existsSync(tmp));
}

function step(i) {
  if (i === callbackSteps.length) {
    argumentErrors();
    promiseSteps();
    return;
  }
  callbackSteps[i](() => step(i + 1));
}
step(0);
