// The shape of require('https'), as programs probe it.
require('./lib/shape').builtin('https');
