// Every path function on posix and win32, with Node's validation errors.
const path = require('path');

// resolve and relative start from the working directory: make it the same
// everywhere, and put it back after, since Kiln's test harness runs every
// fixture in one process.
const startDir = process.cwd();
process.chdir('/tmp');
process.on('exit', () => process.chdir(startDir));

function show(label, f) {
  try {
    console.log(label, JSON.stringify(f()));
  } catch (err) {
    console.log(label, err.code + ' ' + err.name + ': ' + err.message);
  }
}

console.log(path === path.posix, path.posix.win32 === path.win32, path.win32.posix === path.posix);
console.log(path.sep, path.delimiter, path.win32.sep, path.win32.delimiter);
console.log(require('path/posix') === path.posix, require('node:path/win32') === path.win32);

const calls = [
  ['join', 'a', 'b/../c', './d'], ['join'], ['join', ''], ['join', '/a/', '/b/'], ['join', 'a', 1],
  ['resolve', '/a/b', './c'], ['resolve', '/a', '/b', 'c/..'], ['resolve', 'x'], ['resolve'], ['resolve', 'a', null],
  ['normalize', ''], ['normalize', './'], ['normalize', '/../a//b/./c/'], ['normalize', 'a/../../b'], ['normalize', '//x'],
  ['normalize', 42],
  ['isAbsolute', '/x'], ['isAbsolute', 'x'], ['isAbsolute', ''], ['isAbsolute', {}],
  ['relative', '/data/orandea/test/aaa', '/data/orandea/impl/bbb'], ['relative', '/a', '/a'], ['relative', '/a/b', '/a'],
  ['relative', '/', '/x/y'], ['relative', 'a', 'b'], ['relative', undefined, 'b'], ['relative', 'a', []],
  ['dirname', '/a/b/'], ['dirname', 'a'], ['dirname', '/'], ['dirname', '//a'], ['dirname', 'a//b'], ['dirname', ''],
  ['dirname', Symbol('s')],
  ['basename', '/a/b.html'], ['basename', '/a/b.html', '.html'], ['basename', 'bbb', 'bbb'], ['basename', '/a/b/'],
  ['basename', 'a.js', 's'], ['basename', './', 'a.'], ['basename', 'x', 1], ['basename', 1],
  ['extname', 'index.html'], ['extname', 'index.coffee.md'], ['extname', 'index.'], ['extname', 'index'],
  ['extname', '.index'], ['extname', '.index.md'], ['extname', '...'], ['extname', '..'], ['extname', false],
  ['parse', '/home/user/dir/file.txt'], ['parse', './x'], ['parse', '/..'], ['parse', ''], ['parse', '//'], ['parse', null],
  ['format', { root: '/ignored', dir: '/home/user/dir', base: 'file.txt' }], ['format', { root: '/', base: 'f.txt' }],
  ['format', { root: '/', name: 'file', ext: 'txt' }], ['format', { name: 'x', ext: '.y', base: 'b' }], ['format', {}],
  ['format', 'str'], ['format', null],
  ['toNamespacedPath', '/a'], ['toNamespacedPath', 3],
];
for (const [fn, ...args] of calls) {
  for (const flavour of ['posix', 'win32']) {
    show(`${flavour}.${fn}(${args.map((a) => (typeof a === 'symbol' ? 'Symbol' : JSON.stringify(a))).join(', ')})`,
      () => path[flavour][fn](...args));
  }
}

const win = [
  ['normalize', 'C:\\temp\\\\foo\\bar\\..\\'], ['normalize', 'C:////temp\\\\/\\/\\/foo/bar'], ['normalize', 'c:'],
  ['normalize', '\\\\server\\share'], ['normalize', '\\\\server\\share\\a\\..'], ['normalize', '\\\\.\\C:\\x\\..'],
  ['normalize', 'a/../C:x'], ['normalize', 'x/a:'], ['normalize', '\\\\?\\C:\\x'],
  ['join', '//server', 'share'], ['join', '\\\\', 'a'], ['join', 'c:', 'x'], ['join', '//a/b', 'c'],
  ['resolve', 'C:\\a', 'D:b'], ['resolve', 'c:/ignore', 'd:\\a/b\\c/d', '\\e.exe'], ['resolve', 'c:/blah\\blah', 'd:/games', 'c:../a'],
  ['resolve', '\\\\server\\share', '..', 'x'], ['resolve', 'C:'],
  ['relative', 'C:\\orandea\\test\\aaa', 'C:\\orandea\\impl\\bbb'], ['relative', 'c:/AaAa/bbbb', 'c:/aaaa/bbbb'],
  ['relative', 'c:/aaaa/bbbb', 'd:\\'], ['relative', '\\\\foo\\bar\\baz', '\\\\foo\\bar'], ['relative', 'C:\\baz', '\\\\foo\\bar\\baz'],
  ['relative', 'c:/', 'c:\\aaaa\\bbbb'], ['relative', 'C:\\a', '\\'],
  ['isAbsolute', 'C:'], ['isAbsolute', 'C:/'], ['isAbsolute', '\\\\x'], ['isAbsolute', 'c:x'],
  ['dirname', 'C:\\a\\b'], ['dirname', 'C:\\'], ['dirname', 'C:a'], ['dirname', '\\\\srv\\share\\x'], ['dirname', '\\\\srv\\share'],
  ['basename', 'C:\\foo.html', '.html'], ['basename', 'C:foo'], ['basename', 'C:\\'], ['basename', 'x/y\\z'],
  ['extname', 'C:.x'], ['extname', 'C:\\a.b\\c'],
  ['parse', 'C:\\path\\dir\\file.txt'], ['parse', '\\\\srv\\share\\f.md'], ['parse', 'C:abc.d'], ['parse', '\\\\?\\C:\\x'],
  ['format', { dir: 'C:\\path\\dir', base: 'file.txt' }], ['format', { root: 'C:\\', name: 'n', ext: 'e' }],
  ['toNamespacedPath', 'C:\\x'], ['toNamespacedPath', '\\\\srv\\share\\x'], ['toNamespacedPath', '\\\\?\\C:\\x'],
  ['toNamespacedPath', ''], ['toNamespacedPath', 'rel'],
];
for (const [fn, ...args] of win) show(`win32.${fn}(${args.map((a) => JSON.stringify(a)).join(', ')})`, () => path.win32[fn](...args));
