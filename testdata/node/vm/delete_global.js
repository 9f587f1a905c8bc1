// delete on a context's global: node deletes from the sandbox and from the context's own
// global, where the built-ins live.
const vm = require('vm');
const sb = { q: 1, Array: 5 };
const ctx = vm.createContext(sb);
console.log(vm.runInContext('delete globalThis.Date', ctx), vm.runInContext('typeof Date', ctx));
console.log(vm.runInContext('delete q', ctx), 'q' in sb, vm.runInContext('typeof q', ctx));
console.log(vm.runInContext('Array', ctx), vm.runInContext('delete globalThis.Array', ctx), 'Array' in sb, vm.runInContext('typeof Array', ctx));
console.log(vm.runInContext('delete globalThis.nope', ctx));
console.log(vm.runInContext('delete globalThis.NaN', ctx), vm.runInContext('"use strict"; try { delete globalThis.NaN; "no throw" } catch (e) { e.constructor.name }', ctx));
console.log(vm.runInContext('Object.getOwnPropertyNames(globalThis).includes("Date")', ctx), Object.keys(sb));
