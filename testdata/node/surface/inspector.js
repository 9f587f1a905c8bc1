// The shape of require('inspector'), as programs probe it.
require('./lib/shape').builtin('inspector');
