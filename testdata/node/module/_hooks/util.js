exports.kind = 'util';
exports.dir = require('path').basename(__dirname);
