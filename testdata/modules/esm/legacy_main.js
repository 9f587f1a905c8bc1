// import of a package without "exports" resolves its "main" as node's
// legacy main resolution does (extensions and a folder's index tried), and
// when nothing is there it stops at that package, naming what it looked
// for: the "main" (resolved) or index.js.
const here = new URL('.', import.meta.url);
const clean = (s) => s.split(decodeURI(here.pathname)).join('<here>/');
for (const spec of ['lm-dir', 'lm-missing', 'lm-none', 'lm-dotted']) {
  try {
    console.log(spec, '=>', (await import(spec)).default);
  } catch (e) {
    console.log(spec, '->', e.code, clean(e.message));
  }
}
