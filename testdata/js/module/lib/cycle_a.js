// Helper: half of a require cycle. cycle_b sees this module's exports as they are at the moment of the cycle.
exports.name = 'a';
exports.stage = 'a: before requiring b';
const b = require('./cycle_b.js');
exports.stage = 'a: done';
exports.sawFromB = b.sawFromA;
exports.bStage = b.stage;
