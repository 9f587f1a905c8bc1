// The shape of require('stream/promises'), as programs probe it.
require('./lib/shape').builtin('stream/promises');
