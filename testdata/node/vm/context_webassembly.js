// Every vm context has a WebAssembly namespace of its own, as V8 gives each
// context (jsdom's windows read it when they are made).
const vm = require('vm'); const fs = require('fs');
// (module (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add))
const bytes = new Uint8Array([0,97,115,109,1,0,0,0,1,7,1,96,2,127,127,1,127,3,2,1,0,7,7,1,3,97,100,100,0,0,10,9,1,7,0,32,0,32,1,106,11]);
const ctx = vm.createContext({ bytes });
console.log(vm.runInContext('typeof WebAssembly', ctx), vm.runInContext('Object.getOwnPropertyDescriptor(globalThis, "WebAssembly") === undefined', ctx));
console.log(vm.runInContext('WebAssembly !== this.x', ctx), vm.runInContext('WebAssembly', ctx) === WebAssembly);
console.log(vm.runInContext('new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports.add(2, 3)', ctx));
console.log(vm.runInContext('Object.getPrototypeOf(WebAssembly.Module.prototype) === Object.prototype', ctx));
console.log(vm.runInContext('new WebAssembly.Module(bytes)', ctx) instanceof WebAssembly.Module);
console.log(vm.runInContext('try { new WebAssembly.Module(new Uint8Array([1])) } catch (e) { [e instanceof WebAssembly.CompileError, e instanceof Error, e.name].join() }', ctx));
const g = vm.createContext(vm.constants.DONT_CONTEXTIFY);
console.log(vm.runInContext('typeof WebAssembly + Object.keys(WebAssembly).length + Object.getOwnPropertyDescriptor(globalThis, "WebAssembly").enumerable', g));
vm.runInContext('WebAssembly = 5', g); console.log(vm.runInContext('WebAssembly', g));
console.log(vm.runInNewContext('WebAssembly.validate(bytes)', { bytes }), vm.runInNewContext('typeof WebAssembly.instantiate', {}));
vm.runInNewContext('WebAssembly.instantiate(bytes).then(r => log(r.instance.exports.add(40, 2)))', { bytes, log: console.log });
