// The shape of require('domain'), as programs probe it.
require('./lib/shape').builtin('domain');
