// module-alias / tsconfig-paths style: Module._resolveFilename replaced to
// map an alias onto a folder; require and require.resolve both see it.
const Module = require('module');
const path = require('path');

const orig = Module._resolveFilename;
const calls = [];
Module._resolveFilename = function (request, parent, isMain, options) {
  calls.push([request, parent === module, isMain]);
  if (request.startsWith('@app/')) {
    request = path.join(__dirname, '_hooks', request.slice(5));
  }
  return orig.call(this, request, parent, isMain, options);
};

const util = require('@app/util');
console.log(util);
console.log(path.relative(__dirname, require.resolve('@app/util')));
console.log(require('path') === path, require('node:fs') === require('fs'));
console.log(calls);
try {
  require('@app/missing');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0].replace(__dirname, '.'));
}
console.log(path.relative(__dirname, orig('./_hooks/util', module)));
console.log(orig('fs', module), orig('node:fs', module));
Module._resolveFilename = orig;
try {
  require('@app/util2');
} catch (e) {
  console.log(e.code);
}
