// A SyntaxError from compiling a required module, a vm.Script or
// Module.prototype._compile has the frames of the code that asked for the
// compile below its message, as V8 captures them where the compile was
// called; util.inspect then shows the stack as it is, not bracketed as a
// stack with no frames. An ES module's has none of the importer's frames.
// Node's own loader frames count towards the limit: room for all.
Error.stackTraceLimit = 50;
const path = require('path');
const util = require('util');
const Module = require('module');
const vm = require('vm');

// The frames in this file, by function name and line.
function ownFrames(stack) {
  return stack.split('\n').filter((l) => l.includes(__filename))
    .map((l) => l.trim().replace(__filename, 'here'));
}

function show(label, f) {
  try {
    f();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, e.name, JSON.stringify(ownFrames(e.stack)));
    console.log('  inspected bracketed:', util.inspect(e).startsWith('['));
  }
}

function requireBad() {
  return require('./_syntax/bad_target.js');
}
show('require', () => requireBad());
show('vm.Script', function compileIt() {
  return new vm.Script('a b', { filename: 'vm.js' });
});
show('vm.runInThisContext', () => vm.runInThisContext('break;', { filename: 'vm.js' }));
show('_compile', () => new Module('m')._compile('let y = -1 ** 2;', path.join(__dirname, 'compiled.js')));
import('./_syntax/bad_target.mjs').catch((e) => console.log('import', e.name, JSON.stringify(ownFrames(e.stack))));
