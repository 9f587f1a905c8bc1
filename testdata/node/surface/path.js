// The shape of require('path'), as programs probe it.
require('./lib/shape').builtin('path');
