// The shape of require('string_decoder'), as programs probe it.
require('./lib/shape').builtin('string_decoder');
