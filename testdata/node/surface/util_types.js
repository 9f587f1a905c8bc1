// The shape of require('util/types'), as programs probe it.
require('./lib/shape').builtin('util/types');
