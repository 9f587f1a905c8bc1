// The shape of require('events'), as programs probe it.
require('./lib/shape').builtin('events');
