// The shape of require('_stream_duplex'), as programs probe it.
require('./lib/shape').builtin('_stream_duplex');
