// The frames above a program's call to a synchronous fs function that
// fails: node's fs functions', whatever the variant of the call.
const fs = require('fs');
const { statSync } = fs;
const calls = {
  openSync: () => fs.openSync('nope'),
  readFileSync: () => fs.readFileSync('nope'),
  readFileSyncUtf8: () => fs.readFileSync('nope', 'utf8'),
  readFileSyncLatin1: () => fs.readFileSync('nope', { encoding: 'latin1' }),
  writeFileSync: () => fs.writeFileSync('nodir/x', 'a'),
  writeFileSyncBuffer: () => fs.writeFileSync('nodir/x', Buffer.from('a')),
  appendFileSync: () => fs.appendFileSync('nodir/x', 'a'),
  statSync: () => fs.statSync('nope'),
  statSyncDestructured: () => statSync('nope'),
  lstatSync: () => fs.lstatSync('nope'),
  readdirSync: () => fs.readdirSync('nope'),
  unlinkSync: () => fs.unlinkSync('nope'),
  mkdirSync: () => fs.mkdirSync('.'),
  rmdirSync: () => fs.rmdirSync('_esm'),
  accessSync: () => fs.accessSync('nope'),
  renameSync: () => fs.renameSync('nope', 'nope2'),
  copyFileSync: () => fs.copyFileSync('nope', 'nodir/x'),
  readlinkSync: () => fs.readlinkSync('nope'),
  rmSync: () => fs.rmSync('nope'),
  chmodSync: () => fs.chmodSync('nope', 0o644),
  truncateSync: () => fs.truncateSync('nope'),
  closeSync: () => fs.closeSync(999),
  fstatSync: () => fs.fstatSync(999),
};
for (const [name, call] of Object.entries(calls)) {
  try {
    call();
  } catch (e) {
    console.error(name, e.stack.split('\n').slice(0, 4).join('\n'));
  }
}
