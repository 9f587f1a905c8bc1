// A program that registers an extension handler of its own (ts-node's '.ts', @babel/register's) and patches
// module._compile before calling the '.js' handler gets the file's text, TypeScript included, as in node.
const Module = require('module');
Module._extensions['.ts'] = function (module, filename) {
  const compile = module._compile;
  module._compile = function (content, file) {
    console.log('compile sees', JSON.stringify(content.split('\n')[0]));
    return compile.call(this, content.replace(': number', ''), file);
  };
  return Module._extensions['.js'](module, filename);
};
console.log(require('./_hooks/typed'));
