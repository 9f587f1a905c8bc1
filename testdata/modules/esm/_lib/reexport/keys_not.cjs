// Loops Node's lexer does not take for re-exports: an arrow function, a
// variable assigned after its declaration, a body that does not write
// exports.
const core = require('./core.cjs');
Object.keys(core).forEach((k) => { exports[k] = core[k]; });
var more;
more = require('./more.cjs');
Object.keys(more).forEach(function (k) { exports[k] = more[k]; });
Object.keys(core).forEach(function (k) { module.exports.seen = k; });
