// The shape of require('path/win32'), as programs probe it.
require('./lib/shape').builtin('path/win32');
