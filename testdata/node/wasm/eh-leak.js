// Flags: --expose-gc
// WebAssembly exceptions nothing refers to are garbage: 2e4 rounds of them (thrown by wasm and caught in JS, made in
// JS, and thrown with an externref payload) leave the heap as it was; with each one kept, it grew by 4 MB.
// The module is eh-gc.js's (_lib/eh_module.js).
const { instantiate } = require('./_lib/eh_module.js');

const x = instantiate();
const { tagRef, tagI32 } = x;

const heap = () => { gc(); return process.memoryUsage().heapUsed; };
const round = (n) => {
  let sum = 0;
  for (let i = 0; i < n; i++) {
    try { x.throwI32(i); } catch (e) { sum += e.getArg(tagI32, 0); }
    sum += new WebAssembly.Exception(tagI32, [1]).getArg(tagI32, 0);
    try { x.throwRef({ i }); } catch (e) { sum += e.getArg(tagRef, 0).i; }
  }
  return sum;
};
round(1000);
const before = heap();
const sum = round(2e4);
const grown = heap() - before;
console.log('sum', sum, 'heap flat', grown < 1e6 ? true : `grew by ${grown} bytes`);
