const a = require('./cyc-a.js');
exports.saw = JSON.stringify(a);
