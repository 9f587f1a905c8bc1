// The shape of require('readline/promises'), as programs probe it.
require('./lib/shape').builtin('readline/promises');
