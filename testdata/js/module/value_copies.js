// CommonJS exports are plain properties: destructured primitives are copies, the exports object itself stays current.
const mod = require('./lib/value_export.js');
const { count, inc, box } = require('./lib/value_export.js');
inc();
inc();
console.log('destructured copy:', count, 'property read:', mod.count);
box.count = 5;
console.log('shared object:', mod.box.count, require('./lib/value_export.js').box === box);
mod.extra = 'added by the importer';
console.log(require('./lib/value_export.js').extra);
