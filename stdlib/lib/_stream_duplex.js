// Node's pre-1.0 path to stream.Duplex, which packages still require.
module.exports = require('stream').Duplex;
