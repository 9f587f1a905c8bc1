// Helper: logs its evaluation and requires order_b in the middle.
console.log('order_a: start');
require('./order_b.js');
console.log('order_a: end');
exports.done = true;
