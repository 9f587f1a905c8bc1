// A request ending in '/' (or '.', '..', '/.', '/..') names a folder: require
// skips LOAD_AS_FILE, so './x/' is x/index.js even beside an x.js, and
// './x.js/' finds nothing. prismjs's README loads require('prismjs/components/').
const Module = require('module');
const path = require('path');
const tries = [
  './_lib/slash/side', './_lib/slash/side/', './_lib/slash/side/.', './_lib/slash/side/inner',
  'slash-pkg/sub', 'slash-pkg/sub/', 'slash-pkg/', 'slash-pkg/sub/.',
  './_lib/slash/side.js/', 'slash-pkg/sub.js/',
];
const short = (f) => path.relative(__dirname, f).split(path.sep).join('/');
for (const id of tries) {
  try {
    console.log(id, '=>', JSON.stringify(require(id)), short(require.resolve(id)));
  } catch (e) {
    console.log(id, '!!', e.code);
  }
}
const lib = path.join(__dirname, '_lib', 'slash');
console.log('_findPath', short(Module._findPath('./side', [lib])), short(Module._findPath('./side/', [lib])),
  Module._findPath('./side.js/', [lib]));
