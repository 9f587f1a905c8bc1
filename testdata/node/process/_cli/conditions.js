// --conditions (-C): extra "exports" conditions for require and import,
// from the command line and NODE_OPTIONS.
const { run } = require('./lib/run');

const cases = [
  [['lib/conds.mjs']],
  [['--conditions=development', 'lib/conds.mjs']],
  [['-C', 'custom', 'lib/conds.mjs']],
  [['-C', 'custom', 'lib/conds.mjs'], '--conditions development'],
  [['lib/conds.mjs'], '-C custom'],
  [['-C']],
];
for (const [args, nodeOptions = ''] of cases) {
  console.log(JSON.stringify(args), JSON.stringify(nodeOptions));
  console.log(' ', run(args, nodeOptions));
}
