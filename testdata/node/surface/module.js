// The shape of require('module'), as programs probe it.
require('./lib/shape').builtin('module');
