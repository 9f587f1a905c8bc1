// The shape of require('tls'), as programs probe it.
require('./lib/shape').builtin('tls');
