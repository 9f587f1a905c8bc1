// The shape of node:module's statics and prototype.
const Module = require('module');
const path = require('path');

const skip = new Set(['register', 'SourceMap']);
console.log(Object.keys(Module).filter((k) => !skip.has(k)));
for (const k of Object.keys(Module).filter((k) => !skip.has(k))) {
  const v = Module[k];
  console.log(k, typeof v, typeof v === 'function' ? v.length : Array.isArray(v) ? 'array' : Object.getPrototypeOf(v));
}
console.log(Object.getOwnPropertyNames(Module.prototype));
console.log(Object.keys(Module._extensions), Module._cache === require.cache, require.extensions === Module._extensions);
console.log(Object.keys(require));
console.log(Module.builtinModules.includes('fs'), Module.isBuiltin('node:fs'), Module.isBuiltin('nope'));
console.log(Module._nodeModulePaths('/a/node_modules/b'));
console.log(Module._findPath('./_hooks/util', [__dirname]) === path.join(__dirname, '_hooks', 'util.js'));
console.log(Module._findPath('nope', [__dirname]));
console.log(Module._resolveLookupPaths('./x', module).map((p) => path.relative(__dirname, p)));
console.log(Module._resolveLookupPaths('fs', module));
console.log(Module.findSourceMap(__filename));
console.log(Module.syncBuiltinESMExports());
const r = Module.createRequire(path.join(__dirname, '_hooks', 'x.js'));
console.log(r('./util').dir, Object.keys(r));
console.log(Module.globalPaths.length >= 2);
