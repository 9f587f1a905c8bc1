// Node's pre-1.0 path to stream.Writable, which packages still require.
module.exports = require('stream').Writable;
