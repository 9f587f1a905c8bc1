exports.early = 'a-early';
const b = require('./cyc-b.js');
exports.late = 'a-late';
exports.bSaw = b.saw;
