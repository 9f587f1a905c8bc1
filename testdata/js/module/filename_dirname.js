// __filename and __dirname: absolute paths differ by machine, so only their last components are printed.
const base = (p) => p.split(/[\\/]/).pop();
console.log(base(__filename), base(__dirname));
console.log(__filename.startsWith(__dirname), __filename.length > __dirname.length, /^([A-Za-z]:)?[\\/]/.test(__filename));
console.log(typeof __filename, typeof __dirname, Object.keys(globalThis).includes('__filename'));
console.log(base(module.filename) === base(__filename), module.id, base(require.main.filename));
const probe = require('./lib/scope_probe.js');
console.log(probe.filename, probe.dirname);
