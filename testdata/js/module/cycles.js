// A require cycle: the module that closes the cycle sees a partially filled exports object.
const a = require('./lib/cycle_a.js');
const b = require('./lib/cycle_b.js');
console.log(a.stage);
console.log(a.sawFromB);
console.log(a.bStage);
console.log(b.sawFromA);
console.log('b sees the finished a later:', b.later());
console.log(require('./lib/cycle_a.js') === a);
