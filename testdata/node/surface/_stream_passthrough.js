// The shape of require('_stream_passthrough'), as programs probe it.
require('./lib/shape').builtin('_stream_passthrough');
