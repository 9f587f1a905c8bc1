// require('assert/strict') is assert.strict.
module.exports = require('assert').strict;
