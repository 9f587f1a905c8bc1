// The shape of require('crypto'), as programs probe it.
require('./lib/shape').builtin('crypto');
