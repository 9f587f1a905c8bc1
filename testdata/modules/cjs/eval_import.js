// import() in eval code resolves from the module that called eval, as V8's
// eval code inherits its caller's script: Kiln resolved it from the working
// directory, where the module the importer names is not.
const [direct, indirect, inFunction] = require('./_lib/eval_importer.js');
direct.then((ns) => console.log('direct', Object.keys(ns).sort()));
indirect.then((ns) => console.log('indirect', typeof ns));
inFunction.then((ns) => console.log('in Function', typeof ns));
