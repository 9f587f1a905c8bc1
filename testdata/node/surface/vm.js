// The shape of require('vm'), as programs probe it.
require('./lib/shape').builtin('vm');
