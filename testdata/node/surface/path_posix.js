// The shape of require('path/posix'), as programs probe it.
require('./lib/shape').builtin('path/posix');
