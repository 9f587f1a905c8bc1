// The shape of require('net'), as programs probe it.
require('./lib/shape').builtin('net');
