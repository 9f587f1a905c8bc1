// The shape of require('_http_server'), as programs probe it.
require('./lib/shape').builtin('_http_server');
