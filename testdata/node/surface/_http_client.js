// The shape of require('_http_client'), as programs probe it.
require('./lib/shape').builtin('_http_client');
