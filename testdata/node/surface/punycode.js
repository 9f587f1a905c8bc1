// The shape of require('punycode'), as programs probe it.
require('./lib/shape').builtin('punycode');
