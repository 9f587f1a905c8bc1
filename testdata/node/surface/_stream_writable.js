// The shape of require('_stream_writable'), as programs probe it.
require('./lib/shape').builtin('_stream_writable');
