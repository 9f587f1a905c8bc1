// The shape of require('util'), as programs probe it.
require('./lib/shape').builtin('util');
