// The shape of require('tty'), as programs probe it.
require('./lib/shape').builtin('tty');
