// node:test's options from NODE_OPTIONS (--test-reporter, --test-only):
// read as if given before the command line's, in the runner and in a file
// run directly.
const { run } = require('./lib/run');

const cases = [
  [['--test', 'lib/t'], '--test-reporter=dot'],
  [['lib/t/a.test.js'], '--test-only --test-reporter=dot'],
];
for (const [args, nodeOptions = ''] of cases) {
  console.log(JSON.stringify(args), JSON.stringify(nodeOptions));
  console.log(' ', run(args, nodeOptions));
}
