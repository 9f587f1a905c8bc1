// --import: ES modules imported after the -r modules and before the
// entry point, in order, each settled (top-level await included) before
// the next; from the command line and NODE_OPTIONS, bare package
// specifiers resolved from the working directory.
const { run } = require('./lib/run');

const cases = [
  [['--import', './lib/first.mjs', '--import=./lib/second.mjs', '-r', './lib/mark.js', 'lib/main.js']],
  [['--import', 'preload-pkg/config', 'lib/main.js']],
  [['-p', 'process.env.FROM_PRELOAD'], '--import preload-pkg/config'],
  [['lib/main.js'], '--import ./lib/second.mjs --import ./lib/first.mjs'],
  [['--import', './lib/fails.mjs', 'lib/main.js']],
  [['--import', './lib/nope.mjs', 'lib/main.js']],
  [['--import', 'no-such-package', 'lib/main.js']],
  [['--import', 'lib/main.js']],
];
for (const [args, nodeOptions = ''] of cases) {
  console.log(JSON.stringify(args), JSON.stringify(nodeOptions));
  console.log(' ', run(args, nodeOptions));
}
