// The shape of require('os'), as programs probe it.
require('./lib/shape').builtin('os');
