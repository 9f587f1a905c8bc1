// The shape of require('_stream_transform'), as programs probe it.
require('./lib/shape').builtin('_stream_transform');
