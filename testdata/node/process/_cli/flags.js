// The options that change how warnings, deprecations and unhandled
// rejections are reported, from the command line and from NODE_OPTIONS,
// and the V8 options node takes on its command line (kept in execArgv).
const { run } = require('./lib/run');

const cases = [
  [[], 'lib/warn.js'],
  [['--no-warnings'], 'lib/warn.js'],
  [['--trace-warnings'], 'lib/warn.js'],
  [['--no-deprecation'], 'lib/warn.js'],
  [['--throw-deprecation'], 'lib/warn.js'],
  [['--trace-deprecation'], 'lib/warn.js'],
  [['--trace-warnings', '--no-trace-warnings'], 'lib/warn.js'],
  [[], 'lib/warn.js', '--no-warnings'],
  [['--warnings'], 'lib/warn.js', '--no-warnings'],
  [[], 'lib/binding.js', '--pending-deprecation'],
  [['--pending-deprecation'], 'lib/binding.js'],
  [['--stack-trace-limit=1'], 'lib/stack.js'],
  [[], 'lib/stack.js', '--stack-trace-limit=2'],
  [['--max-old-space-size=100', '--max-semi-space-size=16', '--stack-size=900', '-e', 'console.log(process.execArgv)']],
  [['--max-old-space-size', '100', '-e', '0']],
  [['--stack-size=big', '-e', '0']],
  [['--unhandled-rejections=bogus', '-e', '0']],
];
for (const mode of ['throw', 'strict', 'warn', 'none', 'warn-with-error-code']) {
  cases.push([[`--unhandled-rejections=${mode}`], 'lib/rejections.js']);
  cases.push([[`--unhandled-rejections=${mode}`], 'lib/listened.js']);
}
cases.push([[], 'lib/rejections.js', '--unhandled-rejections=warn']);
for (const [flags, script, nodeOptions = ''] of cases) {
  const args = script ? [...flags, script] : flags;
  console.log(JSON.stringify(args), JSON.stringify(nodeOptions));
  console.log(' ', run(args, nodeOptions));
}
