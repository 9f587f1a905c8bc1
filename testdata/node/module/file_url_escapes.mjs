// A module's URL escapes its path as node's pathToFileURL does: "(" and
// ")" stay, "~", "[" and "]" are percent-encoded (Go's URL encoding does it
// the other way round), in import.meta.url and in stack traces alike.
const { url, frame } = await import('./_url/a(b)~c[d]/m.mjs');
const base = new URL('.', import.meta.url).href;
console.log(url.slice(base.length));
console.log(frame.trim().replace(base, '<dir>/'));
