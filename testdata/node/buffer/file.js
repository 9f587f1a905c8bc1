// File: a named Blob.
const { File, Blob } = require('buffer');
console.log(globalThis.File === File, typeof File);
const f = new File(['ab', 'c'], 'n.txt', { type: 'Text/Plain', lastModified: 5 });
console.log(f, f.name, f.lastModified, f.size, f.type, f instanceof Blob, Object.prototype.toString.call(f));
console.log(Object.getOwnPropertyNames(File.prototype), File.length, File.name);
console.log(new File([], 3).name, typeof new File([], 'x').lastModified, new File([], 'x', { lastModified: '7' }).lastModified);
console.log(f.slice(1), f.slice(1) instanceof File);
for (const g of [() => new File(['a']), () => new File(), () => new File(['a'], 'x', 5), () => new File(5, 'x')]) {
  try { console.log(g()); } catch (e) { console.log(e.code, e.name, e.message); }
}
f.text().then((t) => console.log(t));
