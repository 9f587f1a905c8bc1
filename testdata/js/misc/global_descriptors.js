// The globals Node defines, with the kind of property each is (data or accessor) and its attributes: Node makes
// some of them accessors that load their module on first use, and Kiln must look the same from a program.
const names = ['global', 'globalThis', 'process', 'Buffer', 'console', 'setTimeout', 'setInterval', 'setImmediate',
  'clearTimeout', 'clearInterval', 'clearImmediate', 'queueMicrotask', 'structuredClone', 'TextEncoder', 'TextDecoder',
  'DOMException', 'atob', 'btoa', 'Blob', 'AbortController', 'AbortSignal', 'crypto', 'performance', 'require',
  'module', 'exports', '__filename', '__dirname'];
for (const name of names) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  if (!d) {
    console.log(name, 'not a global property', typeof globalThis[name]);
    continue;
  }
  const kind = d.get ? 'accessor' + (d.set ? ' with setter' : '') : 'data writable=' + d.writable;
  console.log(name, kind, 'enumerable=' + d.enumerable, 'configurable=' + d.configurable);
}
// Reading a lazy global gives the module's export, the same object each time.
console.log(typeof TextEncoder, new TextDecoder().decode(new TextEncoder().encode('héllo')));
console.log(DOMException === DOMException, new DOMException('m', 'AbortError').code);
console.log(process === require('process'), typeof process.argv);
try {
  structuredClone(() => {});
} catch (e) {
  console.log(e instanceof DOMException, e.name);
}
// Assigning process replaces what the global reads, as in Node.
const real = process;
process = 5;
console.log(process, globalThis.process, typeof require('process').exit);
process = real;
