// cac 7 (an ES module package, loaded through require): commands with
// positional and variadic arguments, options with defaults, negation, dot
// notation and aliases, help and version output, and its error for a
// missing argument.
process.argv = [process.argv[0], 'cli', 'build', 'src', 'more', '--out-dir', 'dist', '--minify', '--no-sourcemap', '-w', '3', '--define.A', '1', '--', 'rest'];
const { cac } = require('cac');
const cli = cac('mycli');
cli.option('--verbose', 'Verbose output');
cli.command('build <entry> [...others]', 'Build files')
  .option('--out-dir <dir>', 'Output dir', { default: 'out' })
  .option('--minify', 'Minify')
  .option('--sourcemap', 'Map', { default: true })
  .option('-w, --workers <n>', 'Workers')
  .option('--define <x>', 'defines')
  .action((entry, others, opts) => console.log('build', entry, others, JSON.stringify(opts)));
cli.command('serve', 'Serve').alias('s').action(() => console.log('serve'));
cli.help();
cli.version('1.2.3');
console.log(JSON.stringify(cli.parse()));
const log = console.log;
let help = '';
console.log = (...a) => { help += a.join(' ') + '\n'; };
cli.parse(['node', 'cli', '--help'], { run: false });
cli.outputHelp();
cli.parse(['node', 'cli', 'build', '--help'], { run: false });
cli.outputHelp();
cli.outputVersion();
console.log = log;
console.log(help);
cli.parse(['node', 'cli', 's']);
try {
  cli.parse(['node', 'cli', 'build'], { run: true });
} catch (e) {
  console.log(e.name, e.message);
}
