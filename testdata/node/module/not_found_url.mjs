// An import of a file that is not there, or of a folder, fails with the
// URL it tried as the error's url, as node's resolver reports it; a missing
// package or built-in has none.
const base = new URL('./_notfound/', import.meta.url).href;
for (const s of ['./_notfound/nope.mjs', './_notfound/sub', './_notfound/nope', 'no-such-package-here', 'node:nope']) {
  try {
    await import(s);
  } catch (e) {
    console.log(s, e.code, Object.keys(e), e.url === undefined ? e.url : e.url.replace(base, '<dir>/'));
  }
}
