// A CommonJS app whose dependencies read files beside them, resolve paths
// from their own directory and optionally load a native addon: built with
// kiln build --bundle it must print what node prints running the sources.
const path = require('path');
const own = require('reads-own-files');
console.log(own.data, '|', own.where, '|', own.strict, '|', own.manifest, '|', own.helper);
console.log(path.basename(__dirname), path.basename(__filename), require.main === module);
const loader = require('./loaders/load.cjs');
console.log(loader.load('./plugin.cjs'));
let addon = null;
try {
  addon = require('has-addon');
} catch (e) {
  console.log('no addon:', e.code);
}
try {
  own.boom();
} catch (e) {
  const at = e.stack.split('\n')[1].match(/\(?([^()\s]+):(\d+):(\d+)\)?$/);
  console.log(path.relative(__dirname, at[1]), at[2], at[3]);
}
process.exitCode = addon ? 0 : 3;
loader.importer('./plugin.mjs').then((m) => console.log(m.default));
