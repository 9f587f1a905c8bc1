// pathToFileURL with options.windows: drive letters, backslashes, UNC
// names and their errors; windows: false reads the same strings as POSIX
// paths (relative ones resolve against the working folder, left out here).
const { pathToFileURL } = require('url');
const cases = ['C:\\foo\\bar baz#', 'C:\\d\\', 'C:/mixed/seps', '\\\\server\\share\\x', '\\\\?\\UNC\\srv\\s\\f',
  'C:\\100%\\a\tb', '/posix/a', '/posix/dir/', '/back\\slash'];
for (const p of cases) {
  console.log(JSON.stringify(p), pathToFileURL(p, { windows: true }).href,
    p.startsWith('/') ? pathToFileURL(p, { windows: false }).href : '');
}
for (const p of ['\\\\server', '\\\\\\x']) {
  try {
    pathToFileURL(p, { windows: true });
  } catch (e) {
    console.log(e.code, e.message);
  }
}
console.log(pathToFileURL.length, pathToFileURL('/a', 5).href, pathToFileURL('/a', {}).href);
