// The shape of require('buffer'), as programs probe it.
require('./lib/shape').builtin('buffer');
