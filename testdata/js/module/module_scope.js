// The CommonJS wrapper: top-level this, the five wrapper arguments, module-local vars, and shared globals.
console.log(this === module.exports, this === exports, typeof this);
console.log(arguments.length, typeof arguments[0], typeof arguments[1], arguments[2] === module);
var topVar = 'top-level var';
let topLet = 'top-level let';
function topFn() {}
console.log('topVar' in globalThis, 'topFn' in globalThis, typeof globalThis.topLet);
globalThis.sharedFromMain = 'set on globalThis by the main module';
const probe = require('./lib/scope_probe.js');
console.log(JSON.stringify(probe, null, 1));
console.log(require.main === module, module.loaded, module.id, module.children.length, typeof module.paths);
setTimeout(() => console.log('module.loaded after the main module finished:', module.loaded), 0);
const { Counter, shared, strictThis } = require('./lib/counter_class.js');
shared.inc().inc();
console.log(require('./lib/counter_class.js').shared.count, new Counter().inc().count, strictThis(), new Counter() instanceof require('./lib/counter_class.js').Counter);
