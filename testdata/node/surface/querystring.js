// The shape of require('querystring'), as programs probe it.
require('./lib/shape').builtin('querystring');
