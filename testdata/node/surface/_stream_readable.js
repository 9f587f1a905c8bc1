// The shape of require('_stream_readable'), as programs probe it.
require('./lib/shape').builtin('_stream_readable');
