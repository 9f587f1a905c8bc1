// The shape of require('cluster'), as programs probe it.
require('./lib/shape').builtin('cluster');
