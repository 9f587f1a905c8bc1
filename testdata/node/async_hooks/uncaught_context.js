// An exception a callback throws is handled in the callback's async
// context: the capture callback (and node:domain, which is built on it)
// sees the AsyncLocalStorage store of the code that scheduled the callback.
const { AsyncLocalStorage } = require('async_hooks');
const fs = require('fs');

const als = new AsyncLocalStorage();
const seen = [];
process.setUncaughtExceptionCaptureCallback((e) => seen.push(`${e.message}: ${als.getStore()}`));
als.run('timer store', () => setTimeout(() => { throw new Error('timer'); }, 1));
als.run('tick store', () => process.nextTick(() => { throw new Error('tick'); }));
als.run('immediate store', () => setImmediate(() => { throw new Error('immediate'); }));
als.run('fs store', () => fs.stat(__filename, () => { throw new Error('fs'); }));
setTimeout(() => {
  console.log(seen.sort().join('\n'));
  console.log('after: store', als.getStore());
}, 50);
