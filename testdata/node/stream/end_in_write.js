// end() called from inside _write, before the write's callback (ws's
// Receiver does this at a close frame): 'finish' still comes.
const { Writable } = require('stream');
class Parser extends Writable {
  _write(chunk, enc, cb) {
    if (String(chunk) === 'close') this.end();
    cb();
  }
}
for (const writes of [['close'], ['a', 'close']]) {
  const w = new Parser();
  w.on('finish', () => console.log(writes.join(','), 'finish', w.writableFinished));
  for (const s of writes) w.write(s);
}
