// The shape of require('_http_agent'), as programs probe it.
require('./lib/shape').builtin('_http_agent');
