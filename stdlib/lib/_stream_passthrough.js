// Node's pre-1.0 path to stream.PassThrough, which packages still require.
module.exports = require('stream').PassThrough;
