// The shape of require('_stream_wrap'), as programs probe it.
require('./lib/shape').builtin('_stream_wrap');
