// The shape of require('console'), as programs probe it.
require('./lib/shape').builtin('console');
