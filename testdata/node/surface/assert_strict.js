// The shape of require('assert/strict'), as programs probe it.
require('./lib/shape').builtin('assert/strict');
