// The shape of require('trace_events'), as programs probe it.
require('./lib/shape').builtin('trace_events');
