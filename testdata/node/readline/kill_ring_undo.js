// The kill ring and undo in terminal mode, fed keys through a PassThrough:
// ctrl-u and ctrl-k kill to the ring (word deletes do not), ctrl-y yanks
// the last kill, meta-y right after a yank cycles through older ones;
// ctrl-_ undoes each edit and ctrl-^ redoes it, and a new line starts
// afresh.
const { PassThrough } = require('stream');
const readline = require('readline');

const input = new PassThrough();
const rl = readline.createInterface({ input, terminal: true });
rl.on('line', (l) => console.log('line', JSON.stringify(l)));

const steps = [
  'alpha beta', '\x15', 'gamma', '\x01', '\x0b', 'delta', '\x17', '\x19', '\x1by', '\x1by', '\x1by',
  'x', '\x1by', '\x19', '\x1b[D', '\x1b[D', '\x0b', '\x19', '\x19', '\r',
  'one', ' two', '\x7f', '\x1f', '\x1f', '\x1f', '\x1e', '\x1e', '\x1e', '\x1e', '\x1f', 'Z', '\x1e', '\r',
  '\x1f', '\x19', '\r',
];
let i = 0;
function next() {
  if (i === steps.length) {
    rl.close();
    return;
  }
  input.write(steps[i++]);
  setImmediate(() => {
    console.log(JSON.stringify(rl.line), rl.cursor);
    next();
  });
}
next();
