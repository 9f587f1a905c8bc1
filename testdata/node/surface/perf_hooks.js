// The shape of require('perf_hooks'), as programs probe it.
require('./lib/shape').builtin('perf_hooks');
