// A require hook for a toy language, as @babel/register, ts-node and
// pirates install one: a new Module._extensions entry that compiles the
// file and hands the JavaScript to module._compile, and a wrapped '.js'
// handler. A require without an extension finds the new one.
const Module = require('module');
const fs = require('fs');
const path = require('path');

function toyToJS(src) {
  return src.split('\n').filter(Boolean).map((line) => {
    const [op, ...rest] = line.split(' ');
    if (op === 'say') return `console.log('toy:', ${JSON.stringify(rest.join(' '))});`;
    if (op === 'export') return `exports[${JSON.stringify(rest[0])}] = ${Number(rest[1])};`;
    throw new Error('bad toy op ' + op);
  }).join('\n');
}

Module._extensions['.toy'] = function (module, filename) {
  console.log('compiling', path.basename(filename), module instanceof Module, module.id === filename);
  module._compile(toyToJS(fs.readFileSync(filename, 'utf8')), filename);
};
console.log(Object.keys(require.extensions));

const toy = require('./_hooks/greet');
console.log(toy, require('./_hooks/greet.toy') === toy);
console.log(Object.keys(require.cache).map((f) => path.relative(__dirname, f)));

// pirates-style: wrap the .js handler and _compile to rewrite the source.
const origJS = Module._extensions['.js'];
const origCompile = Module.prototype._compile;
const seen = [];
Module._extensions['.js'] = function (module, filename) {
  seen.push(path.basename(filename));
  return origJS(module, filename);
};
Module.prototype._compile = function (content, filename) {
  if (filename.endsWith('plain.js')) content = content.replace("'plain'", "'rewritten'");
  return origCompile.call(this, content, filename);
};
const plain = require('./_hooks/plain');
console.log(plain, seen);
console.log(require('./_hooks/data.json'), seen);

Module._extensions['.js'] = origJS;
Module.prototype._compile = origCompile;
delete require.cache[require.resolve('./_hooks/plain')];
console.log(require('./_hooks/plain'));
// Without its handler a cached file is still found by its full name.
delete Module._extensions['.toy'];
console.log(require('./_hooks/greet.toy') === toy, Object.keys(require.extensions));
