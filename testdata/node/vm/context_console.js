// Every vm context has the console V8 puts in each context: node sends only
// the main context's to stdout, so without an inspector this one's methods
// report nowhere (and code that logs in a context does not throw).
const vm = require('vm');
console.log(vm.runInNewContext("['console', 'WebAssembly'].map((k) => k + ':' + (k in globalThis)).join(' ')"));
console.log(vm.runInNewContext("[Object.getOwnPropertyNames(console).join(), Object.prototype.toString.call(console), typeof console.log, console.log.name, console.log.length, Object.getPrototypeOf(Object.getPrototypeOf(console)) === Object.prototype, Object.getOwnPropertyNames(Object.getPrototypeOf(console)).length, console.log(1), console.createTask('t').run(() => 5), Object.getOwnPropertyDescriptor(globalThis, 'console').enumerable]"));
console.log(vm.runInNewContext('console') !== console, vm.runInNewContext('console.log') instanceof Function, vm.runInNewContext('console.log instanceof Function'));
const ctx = vm.createContext({ console }); vm.runInContext('console.log("sandbox console")', ctx);
console.log(vm.runInContext('typeof console.context().log', vm.createContext({})));
