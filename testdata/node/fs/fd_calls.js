// Descriptor calls: open, read, write, fstat, ftruncate, fsync, close, with
// their argument errors.
const fs = require('fs');
const path = require('path');
const tmp = fs.mkdtempSync(path.join(fs.realpathSync(process.env.TMPDIR || '/tmp'), 'kiln-fs-fd-'));
const file = path.join(tmp, 'f.txt');

function show(label, f) {
  try {
    const r = f();
    console.log(label, '->', r instanceof fs.Stats ? ['Stats', r.size, r.isFile()] : r);
  } catch (e) {
    const extra = ['errno', 'syscall', 'path'].filter((k) => k in e).map((k) => `${k}=${String(e[k]).replace(tmp, 'TMP')}`);
    console.log(label, '!!', e.code, e.name + ': ' + e.message.replace(tmp, 'TMP'), extra.join(' '));
  }
}

const fd = fs.openSync(file, 'w+');
console.log('fd is a number', typeof fd, fd > 2);
const buf = Buffer.alloc(8);
const calls = [
  ['writeSync string', () => fs.writeSync(fd, 'hello wörld')],
  ['writeSync buffer', () => fs.writeSync(fd, Buffer.from('ABCDEF'), 1, 3)],
  ['writeSync position', () => fs.writeSync(fd, 'xy', 0)],
  ['writeSync options', () => fs.writeSync(fd, Buffer.from('123'), { offset: 1, length: 2, position: 20 })],
  ['writeSync encoding', () => fs.writeSync(fd, '6869', null, 'hex')],
  ['fstatSync', () => fs.fstatSync(fd)],
  ['readSync at 0', () => [fs.readSync(fd, buf, 0, 8, 0), buf.toString()]],
  ['readSync offset', () => [fs.readSync(fd, buf, 2, 3, 1), buf.toString()]],
  ['readSync options', () => [fs.readSync(fd, buf, { position: 6 }), buf.toString('latin1')]],
  ['readSync past end', () => fs.readSync(fd, buf, 0, 8, 100)],
  ['readSync zero length', () => fs.readSync(fd, buf, 0, 0, 0)],
  ['readSync bad buffer', () => fs.readSync(fd, 'abc')],
  ['readSync length too big', () => fs.readSync(fd, buf, 0, 9, 0)],
  ['readSync offset past end', () => fs.readSync(fd, buf, 9, 1, 0)],
  ['readSync negative offset', () => fs.readSync(fd, buf, -1, 1, 0)],
  ['readSync bad position', () => fs.readSync(fd, buf, 0, 1, 'x')],
  ['readSync fractional position', () => fs.readSync(fd, buf, 0, 1, 1.5)],
  ['readFileSync fd', () => JSON.stringify(fs.readFileSync(fd, 'utf8'))],
  ['writeSync bad data', () => fs.writeSync(fd, 12)],
  ['writeSync bad offset', () => fs.writeSync(fd, Buffer.alloc(2), 3)],
  ['writeSync bad length', () => fs.writeSync(fd, Buffer.alloc(2), 0, 3)],
  ['ftruncateSync', () => fs.ftruncateSync(fd, 4)],
  ['fstatSync truncated', () => fs.fstatSync(fd)],
  ['ftruncateSync negative', () => fs.ftruncateSync(fd, -1)],
  ['ftruncateSync bad', () => fs.ftruncateSync(fd, 'a')],
  ['fsyncSync', () => fs.fsyncSync(fd)],
  ['fdatasyncSync', () => fs.fdatasyncSync(fd)],
  ['fchmodSync', () => fs.fchmodSync(fd, 0o600)],
  ['fstat mode', () => (fs.fstatSync(fd).mode & 0o777).toString(8)],
  ['futimesSync', () => fs.futimesSync(fd, 10, 20)],
  ['fstat mtime', () => fs.fstatSync(fd).mtimeMs],
  ['closeSync', () => fs.closeSync(fd)],
  ['closeSync again', () => fs.closeSync(fd)],
  ['readSync closed', () => fs.readSync(fd, buf)],
  ['writeSync closed', () => fs.writeSync(fd, 'x')],
  ['fstatSync closed', () => fs.fstatSync(fd)],
  ['fstatSync fractional', () => fs.fstatSync(1.5)],
  ['closeSync string', () => fs.closeSync('x')],
  ['closeSync negative', () => fs.closeSync(-1)],
  ['closeSync too big', () => fs.closeSync(2 ** 31)],
  ['openSync missing', () => fs.openSync(path.join(tmp, 'nope'))],
  ['openSync bad flags', () => fs.openSync(file, 'q')],
  ['openSync bad mode', () => fs.openSync(file, 'r', 'z')],
  ['openSync number', () => fs.openSync(1)],
  ['openSync excl', () => fs.openSync(file, 'wx')],
  ['openSync dir for write', () => fs.openSync(tmp, 'w')],
];
for (const [label, f] of calls) show(label, f);

const afd = fs.openSync(file, 'a');
fs.writeSync(afd, 'APPENDED', 0);
fs.closeSync(afd);
console.log('append ignores position', fs.readFileSync(file, 'utf8'));
fs.writeSync(1, 'written to fd 1\n');

// The callback forms.
fs.open(file, 'r', (err, fd) => {
  console.log('open', err, typeof fd);
  const b = Buffer.alloc(4);
  fs.read(fd, b, 0, 4, 0, (err, n, out) => {
    console.log('read', err, n, out === b, b.toString());
    fs.read(fd, (err, n, out) => {
      console.log('read default buffer', err, n, out.length);
      fs.fstat(fd, (err, st) => {
        console.log('fstat', err, st.size);
        fs.close(fd, (err) => {
          console.log('close', err);
          fs.close(fd, (err) => {
            console.log('close again', err.code, err.message);
            const wfd = fs.openSync(file, 'r+');
            fs.write(wfd, 'zz', 1, (err, n, s) => {
              console.log('write string', err, n, s);
              fs.write(wfd, Buffer.from('QQ'), 0, 2, 5, (err, n) => {
                console.log('write buffer', err, n, fs.readFileSync(file, 'utf8'));
                fs.closeSync(wfd);
                try {
                  fs.read(wfd, Buffer.alloc(1), 0, 1, 0);
                } catch (e) {
                  console.log(e.code, e.message);
                }
                fs.rmSync(tmp, { recursive: true });
              });
            });
          });
        });
      });
    });
  });
});
