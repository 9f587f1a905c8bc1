// The shape of require('async_hooks'), as programs probe it.
require('./lib/shape').builtin('async_hooks');
