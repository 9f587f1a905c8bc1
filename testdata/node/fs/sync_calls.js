// A table of synchronous fs calls, each printing its result or its error
// (code, name, message and the system error's fields).
const fs = require('fs');
const path = require('path');
const base = fs.realpathSync(process.env.TMPDIR || '/tmp');
const tmp = fs.mkdtempSync(path.join(base, 'kiln-fs-sync-'));
const mask = (v) => (typeof v === 'string' ? v.split(tmp).join('TMP') : v);
const cwd = process.cwd();
process.chdir(tmp);

function show(label, f) {
  try {
    const r = f();
    if (r instanceof fs.Stats) console.log(label, '->', 'Stats', r.isFile(), r.isDirectory(), r.isSymbolicLink(), r.size);
    else if (r instanceof Uint8Array) console.log(label, '->', r.constructor.name, r.length, JSON.stringify(r.toString()));
    else console.log(label, '->', mask(JSON.stringify(r)));
  } catch (e) {
    const extra = ['errno', 'syscall', 'path', 'dest'].filter((k) => k in e).map((k) => `${k}=${mask(e[k])}`);
    console.log(label, '!!', e.code, e.name + ': ' + mask(e.message), extra.join(' '));
  }
}

const calls = [
  ['writeFileSync', () => fs.writeFileSync('a.txt', 'héllo\n')],
  ['appendFileSync', () => fs.appendFileSync('a.txt', Buffer.from('more\n'))],
  ['appendFileSync latin1', () => fs.appendFileSync('a.txt', 'é\n', 'latin1')],
  ['readFileSync utf8', () => fs.readFileSync('a.txt', 'utf8')],
  ['readFileSync buffer', () => fs.readFileSync('a.txt')],
  ['readFileSync hex', () => fs.readFileSync('a.txt', { encoding: 'hex' })],
  ['readFileSync flag', () => fs.readFileSync('a.txt', { encoding: 'utf8', flag: 'a+' })],
  ['readFileSync url', () => fs.readFileSync(new URL('file://' + tmp + '/a.txt'), 'latin1').length],
  ['readFileSync missing', () => fs.readFileSync('missing.txt')],
  ['readFileSync dir', () => fs.readFileSync('.')],
  ['readFileSync bad encoding', () => fs.readFileSync('a.txt', 'nope')],
  ['readFileSync bad options', () => fs.readFileSync('a.txt', 5)],
  ['readFileSync bad fd', () => fs.readFileSync(123456)],
  ['readFileSync number path', () => fs.readFileSync(-1)],
  ['readFileSync null byte', () => fs.readFileSync('a\0b')],
  ['readFileSync object', () => fs.readFileSync({})],
  ['writeFileSync bad data', () => fs.writeFileSync('b.txt', {})],
  ['writeFileSync wx', () => fs.writeFileSync('a.txt', 'x', { flag: 'wx' })],
  ['writeFileSync bad flag', () => fs.writeFileSync('a.txt', 'x', { flag: 'q' })],
  ['writeFileSync dir', () => fs.writeFileSync('.', 'x')],
  ['statSync file', () => fs.statSync('a.txt')],
  ['statSync dir', () => fs.statSync('.')],
  ['statSync missing', () => fs.statSync('missing')],
  ['statSync no throw', () => fs.statSync('missing', { throwIfNoEntry: false })],
  ['statSync enotdir', () => fs.statSync('a.txt/x')],
  ['symlinkSync', () => fs.symlinkSync('a.txt', 'link')],
  ['symlinkSync exists', () => fs.symlinkSync('a.txt', 'link')],
  ['symlinkSync bad type', () => fs.symlinkSync('a.txt', 'link2', 'bad')],
  ['lstatSync link', () => fs.lstatSync('link')],
  ['statSync link', () => fs.statSync('link')],
  ['readlinkSync', () => fs.readlinkSync('link')],
  ['readlinkSync not link', () => fs.readlinkSync('a.txt')],
  ['realpathSync', () => fs.realpathSync('link')],
  ['realpathSync missing', () => fs.realpathSync('nope/x')],
  ['realpathSync.native missing', () => fs.realpathSync.native('nope')],
  ['linkSync', () => fs.linkSync('a.txt', 'hard.txt')],
  ['linkSync missing', () => fs.linkSync('nope', 'hard2.txt')],
  ['statSync nlink', () => fs.statSync('hard.txt').nlink],
  ['existsSync', () => [fs.existsSync('a.txt'), fs.existsSync('nope'), fs.existsSync(), fs.existsSync(5)]],
  ['accessSync', () => fs.accessSync('a.txt', fs.constants.R_OK | fs.constants.W_OK)],
  ['accessSync missing', () => fs.accessSync('nope')],
  ['accessSync bad mode', () => fs.accessSync('a.txt', 'x')],
  ['accessSync mode range', () => fs.accessSync('a.txt', 8)],
  ['mkdirSync', () => fs.mkdirSync('d')],
  ['mkdirSync exists', () => fs.mkdirSync('d')],
  ['mkdirSync recursive', () => fs.mkdirSync('d/x/y/z', { recursive: true })],
  ['mkdirSync recursive again', () => fs.mkdirSync('d/x/y/z', { recursive: true })],
  ['mkdirSync recursive over file', () => fs.mkdirSync('a.txt/q', { recursive: true })],
  ['mkdirSync recursive is file', () => fs.mkdirSync('a.txt', { recursive: true })],
  ['mkdirSync missing parent', () => fs.mkdirSync('p/q')],
  ['mkdirSync bad mode', () => fs.mkdirSync('m', { mode: 'q' })],
  ['mkdirSync bad recursive', () => fs.mkdirSync('m', { recursive: 1 })],
  ['mkdirSync octal mode', () => fs.mkdirSync('m', '750')],
  ['statSync mode', () => (fs.statSync('m').mode & 0o777).toString(8)],
  ['readdirSync', () => fs.readdirSync('.')],
  ['readdirSync recursive', () => fs.readdirSync('d', { recursive: true })],
  ['readdirSync types', () => fs.readdirSync('.', { withFileTypes: true }).map((d) => [d.name, d.isFile(), d.isDirectory(), d.isSymbolicLink(), d.parentPath === '.'])],
  ['readdirSync missing', () => fs.readdirSync('nope')],
  ['readdirSync file', () => fs.readdirSync('a.txt')],
  ['readdirSync bad recursive', () => fs.readdirSync('.', { recursive: 'x' })],
  ['copyFileSync', () => fs.copyFileSync('a.txt', 'c.txt')],
  ['copyFileSync excl', () => fs.copyFileSync('a.txt', 'c.txt', fs.constants.COPYFILE_EXCL)],
  ['copyFileSync missing', () => fs.copyFileSync('nope', 'c2.txt')],
  ['copyFileSync mode range', () => fs.copyFileSync('a.txt', 'c.txt', 8)],
  ['copyFileSync bad mode', () => fs.copyFileSync('a.txt', 'c.txt', 'a')],
  ['renameSync', () => fs.renameSync('c.txt', 'd/c.txt')],
  ['renameSync missing', () => fs.renameSync('nope', 'd/zz')],
  ['renameSync bad dest', () => fs.renameSync('a.txt', 5)],
  ['chmodSync', () => fs.chmodSync('d/c.txt', 0o600)],
  ['chmodSync string', () => fs.chmodSync('d/c.txt', '640')],
  ['statSync after chmod', () => (fs.statSync('d/c.txt').mode & 0o777).toString(8)],
  ['chmodSync missing', () => fs.chmodSync('nope', 0o644)],
  ['chmodSync bad mode', () => fs.chmodSync('a.txt', 'abc')],
  ['chmodSync negative', () => fs.chmodSync('a.txt', -1)],
  ['chmodSync object', () => fs.chmodSync('a.txt', {})],
  ['utimesSync', () => fs.utimesSync('d/c.txt', 1000, new Date(2000000))],
  ['statSync times', () => { const s = fs.statSync('d/c.txt'); return [s.atimeMs, s.mtimeMs, s.mtime.toISOString()]; }],
  ['utimesSync string', () => fs.utimesSync('d/c.txt', '3000', 4000)],
  ['utimesSync bad', () => fs.utimesSync('d/c.txt', 'abc', 1)],
  ['utimesSync missing', () => fs.utimesSync('nope', 1, 2)],
  ['truncateSync', () => fs.truncateSync('d/c.txt', 3)],
  ['readFileSync truncated', () => fs.readFileSync('d/c.txt', 'utf8')],
  ['truncateSync missing', () => fs.truncateSync('nope')],
  ['truncateSync bad len', () => fs.truncateSync('d/c.txt', 'a')],
  ['unlinkSync', () => fs.unlinkSync('hard.txt')],
  ['unlinkSync missing', () => fs.unlinkSync('hard.txt')],
  ['unlinkSync dir', () => fs.unlinkSync('d')],
  ['rmdirSync not empty', () => fs.rmdirSync('d')],
  ['rmdirSync file', () => fs.rmdirSync('a.txt')],
  ['rmdirSync', () => fs.rmdirSync('m')],
  ['rmSync dir', () => fs.rmSync('d')],
  ['rmSync missing', () => fs.rmSync('nope')],
  ['rmSync force', () => fs.rmSync('nope', { force: true })],
  ['rmSync bad options', () => fs.rmSync('d', 5)],
  ['rmSync bad recursive', () => fs.rmSync('d', { recursive: 'yes' })],
  ['rmSync recursive', () => fs.rmSync('d', { recursive: true })],
  ['existsSync after rm', () => fs.existsSync('d')],
  ['rmSync file', () => fs.rmSync('link')],
  ['mkdtempSync missing', () => fs.mkdtempSync('nope/x')],
  ['mkdtempSync bad prefix', () => fs.mkdtempSync(5)],
  ['mkdtempSync', () => fs.mkdtempSync('t-').length],
  ['unlinkSync bad path', () => fs.unlinkSync(null)],
  ['openSync url scheme', () => fs.openSync(new URL('http://x/y'))],
  ['openSync url host', () => fs.openSync(new URL('file://h/y'))],
  ['openSync url slash', () => fs.openSync(new URL('file:///a%2fb'))],
];
for (const [label, f] of calls) show(label, f);
process.chdir(cwd);
fs.rmSync(tmp, { recursive: true });
console.log('cleaned', fs.existsSync(tmp));
