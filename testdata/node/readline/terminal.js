// Terminal mode, fed keys through a PassThrough: the edited line, 'line'
// and 'history' events, Ctrl-D, and the keypress events of
// emitKeypressEvents. (What is drawn on the output is not compared: Kiln
// redraws the whole line.)
const { PassThrough, Writable } = require('stream');
const readline = require('readline');

const output = new Writable({ write(c, e, cb) { cb(); } });
const input = new PassThrough();
const rl = readline.createInterface({ input, output, terminal: true, historySize: 2 });
rl.on('line', (l) => console.log('line', JSON.stringify(l)));
rl.on('history', (h) => console.log('history', h));
rl.on('close', () => console.log('close'));

const steps = [
  'abc', '\x1b[D', '\x1b[D', 'X', '\x7f', '\x1b[C', 'Y', '\r',
  'hello world', '\x17', '\r', '\x1b[A', '\x1b[A', '\r',
  'one', '\x01', '>', '\x05', '<', '\x0b', '\r',
  'again', '\x15', 'x', '\x1b[3~', '\x1b[H', '\x1b[3~', '\r',
  '\r', '  \r', 'q\r\nr\n', '\x04',
];
let i = 0;
function next() {
  if (i === steps.length) {
    keys();
    return;
  }
  input.write(steps[i++]);
  setImmediate(() => {
    console.log(JSON.stringify(rl.line), rl.cursor);
    next();
  });
}
next();

function keys() {
  const s = new PassThrough();
  readline.emitKeypressEvents(s);
  readline.emitKeypressEvents(s);
  s.on('keypress', (str, key) => console.log(JSON.stringify(str), JSON.stringify(key)));
  s.write('a');
  s.write('Z');
  s.write('1');
  s.write('\r');
  s.write('\t');
  s.write('\x7f');
  s.write('\x03');
  s.write('\x1b[A');
  s.write('\x1b[B');
  s.write('\x1b[C');
  s.write('\x1b[D');
  s.write('\x1b[3~');
  s.write(' ');
  s.write('é');
}
