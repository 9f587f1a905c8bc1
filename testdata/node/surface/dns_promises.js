// The shape of require('dns/promises'), as programs probe it.
require('./lib/shape').builtin('dns/promises');
