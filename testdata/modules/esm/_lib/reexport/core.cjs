exports.coreA = 1;
exports.coreB = 2;
