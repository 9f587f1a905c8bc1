// Tracing objects and the categories they enable. (Node also writes the
// events it records to node_trace.1.log in the working folder, which is
// a temporary folder here: only what the API reports is compared.)
const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-trace-'));
process.chdir(dir);
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

const { createTracing, getEnabledCategories } = require('trace_events');
console.log(getEnabledCategories());
const a = createTracing({ categories: ['v8', 'node.perf'] });
const b = createTracing({ categories: ['a', 'v8'] });
console.log(a.enabled, a.categories, util.inspect(a), util.inspect({ a }, { depth: 0 }));
a.enable();
a.enable();
b.enable();
console.log(a.enabled, getEnabledCategories());
b.disable();
console.log(getEnabledCategories());
a.disable();
a.disable();
console.log(a.enabled, getEnabledCategories());
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(a)), Object.getOwnPropertySymbols(a).length);
for (const bad of [undefined, null, 'x', {}, { categories: 'x' }, { categories: [] }, { categories: ['a', 2] }]) {
  try {
    createTracing(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
const { Worker } = require('worker_threads');
new Worker("try { require('trace_events'); } catch (e) { console.log('worker:', e.code, e.message); }", { eval: true });
