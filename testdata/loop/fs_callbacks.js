// fs completions arrive in the poll phase: after the ticks and microtasks of
// the main turn, and a timer or immediate they schedule follows the order
// of the loop's phases.
const fs = require('fs');
const path = require('node:fs') === fs ? 'same module' : 'different';
console.log(path);
const file = (process.env.TMPDIR || '/tmp') + '/kiln_fs_callbacks_' + process.pid + '.txt';
fs.writeFile(file, 'héllo\nworld', (err) => {
  console.log('written', err);
  fs.readFile(file, 'utf8', (err, data) => {
    console.log('read', err, JSON.stringify(data));
    setTimeout(() => {
      console.log('timeout after read');
      statNext();
    }, 0);
    setImmediate(() => console.log('immediate after read (first: check phase comes before timers)'));
  });
});
function statNext() {
    fs.stat(file, (err, st) => {
      console.log('stat', err, st.isFile(), st.isDirectory(), st.size, st.mtime instanceof Date);
      fs.readFile(file, (err, bytes) => {
        console.log('bytes', bytes.length, bytes[0]);
        require('fs').promises.readFile(file, { encoding: 'latin1' }).then((s) => {
          console.log('promise read', s.length);
          return fs.promises.stat(__dirname);
        }).then((st) => {
          console.log('dir', st.isDirectory(), st.isFile());
          return fs.promises.readFile(file + '.missing');
        }).catch((e) => {
          console.log(e.message.replace(file, 'FILE'), e.code, e.errno, e.syscall, e.path === file + '.missing');
          fs.stat('nope/x', (e) => {
            console.log(e.message, e.code, e.syscall);
            fs.readFile(__dirname, (e) => {
              console.log(e.message, e.code, e.path);
              fs.writeFile(file, '', () => {});
            });
          });
        });
      });
    });
}
process.nextTick(() => console.log('tick before any fs callback'));
