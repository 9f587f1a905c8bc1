// A module that throws while it is required, and nobody catches it.
console.log('loading');
require('./lib/init');
