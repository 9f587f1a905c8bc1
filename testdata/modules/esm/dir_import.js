// import never searches a folder: a path ending in '/' is a directory
// import whether it exists or not, and node adds what require() from here
// would have loaded as a hint, by the importer's relative path, by its
// package path, or by its file path for a file: URL.
const here = new URL('.', import.meta.url);
const attempts = [
  './_lib/dir/side', './_lib/dir/side/', './_lib/dir/missing/', './_lib/dir/side.js/', './_lib/dir',
  'dir-pkg/sub', 'dir-pkg/sub/', 'dir-pkg/missing/', new URL('./_lib/dir/side/', here).href,
];
for (const spec of attempts) {
  try {
    console.log(spec, '=>', (await import(spec)).default);
  } catch (e) {
    const clean = (s) => s.split(here.href).join('<here>/').split(decodeURI(here.pathname)).join('<here>/');
    console.log(clean(spec), '->', e.code, clean(e.message), clean(e.url ?? ''));
  }
}
