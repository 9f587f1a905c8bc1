// The shape of require('sys'), as programs probe it.
require('./lib/shape').builtin('sys');
