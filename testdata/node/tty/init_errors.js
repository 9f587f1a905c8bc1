// tty.ReadStream and tty.WriteStream on descriptors that are not
// terminals (a file, a descriptor not open) throw node's SystemError
// ERR_TTY_INIT_FAILED; on values that are not descriptors, ERR_INVALID_FD.
const tty = require('tty');
const fs = require('fs');
const fd = fs.openSync(__filename, 'r');
for (const C of [tty.ReadStream, tty.WriteStream]) {
  for (const v of [fd, 99999, -1, 1.5, '3', null, 2 ** 31]) {
    try {
      new C(v);
      console.log(C.name, v, 'made');
    } catch (e) {
      console.log(C.name, v === fd ? 'FD' : String(v), e.name, e.code, e instanceof Error);
      console.log('  ', e.message);
      console.log('  ', e.stack.split('\n')[0].replace(String(fd), 'FD'));
      console.log('  ', Object.keys(e), e.errno, e.syscall, JSON.stringify(e.info));
    }
  }
}
fs.closeSync(fd);
