// The shape of require('_http_outgoing'), as programs probe it.
require('./lib/shape').builtin('_http_outgoing');
