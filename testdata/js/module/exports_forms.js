// module.exports versus exports: replacing, reassigning the local binding, and mixing both.
const greet = require('./lib/replaces_exports.js');
console.log(typeof greet, greet('kiln'), greet.version);
const reassigned = require('./lib/reassigns_exports.js');
console.log(JSON.stringify(reassigned));
const mixed = require('./lib/mixed_exports.js');
console.log(JSON.stringify(mixed));
const early = require('./lib/early_return.js');
console.log(JSON.stringify(early));
// This module's own exports.
exports.fromFixture = 1;
console.log(module.exports === exports, JSON.stringify(module.exports));
module.exports = { replaced: true };
console.log(module.exports === exports, JSON.stringify(exports));
