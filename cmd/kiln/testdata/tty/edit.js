// readline editing a line on a terminal (raw mode, its own echo): the
// cursor keys move the terminal's cursor by columns, a backspace in the
// middle redraws the line, Ctrl-D on an empty line closes.
const rl = require('readline').createInterface({ input: process.stdin, output: process.stdout, prompt: '> ' });
rl.on('line', (line) => {
  console.log('got', JSON.stringify(line));
  rl.prompt();
});
rl.on('close', () => console.log('closed'));
rl.prompt();
