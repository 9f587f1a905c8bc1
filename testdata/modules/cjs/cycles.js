const a = require('./_lib/cyc-a.js');
console.log(a);
console.log(require.cache[require.resolve('./_lib/cyc-a.js')].loaded);
