// The shape of require('fs/promises'), as programs probe it.
require('./lib/shape').builtin('fs/promises');
