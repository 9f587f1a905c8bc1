// The old constants module: os, fs and crypto constants in one object, in
// the order Node merges them.
const os = require('os');
// crypto's defaultCipherList is not among them: node's crypto module adds
// it to its constants after the binding made them.
const crypto = require('crypto').constants;
module.exports = Object.assign({}, os.constants.dlopen, os.constants.errno, os.constants.priority,
  os.constants.signals, require('fs').constants);
for (const key of Object.keys(crypto)) {
  if (key !== 'defaultCipherList') module.exports[key] = crypto[key];
}
