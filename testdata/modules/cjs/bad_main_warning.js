// A package whose "main" is missing loads its index with node's DEP0128
// warning, given once: node's path cache answers the later requires and
// require.resolve without resolving the folder again.
const path = require('path');
process.on('warning', (w) => console.log('warning', w.code, w.message.split(__dirname).join('<dir>')));
console.log(require('bad-main'), require('bad-main'), path.relative(__dirname, require.resolve('bad-main')));
