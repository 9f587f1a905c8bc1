// The shape of require('timers/promises'), as programs probe it.
require('./lib/shape').builtin('timers/promises');
