// commander: options, subcommands, help text and errors, without exiting.
const { Command, Option, InvalidArgumentError } = require('commander');

function make(withCommands) {
  const program = new Command();
  program
    .name('tool')
    .description('A test CLI')
    .version('1.2.3', '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: s => console.log('[out]', s.trimEnd()), writeErr: s => console.log('[err]', s.trimEnd()) })
    .option('-d, --debug', 'output extra debugging')
    .option('-p, --port <number>', 'port number', v => {
      const n = parseInt(v, 10);
      if (isNaN(n)) throw new InvalidArgumentError('Not a number.');
      return n;
    }, 80)
    .option('-t, --tag <tags...>', 'tags')
    .option('--no-color', 'disable color')
    .addOption(new Option('-s, --size <size>', 'size').choices(['small', 'large']).default('small'));
  if (!withCommands) {
    program.argument('[files...]', 'input files');
    return program;
  }
  program
    .command('serve <dir>')
    .description('serve a folder')
    .option('-w, --watch', 'watch')
    .action((dir, opts, cmd) => console.log('serve', dir, JSON.stringify(opts), cmd.name(), JSON.stringify(cmd.parent.opts())));
  program
    .command('add')
    .argument('<a>', 'first', Number)
    .argument('[b]', 'second', Number, 10)
    .action((a, b) => console.log('add', a + b));
  return program;
}

function run(args, withCommands) {
  const program = make(withCommands);
  try {
    program.parse(args, { from: 'user' });
    console.log('opts', JSON.stringify(program.opts()), 'args', JSON.stringify(program.args));
  } catch (e) {
    console.log('error', e.code, e.exitCode, JSON.stringify(e.message));
  }
}

run(['-d', '-p', '8080', 'a.txt', 'b.txt']);
run(['--tag', 'x', 'y', '--no-color', '--size', 'large']);
run(['--port=9', '-dp', '7']);
run(['--port', 'abc']);
run(['--size', 'medium']);
run(['--unknown']);
run(['-V']);
run(['--help']);
run(['-p']);
run(['-d', 'serve', 'public', '-w'], true);
run(['add', '1'], true);
run(['add', '1', '2'], true);
run(['serve'], true);
run(['nope'], true);
run(['help', 'serve'], true);
const p = make(true);
console.log('helpInformation:\n' + p.helpInformation());
console.log('commands', p.commands.map(c => c.name()).join(','));
console.log('option flags', p.options.map(o => o.flags).join(' | '));
console.log('option attrs', p.options.map(o => o.attributeName()).join(','));
