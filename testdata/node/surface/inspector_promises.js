// The shape of require('inspector/promises'), as programs probe it.
require('./lib/shape').builtin('inspector/promises');
