// The shape of require('worker_threads'), as programs probe it.
require('./lib/shape').builtin('worker_threads');
