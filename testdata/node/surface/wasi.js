// The shape of require('wasi'), as programs probe it.
require('./lib/shape').builtin('wasi');
