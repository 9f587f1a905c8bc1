// The old constants module: os, fs and crypto constants in one object, in
// the order Node merges them.
const os = require('os');
module.exports = Object.assign({}, os.constants.dlopen, os.constants.errno, os.constants.priority,
  os.constants.signals, require('fs').constants, require('crypto').constants);
