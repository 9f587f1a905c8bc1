// Lines typed at a terminal in line mode, read with readline (no output
// stream, so no raw mode), and Ctrl-D ending the input.
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin });
const stdin = process.stdin;
console.log('isTTY', stdin.isTTY, 'isRaw', stdin.isRaw, 'terminal', rl.terminal);
console.log(stdin.constructor.name, stdin instanceof require('tty').ReadStream, stdin instanceof require('net').Socket,
  stdin._handle.constructor.name, stdin.fd, stdin.readableHighWaterMark);
rl.on('line', (line) => console.log('line', JSON.stringify(line)));
rl.on('close', () => console.log('close'));
console.log('ready');
