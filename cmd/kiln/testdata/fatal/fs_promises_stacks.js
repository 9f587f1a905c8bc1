// The frames of a failed fs.promises call: node's fs/promises functions
// awaiting the binding, as async frames, then the program's that await
// them (a function the program took out of fs.promises is named bare).
const fsp = require('fs').promises;
const { stat } = fsp;
const calls = {
  stat: () => fsp.stat('nope'),
  statDestructured: () => stat('nope'),
  lstat: () => fsp.lstat('nope'),
  readdir: () => fsp.readdir('nope'),
  readdirRecursive: () => fsp.readdir('nope', { recursive: true }),
  open: () => fsp.open('nope'),
  readFile: () => fsp.readFile('nope'),
  readFileUtf8: () => fsp.readFile('nope', 'utf8'),
  readFileDirectory: () => fsp.readFile('.'),
  writeFile: () => fsp.writeFile('nodir/x', 'a'),
  appendFile: () => fsp.appendFile('nodir/x', 'a'),
  truncate: () => fsp.truncate('nope'),
  unlink: () => fsp.unlink('nope'),
  mkdir: () => fsp.mkdir('.'),
  access: () => fsp.access('nope'),
  rename: () => fsp.rename('nope', 'nope2'),
  realpath: () => fsp.realpath('nope'),
  copyFile: () => fsp.copyFile('nope', 'nodir/x'),
  rmdir: () => fsp.rmdir('nope'),
  readlink: () => fsp.readlink('nope'),
  chmod: () => fsp.chmod('nope', 0o644),
  symlink: () => fsp.symlink('a', 'nodir/b'),
  link: () => fsp.link('nope', 'nope2'),
  utimes: () => fsp.utimes('nope', 1, 1),
  lutimes: () => fsp.lutimes('nope', 1, 1),
  chown: () => fsp.chown('nope', 1, 1),
  lchown: () => fsp.lchown('nope', 1, 1),
};
async function main() {
  for (const [name, call] of Object.entries(calls)) {
    try {
      await call();
    } catch (e) {
      console.error(name, e.stack);
    }
  }
}
main();
