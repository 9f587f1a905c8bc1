// The shape of require('stream'), as programs probe it.
require('./lib/shape').builtin('stream');
