const Module = require('module');
Module._extensions['.js'] = function (m, filename) {
  const fs = require('fs');
  m._compile(fs.readFileSync(filename, 'utf8'), filename);
};
require('./hooked.js');
