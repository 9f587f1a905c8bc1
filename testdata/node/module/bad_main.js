// A package.json whose "main" names a missing file: require() falls back
// to the folder's index with node's DEP0128 warning, and without an index
// fails with an error naming the main file; import falls back silently.
const path = require('path');
const base = path.join(__dirname, '_badmain');
const rel = (p) => p && path.relative(__dirname, p);
process.on('warning', (w) => {
  const [, , , file, , main] = w.message.split("'");
  console.log('warning', w.name, w.code, rel(file), main);
});
console.log(require('./_badmain/node_modules/nomain'));
console.log(require('./_badmain/node_modules/scoped'));
try {
  require('./_badmain/node_modules/noindex');
} catch (e) {
  console.log(e.code, e.message.replace(base, '<base>'), rel(e.path), e.requestPath);
}
import('./_badmain/imp.mjs').then((ns) => console.log('import', ns.default));
