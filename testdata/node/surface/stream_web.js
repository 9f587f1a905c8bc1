// The shape of require('stream/web'), as programs probe it.
require('./lib/shape').builtin('stream/web');
