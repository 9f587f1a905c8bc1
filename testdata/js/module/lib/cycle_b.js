// Helper: the other half of the cycle; records what it could see of cycle_a while a was still loading.
const a = require('./cycle_a.js');
exports.sawFromA = `name=${a.name}, stage=${a.stage}`;
exports.stage = 'b: done';
exports.later = () => a.stage;
