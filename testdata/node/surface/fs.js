// The shape of require('fs'), as programs probe it.
require('./lib/shape').builtin('fs');
