// The legacy API: url.parse on a table of inputs (with parseQueryString
// and slashesDenoteHost), url.format of objects, strings and URLs,
// url.resolve, and the helpers fileURLToPath, pathToFileURL,
// domainToASCII, domainToUnicode and urlToHttpOptions, with their errors.
const url = require('url');

const f = (u) => JSON.stringify([u.protocol, u.slashes, u.auth, u.host, u.port, u.hostname, u.hash, u.search, u.query,
  u.pathname, u.path, u.href]);
function show(label, fn) {
  try {
    const v = fn();
    console.log(label, typeof v === 'string' ? JSON.stringify(v) : v);
  } catch (err) {
    console.log(label, err.code + ' ' + err.name + ': ' + err.message);
  }
}

for (const s of ['http://user:pass@host.com:8080/p/a/t/h?query=string#hash', 'HTTP://X.com', '//a/b', '/a/b?c',
  'mailto:x@y.com', 'javascript:alert(1)', 'http://a b/', 'http://[::1]:80/x', 'file:///C:/x', 'http://a:b/', 'http://x/ y',
  'https://x.com\\a\\b?c\\d', 'http://-a.com', 'http://a_b.com/x', 'http://é.com/', 'http://x.com:/a', '  http://x.com  ',
  'http://x.com#a b', 'http://a@b@c/', 'http://x?y', 'http://x#y', 'x.com/a', 'HTTP://a.COM/B',
  'http://aaa' + 'b'.repeat(260) + '.com/', 'http://a.com:65536/', 'http://%41.com/', 'ftp://x', 'sc://x:1/', 'http:x',
  'http:/x', '?a=1', '#h', 'http://a.com/?a={b}|^`', 'http://x.com/a%20b?c=d e']) {
  show(JSON.stringify(s), () => f(url.parse(s)));
}
console.log(f(url.parse('//a/b', false, true)), url.parse('/a?x=1&x=2', true).query, url.parse('/a', true).query,
  url.parse('/a', true).search, url.parse('http://h/?a=b', true).query);
console.log(url.parse('http://user@h:1/p?q#x'));
show('parse(1)', () => url.parse(1));

show('format object', () => url.format({ protocol: 'https', hostname: 'example.com', pathname: '/some/path', query: { page: 1, format: 'json' } }));
show('format auth', () => url.format({ protocol: 'http:', auth: 'a b:c', host: 'h:1', pathname: 'p#?', search: 's#', hash: 'h' }));
show('format ipv6', () => url.format({ protocol: 'http', hostname: '::1', port: 8 }));
show('format file', () => url.format({ protocol: 'file', pathname: '/x' }));
show('format string', () => url.format('HTTP://A.com/x y'));
show('format null', () => url.format(null));
show('format number', () => url.format(5));
const w = new URL('http://u:p@測試.com:81/a?b#c');
show('format URL', () => url.format(w));
show('format URL options', () => url.format(w, { auth: false, fragment: false, search: false, unicode: true }));
show('format URL bad options', () => url.format(w, 'x'));

for (const [from, to] of [['/one/two/three', 'four'], ['http://example.com/', '/one'], ['http://example.com/one', '/two'],
  ['http://a/b/c/d;p?q', 'g'], ['http://a/b/c/d;p?q', './g'], ['http://a/b/c/d;p?q', 'g/'], ['http://a/b/c/d;p?q', '/g'],
  ['http://a/b/c/d;p?q', '//g'], ['http://a/b/c/d;p?q', '?y'], ['http://a/b/c/d;p?q', 'g?y'], ['http://a/b/c/d;p?q', '#s'],
  ['http://a/b/c/d;p?q', ''], ['http://a/b/c/d;p?q', '.'], ['http://a/b/c/d;p?q', './'], ['http://a/b/c/d;p?q', '..'],
  ['http://a/b/c/d;p?q', '../g'], ['http://a/b/c/d;p?q', '../../g'], ['http://a/b/c/d;p?q', 'g.'],
  ['http://a/b/c/d;p?q', 'g/../h'], ['http://a/b/c/d;p?q', 'https://x/y'], ['http://x.com/a', 'HTTP://Y.com'],
  ['http://u@a/b', '//c/d']]) {
  show(`resolve(${JSON.stringify(from)}, ${JSON.stringify(to)})`, () => url.resolve(from, to));
}

show('fileURLToPath', () => url.fileURLToPath('file:///a/b%20c/%C3%A9'));
show('fileURLToPath URL', () => url.fileURLToPath(new URL('file://localhost/x')));
show('fileURLToPath host', () => url.fileURLToPath('file://host/x'));
show('fileURLToPath %2F', () => url.fileURLToPath('file:///a%2Fb'));
show('fileURLToPath scheme', () => url.fileURLToPath('http://x/'));
show('fileURLToPath type', () => url.fileURLToPath(5));
show('fileURLToPath invalid', () => url.fileURLToPath('nope'));
show('pathToFileURL', () => url.pathToFileURL('/a b/c%d#e?f\\g\n').href);
show('pathToFileURL dir', () => url.pathToFileURL('/x/y/').href);
const startDir = process.cwd();
process.chdir('/tmp');
show('pathToFileURL relative', () => url.pathToFileURL('rel/x').href);
process.chdir(startDir);
show('pathToFileURL type', () => url.pathToFileURL(null));
for (const d of ['EXAMPLE.com', 'español.com', 'xn--espaol-zwa.com', 'a..b', 'x y', '', '中文.com']) {
  show(`domainToASCII(${JSON.stringify(d)})`, () => url.domainToASCII(d));
  show(`domainToUnicode(${JSON.stringify(d)})`, () => url.domainToUnicode(d));
}
show('domainToASCII()', () => url.domainToASCII());
console.log(url.urlToHttpOptions(new URL('http://u%20x:p@[::1]:8080/p?q#h')));
console.log(url.urlToHttpOptions(new URL('https://h/')));
console.log(Object.keys(url).sort());
