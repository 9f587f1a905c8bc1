// The shape of require('readline'), as programs probe it.
require('./lib/shape').builtin('readline');
