// The shape of require('v8'), as programs probe it.
require('./lib/shape').builtin('v8');
