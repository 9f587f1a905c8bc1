// The cursor helpers and readline/promises Readline writing to a capturing
// Writable: a table of calls, error cases included, printing the bytes
// written and the return value.
const { Writable } = require('stream');
const readline = require('readline');
const { Readline } = require('readline/promises');

let written = [];
const out = new Writable({
  write(chunk, enc, cb) {
    written.push(chunk.toString());
    cb();
  },
});
const noop = () => {};

const calls = [
  () => readline.cursorTo(out, 0),
  () => readline.cursorTo(out, 4, 2),
  () => readline.cursorTo(out, 3, noop),
  () => readline.cursorTo(out),
  () => readline.cursorTo(null, 1, 1),
  () => readline.cursorTo(out, undefined, 2),
  () => readline.cursorTo(out, NaN),
  () => readline.cursorTo(out, 1, NaN),
  () => readline.cursorTo(out, 1, 1, 'cb'),
  () => readline.moveCursor(out, 3, 0),
  () => readline.moveCursor(out, -2, 5),
  () => readline.moveCursor(out, 0, -1),
  () => readline.moveCursor(out, 0, 0),
  () => readline.moveCursor(undefined, 1, 1),
  () => readline.moveCursor(out, 1, 1, {}),
  () => readline.clearLine(out, -1),
  () => readline.clearLine(out, 1),
  () => readline.clearLine(out, 0),
  () => readline.clearLine(out),
  () => readline.clearLine(null, 0),
  () => readline.clearLine(out, 0, 5),
  () => readline.clearScreenDown(out),
  () => readline.clearScreenDown(null),
  () => readline.clearScreenDown(out, 'x'),
  () => readline.emitKeypressEvents(new (require('stream').PassThrough)()),
  () => new Readline(out).cursorTo(1).moveCursor(2, -3).clearLine(1).clearScreenDown().rollback().cursorTo(0, 0),
  () => new Readline(5),
  () => new Readline(out).cursorTo('a'),
  () => new Readline(out).cursorTo(1.5),
  () => new Readline(out).cursorTo(1, 'b'),
  () => new Readline(out).moveCursor(1, 'x'),
  () => new Readline(out).clearLine(2),
  () => new Readline(out).clearLine('a'),
  () => new Readline(out, { autoCommit: 1 }),
];

function show(v) {
  if (v instanceof Readline) return 'Readline';
  return String(v);
}

for (const call of calls) {
  written = [];
  try {
    const r = call();
    console.log(show(r), JSON.stringify(written.join('')));
  } catch (e) {
    console.log(e.code + ' ' + e.name + ': ' + e.message);
  }
}

async function committed() {
  written = [];
  const r = new Readline(out);
  r.cursorTo(2, 3).moveCursor(-1, 1).clearLine(-1).clearScreenDown();
  console.log('before commit', JSON.stringify(written.join('')));
  await r.commit();
  console.log('after commit', JSON.stringify(written.join('')));
  written = [];
  const auto = new Readline(out, { autoCommit: true });
  auto.moveCursor(1, 0).clearLine(0);
  console.log('autoCommit sync', JSON.stringify(written.join('')));
  await new Promise(setImmediate);
  console.log('autoCommit later', JSON.stringify(written.join('')));
  await new Promise((resolve) => readline.cursorTo(out, 1, 1, (err) => {
    console.log('callback', err);
    resolve();
  }));
  await new Promise((resolve) => readline.moveCursor(null, 1, 1, (err) => {
    console.log('null stream callback', err);
    resolve();
  }));
}
committed();
