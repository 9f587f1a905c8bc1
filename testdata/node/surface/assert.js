// The shape of require('assert'), as programs probe it.
require('./lib/shape').builtin('assert');
