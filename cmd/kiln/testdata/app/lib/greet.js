const pad = require('tiny-pad');
exports.greet = (name) => pad('hello, ' + name, 20, '.') + '|';
// Never called: it makes the bundle refer to a built-in module, which must stay external.
exports.readName = (file) => require('fs').readFileSync(file, 'utf8');
