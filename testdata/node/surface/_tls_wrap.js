// The shape of require('_tls_wrap'), as programs probe it.
require('./lib/shape').builtin('_tls_wrap');
