// A module that does not compile: require's SyntaxError has node's arrow
// in front of its stack (file:line, the source line, carets under V8's
// range), as has Module.prototype._compile's and vm's; an ES module's has
// none.
const path = require('path');
const Module = require('module');
const vm = require('vm');

function show(f) {
  try {
    f();
    console.log('no error');
  } catch (e) {
    const lines = e.stack.split(__dirname).join('.').split('\n');
    console.log(lines.slice(0, lines.findIndex((l) => l.startsWith('SyntaxError')) + 1).join('\n'));
    console.log('--');
  }
}

show(() => require('./_syntax/bad_target.js'));
show(() => require('./_syntax/bad_eof.js'));
show(() => require('./_syntax/bad_string.js'));
show(() => new Module('m')._compile('let y = -1 ** 2;', path.join(__dirname, 'compiled.js')));
show(() => vm.runInThisContext('x;\nbreak;', { filename: 'vm.js' }));
import('./_syntax/bad_target.mjs').catch((e) => console.log(e.stack.split('\n')[0]));
