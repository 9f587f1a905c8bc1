// The shape of require('http2'), as programs probe it.
require('./lib/shape').builtin('http2');
