const n: number = 1;
exports.n = n;
