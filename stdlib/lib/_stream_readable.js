// Node's pre-1.0 path to stream.Readable, which packages still require.
module.exports = require('stream').Readable;
