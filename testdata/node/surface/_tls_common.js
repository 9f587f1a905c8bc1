// The shape of require('_tls_common'), as programs probe it.
require('./lib/shape').builtin('_tls_common');
