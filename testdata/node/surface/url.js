// The shape of require('url'), as programs probe it.
require('./lib/shape').builtin('url');
