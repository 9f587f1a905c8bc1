// new Module + _compile as npm's promzard and the old test runners use it:
// a module object made by hand runs source, requires relative to its own
// file, and is an instance like the loader's.
const Module = require('module');
const path = require('path');

console.log(Module === Module.Module, module instanceof Module, module.constructor === Module);
console.log(require.main instanceof Module, Object.getPrototypeOf(module) === Module.prototype);
const file = path.join(__dirname, '_hooks', 'virtual.js');
const mod = new Module(file, module);
console.log(Object.keys(mod), mod.filename, mod.loaded, mod.parent === module);
console.log(module.children.includes(mod), mod.id === file, mod.path === path.dirname(file));
mod.filename = file;
mod.paths = Module._nodeModulePaths(path.dirname(file));
const result = mod._compile(
  "exports.dir = require('path').basename(__dirname); exports.util = require('./util'); exports.same = module.exports === exports; return this === exports;",
  file);
console.log(result, mod.exports);
console.log(mod.require('./plain'), mod.children.length);
console.log(path.relative(__dirname, Module._resolveFilename('./util', mod)));

const bare = new Module();
console.log(bare.id, bare.path, bare.parent, Object.keys(bare));
try {
  Module('x');
} catch (e) {
  console.log(e instanceof TypeError);
}

const m2 = new Module('m2');
m2._compile('module.exports = 7;', path.join(__dirname, 'm2.js'));
console.log(m2.exports);
try {
  m2._compile('let = ;', path.join(__dirname, 'bad.js'));
} catch (e) {
  console.log(e.name);
}

console.log(Module.wrap('x'));
console.log(Module.wrapper);
