// tty.isatty on the fixture's descriptors (pipes and files here, never a
// terminal) and on values that are not descriptors.
const tty = require('tty');
const fs = require('fs');
console.log(Object.keys(tty));
const fd = fs.openSync(__filename, 'r');
for (const v of [0, 1, 2, fd, -1, 1.5, '1', null, undefined, 2 ** 31, 99999]) {
  console.log(typeof v, v === fd ? 'FD' : String(v), tty.isatty(v));
}
fs.closeSync(fd);
console.log('stdout isTTY', process.stdout.isTTY, 'stderr isTTY', process.stderr.isTTY);
console.log(typeof tty.ReadStream, typeof tty.WriteStream);
