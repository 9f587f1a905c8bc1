// The shape of require('dgram'), as programs probe it.
require('./lib/shape').builtin('dgram');
