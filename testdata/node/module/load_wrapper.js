// require-in-the-middle style: Module._load wrapped to count loads and
// patch exports, then Module.prototype.require wrapped as mock-require and
// proxyquire do.
const Module = require('module');
const path = require('path');

const origLoad = Module._load;
const counts = {};
Module._load = function (request, parent, isMain) {
  counts[request] = (counts[request] || 0) + 1;
  const exports = origLoad.apply(this, arguments);
  if (request === './_hooks/util') {
    return { ...exports, patched: true, parentIsMe: parent === module };
  }
  return exports;
};
console.log(require('./_hooks/util'));
require('./_hooks/util');
require('os');
require('node:os');
console.log(counts);
Module._load = origLoad;
console.log(require('./_hooks/util').patched);

const origRequire = Module.prototype.require;
Module.prototype.require = function (id) {
  if (id === 'mocked') return { mocked: true, from: path.basename(this.filename) };
  return origRequire.apply(this, arguments);
};
console.log(require('mocked'));
console.log(require('./_hooks/plain'));
Module.prototype.require = origRequire;
try {
  require('mocked');
} catch (e) {
  console.log(e.code);
}
