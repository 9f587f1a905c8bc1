// The shape of require('_http_common'), as programs probe it.
require('./lib/shape').builtin('_http_common');
