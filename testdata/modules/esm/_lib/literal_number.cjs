const a = 1, c = 3;
module.exports = { a, 1: 'one', c, [c]: 'computed' };
