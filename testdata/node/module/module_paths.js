// Where a program changes a module's paths, as jsdoc's requizzle does through a patched Module.wrap: the default
// '.js' handler compiles through the patched wrapper, and packages are looked for in the module's paths, by require
// and require.resolve alike (options.paths replace them).
const Module = require('module');
const path = require('path');
const custom = path.join(__dirname, '_paths', 'node_modules');

const parent = new Module(path.join(__dirname, 'x.js'));
parent.filename = path.join(__dirname, 'x.js');
parent.paths = Module._nodeModulePaths(__dirname);
try {
  Module._resolveFilename('tiny', parent);
} catch (e) {
  console.log('usual paths:', e.code);
}
parent.paths = [custom].concat(parent.paths);
console.log('custom paths:', path.relative(__dirname, Module._resolveFilename('tiny', parent)));

const wrap = Module.wrap;
Module.wrap = (script) => wrap(`module.paths = ${JSON.stringify([custom])}.concat(module.paths); ${script}`);
const m = new Module(path.join(__dirname, '_hooks', 'wrapped.js'), module);
m.load(m.id);
Module.wrap = wrap;
console.log(m.exports);
