// The shape of require('http'), as programs probe it.
require('./lib/shape').builtin('http');
