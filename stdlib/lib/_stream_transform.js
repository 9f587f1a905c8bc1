// Node's pre-1.0 path to stream.Transform, which packages still require.
module.exports = require('stream').Transform;
