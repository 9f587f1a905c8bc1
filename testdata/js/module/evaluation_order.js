// Modules run synchronously at the point of require, depth first, each only once.
console.log('main: start');
const a = require('./lib/order_a.js');
console.log('main: after order_a', a.done);
require('./lib/order_b.js');
console.log('main: order_b was not evaluated again');
const lazy = () => require('./lib/order_b.js');
console.log('main: lazy require returns cached', lazy() === require('./lib/order_b.js'));
console.log('main: end');
