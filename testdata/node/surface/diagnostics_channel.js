// The shape of require('diagnostics_channel'), as programs probe it.
require('./lib/shape').builtin('diagnostics_channel');
