// readline's Interface keeps node's old name _getCursorPos for
// getCursorPos (inquirer's screen manager calls it on every render).
const readline = require('readline');
const { PassThrough } = require('stream');

const proto = readline.Interface.prototype;
console.log(proto._getCursorPos === proto.getCursorPos, Object.getOwnPropertyDescriptor(proto, '_getCursorPos').enumerable);
const input = new PassThrough();
const output = new PassThrough();
const rl = readline.createInterface({ input, output, terminal: true, prompt: '> ' });
rl.prompt();
rl.write('abc');
console.log(rl._getCursorPos(), rl.getCursorPos());
rl.close();
