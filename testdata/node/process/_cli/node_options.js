// NODE_OPTIONS: node's quoting rules, its options before the command
// line's and out of process.execArgv, -r modules, and the errors for what
// node does not allow there.
const { run } = require('./lib/run');

const show = "console.log(JSON.stringify(process.execArgv), JSON.stringify(process.argv.slice(2)))";
const cases = [
  ['-r ./lib/pre.js', ['-e', show, 'a']],
  ['--require=./lib/pre.js', ['-e', show]],
  ['  -r   ./lib/pre.js  ', ['-e', show]],
  ['-r "./lib/p"re.js', ['-e', show]],
  ['"-r" ./lib/pre.js --require ./lib/pre2.js', ['-e', show]],
  ['-r ./lib/pre2.js', ['-r', './lib/pre.js', '-e', show]],
  ['"" -r ./lib/pre.js', ['-e', show]],
  ['a -r ./lib/pre.js', ['-e', show]],
  ['-r ./lib/pre.js a --print', ['-e', show]],
  ['--title "kiln test"', ['-e', 'console.log(process.title)']],
  ['--no-warnings --no_deprecation', ['-e', 'console.log(process.noDeprecation)']],
  ['--stack-trace-limit=3 --max-old-space-size=64 --max-semi-space-size=8', ['-e', 'console.log(Error.stackTraceLimit)']],
  ['--enable-source-maps', ['-e', 'console.log(process.sourceMapsEnabled)']],
  ['--unhandled-rejections=none', ['-e', 'Promise.reject(1); console.log("fine")']],
  ['--openssl-legacy-provider --dns-result-order ipv4first --max-http-header-size=9000', ['-e', show]],
  ['--print', ['-e', '0']],
  ['--print=1', ['-e', '0']],
  ['-e 1', ['-e', '0']],
  ['-p', ['-e', '0']],
  ['--foo', ['-e', '0']],
  ['--title=x --foo --print', ['-e', '0']],
  ['-r=./lib/pre.js', ['-e', '0']],
  ['--stack-size=100', ['-e', '0']],
  ['--v8-options', ['-e', '0']],
  ['--version', ['-e', '0']],
  ['--test', ['-e', '0']],
  ['-- -r ./lib/pre.js', ['-e', '0']],
  ['-r', ['-e', '0']],
  ['--require', ['-e', '0']],
  ['--require=', ['-e', '0']],
  ['--unhandled-rejections', ['-e', '0']],
  ['--unhandled-rejections=bogus', ['-e', '0']],
  ['--stack-trace-limit', ['-e', '0']],
  ['--stack-trace-limit=abc', ['-e', '0']],
  ['--max-old-space-size=1.5', ['-e', '0']],
  ['"--no-warnings', ['-e', '0']],
  ['--title "x\\', ['-e', '0']],
];
for (const [opts, args] of cases) {
  console.log(JSON.stringify(opts), JSON.stringify(args.slice(0, 2)));
  console.log(' ', run(args, opts));
}
