module.exports = function replaced() { return 'called'; };
module.exports.extra = 'x';
