// Word editing in terminal mode, fed keys through a PassThrough: meta-b/f
// and ctrl-left/right move by word, meta-d, ctrl-delete, ctrl-w and
// meta-backspace delete a word, ctrl-shift-backspace/delete a line part;
// left/right and ctrl-b/f step over a surrogate pair whole; then the
// _word*/_delete* methods called directly.
const { PassThrough } = require('stream');
const readline = require('readline');

const input = new PassThrough();
const rl = readline.createInterface({ input, terminal: true });
rl.on('line', (l) => console.log('line', JSON.stringify(l)));

const steps = [
  'foo.bar  baz--qux  end', '\x1bb', '\x1bb', '\x1bb', '\x1bb', '\x1bb', '\x1bb', '\x1bb',
  '\x1bf', '\x1bf', '\x1bf', '\x1bf', '\x1bf', '\x1bf',
  '\x1b[1;5D', '\x1b[1;5D', '\x1b[1;5C', '\x1b[5D', '\x1b[5C', '\x1b[1;3D', '\x1b[1;3C',
  '\x01', '\x1bd', '\x1bd', '\x1b[3;5~', '\x05', '\x17', '\x1b\x7f', '\x1b\x7f', '\r',
  'a b,c d', '\x1b[D', '\x1b[D', '\x1b[D', '\x1b[3;3~', '\x1b\b', '\r',
  '  lead  ', '\x1bb', '\x1bb', '\x1bf', '\x1bf', '\x1bf', '\r',
  'x \u00e9t\u00e9 \ud83d\ude00y z', '\x1bb', '\x1bb', '\x1bb', '\x1bb', '\x1bd', '\x17', '\r',
  'ab\ud83d\ude00cd\ud83d\ude00', '\x1b[D', '\x1b[D', '\x1b[D', '\x02', '\x06', '\x7f', '\x1b[3;6~', '\r',
];
let i = 0;
function next() {
  if (i === steps.length) {
    methods();
    return;
  }
  input.write(steps[i++]);
  setImmediate(() => {
    console.log(JSON.stringify(rl.line), rl.cursor);
    next();
  });
}
next();

function methods() {
  const show = (what) => console.log(what.padEnd(16), JSON.stringify(rl.line), rl.cursor);
  for (const name of ['_wordLeft', '_wordRight', '_deleteWordLeft', '_deleteWordRight', '_deleteLineLeft',
    '_deleteLineRight']) {
    console.log(name, typeof rl[name], rl[name].length);
  }
  rl.line = 'one two;three  four';
  rl.cursor = 9;
  show('start');
  rl._wordLeft(); show('_wordLeft');
  rl._wordLeft(); show('_wordLeft');
  rl._wordRight(); show('_wordRight');
  rl._wordRight(); show('_wordRight');
  rl._deleteWordRight(); show('_deleteWordRight');
  rl._deleteWordLeft(); show('_deleteWordLeft');
  rl._deleteLineRight(); show('_deleteLineRight');
  rl.line = 'abc def';
  rl.cursor = 4;
  rl._deleteLineLeft(); show('_deleteLineLeft');
  rl.cursor = 0;
  rl._wordLeft(); show('_wordLeft at 0');
  rl._deleteWordLeft(); show('_deleteWordLeft 0');
  rl.cursor = rl.line.length;
  rl._wordRight(); show('_wordRight end');
  rl._deleteWordRight(); show('_deleteWordRight end');
  rl.close();
}
