// import resolves a relative specifier as a URL against the importer's URL
// (node's ESM_RESOLVE), then turns it into a path: dot segments go as the
// URL parser drops them ('./x/.' is the folder 'x/'), a double slash stays,
// '\' is '/', %XX is decoded (an encoded '/' is refused), and a query or
// hash is part of the module's URL: each distinct URL is a module instance.
// import.meta.resolve gives the URL even of a missing file or a folder. A
// package's subpath (without "exports") resolves the same way.
const here = new URL('.', import.meta.url);
const clean = (s) => String(s).split(here.href).join('<here>/').split(decodeURI(here.pathname)).join('<here>/');
const specs = [
  './_lib/url/.', './_lib/url/', './_lib/url', './_lib/url//a.js', './_lib/url/./a.js', './_lib/url/%2e/a.js',
  './_lib/url/../url/a.js', './_lib/url/%2E%2E/url/a.js', '../esm/_lib/url//', './_lib/url/a.js?q=1',
  './_lib/url/a.js#h', './_lib/url/a.js?q=1#h', './_lib/url/a b.js', './_lib/url/a%20b.js', './_lib/url/x%41.js',
  './_lib/url/x%2541.js', './_lib/url/%61.js', './_lib%2furl/a.js', './_lib/url/a.js%5C', './/_lib/url/a.js',
  './_lib\\url\\a.js', 'file:./_lib/url/a.js', new URL('./_lib/url/a.js?x#y', here).href,
  // A package subpath (without "exports") is a URL relative to its package.json.
  'noexp-url/lib/b.mjs', 'noexp-url/lib/%62.mjs', 'noexp-url/lib/../lib/b.mjs', 'noexp-url/lib//b.mjs',
  'noexp-url/lib/', 'noexp-url/lib/b.mjs?x=1#y', 'noexp-url/lib%2fb.mjs', 'noexp-url/lib/nope.mjs',
];
for (const s of specs) {
  let r, i;
  try { r = clean(import.meta.resolve(s)); } catch (e) { r = `${e.name} ${e.code} ${clean(e.message)}`; }
  try { i = clean((await import(s)).default); } catch (e) { i = `${e.name} ${e.code} ${clean(e.message)} ${clean(e.url ?? '')}`; }
  console.log(clean(s), '\n  resolve:', r, '\n  import: ', i);
}
const [a, b, c] = await Promise.all(['./_lib/url/a.js', './_lib/url/a.js?v', './_lib/url/a.js?v'].map((s) => import(s)));
console.log('instances:', a === b, b === c);
