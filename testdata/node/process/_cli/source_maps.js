// --enable-source-maps (command line, NODE_OPTIONS) and
// process.setSourceMapsEnabled: stack traces and an uncaught error's
// banner in the original source, through a map file beside the code, an
// inline data: URL map with the source in it, and an ES module's map with
// a sourceRoot.
const { run } = require('./lib/run');

const cases = [
  [['lib/sm/dist/a.js']],
  [['--enable-source-maps', 'lib/sm/dist/a.js']],
  [['lib/sm/dist/a.js'], '--enable-source-maps'],
  [['lib/sm/dist/caught.js']],
  [['--enable-source-maps', 'lib/sm/dist/caught.js']],
  [['lib/sm/late.js']],
  [['--enable-source-maps', 'lib/sm/dist/esm.mjs']],
];
for (const [args, nodeOptions = ''] of cases) {
  console.log(JSON.stringify(args), JSON.stringify(nodeOptions));
  console.log(' ', run(args, nodeOptions));
}
