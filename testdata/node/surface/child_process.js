// The shape of require('child_process'), as programs probe it.
require('./lib/shape').builtin('child_process');
