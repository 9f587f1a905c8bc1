// The shape of require('stream/consumers'), as programs probe it.
require('./lib/shape').builtin('stream/consumers');
