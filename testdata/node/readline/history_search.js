// History in terminal mode, as node 20 walks it: up and down keep to the
// entries that start with what was left of the cursor when the walk
// began, skip entries equal to the line, and give that prefix back past
// either end; ctrl-p/ctrl-n walk all of it; historyIndex is public.
const { PassThrough } = require('stream');
const readline = require('readline');

const input = new PassThrough();
const rl = readline.createInterface({ input, terminal: true, history: ['git push', 'ls', 'git commit', 'git status'] });
rl.on('line', (l) => console.log('line', JSON.stringify(l)));
console.log(Object.keys(rl).join(' '));

const steps = [
  'git', '\x1b[A', '\x1b[A', '\x1b[A', '\x1b[A', '\x1b[A', '\x1b[B', '\x1b[B', '\x1b[B', '\x1b[B', '\r',
  'xyz', '\x1b[A', '\x1b[B', '\x10', '\x10', '\x0e', '\x0e', '\x0e', '\r',
  'l', '\x1b[A', '\x1b[A', '\x1b[B', ' -a', '\x1b[A', '\x1b[A', '\r',
  '\x1b[A', '\x1b[A', '\x01', '\x1b[A', '\x1b[B', '\r',
];
let i = 0;
function next() {
  if (i === steps.length) {
    console.log(rl.history);
    rl.close();
    return;
  }
  input.write(steps[i++]);
  setImmediate(() => {
    console.log(JSON.stringify(rl.line), rl.cursor, rl.historyIndex);
    next();
  });
}
next();
