// From inside side/: '.' and './' are this folder, never the side.js beside it.
module.exports = [require('.'), require('./'), require('..'), require('../'), require('../side')];
