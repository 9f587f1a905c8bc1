// require of relative files: the exports object, caching (one evaluation, same object), and extension resolution.
const math = require('./lib/math.js');
console.log(math.add(2, 3), math.square(4), math.PI_ISH, Object.keys(math).join());
const again = require('./lib/math.js');
console.log('same object:', again === math, 'evaluations:', globalThis.mathLoads);
console.log('state is shared:', math.next(), again.next(), math.next());
console.log('extension resolved:', require('./lib/math') === math);
console.log('directory index:', JSON.stringify(require('./lib/pkgdir')));
console.log('evaluations after pkgdir:', globalThis.mathLoads);
const cacheKeys = Object.keys(require.cache).map((k) => k.split(/[\\/]/).slice(-2).join('/')).sort();
console.log(cacheKeys.join(' '));
console.log(typeof require, typeof require.resolve, typeof require.cache, require.resolve('./lib/math').split(/[\\/]/).pop());
// Deleting the cache entry forces a fresh evaluation.
delete require.cache[require.resolve('./lib/math.js')];
const fresh = require('./lib/math.js');
console.log('after cache delete:', fresh === math, globalThis.mathLoads, fresh.next());
