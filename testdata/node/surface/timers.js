// The shape of require('timers'), as programs probe it.
require('./lib/shape').builtin('timers');
