exports.one = 1;
exports.add = (a, b) => a + b;
module.exports.kind = 'cjs';
Object.defineProperty(exports, 'hidden', { value: 'h', enumerable: false });
