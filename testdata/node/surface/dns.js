// The shape of require('dns'), as programs probe it.
require('./lib/shape').builtin('dns');
