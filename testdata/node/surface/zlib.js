// The shape of require('zlib'), as programs probe it.
require('./lib/shape').builtin('zlib');
