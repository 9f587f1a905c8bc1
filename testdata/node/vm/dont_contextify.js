// vm.createContext(vm.constants.DONT_CONTEXTIFY) returns the new context's
// own ordinary global object (jsdom builds its windows this way).
const vm = require('vm');
const g = vm.createContext(vm.constants.DONT_CONTEXTIFY);
console.log(typeof g, vm.isContext(g), Object.getPrototypeOf(g) === Object.prototype);
console.log(vm.runInContext('globalThis', g) === g, vm.runInContext('typeof Array', g), g.Array === Array);
console.log(Object.keys(g).length, Object.prototype.toString.call(g));
vm.runInContext('var x = 1; globalThis.y = 2; function f() { return x + y; }', g);
console.log(g.x, g.y, g.f(), Object.keys(g));
g.z = 40;
console.log(vm.runInContext('z + f()', g));
console.log(vm.runInContext('[] instanceof Array', g), vm.runInContext('[]', g) instanceof Array);
