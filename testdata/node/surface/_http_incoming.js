// The shape of require('_http_incoming'), as programs probe it.
require('./lib/shape').builtin('_http_incoming');
