exports.later = () => require('./missing');
exports.load = () => require('./c');
