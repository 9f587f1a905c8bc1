// The shape of require('repl'), as programs probe it.
require('./lib/shape').builtin('repl');
