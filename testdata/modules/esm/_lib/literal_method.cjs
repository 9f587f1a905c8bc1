const a = 1, c = 3;
module.exports = { a, get b() { return 2; }, c };
