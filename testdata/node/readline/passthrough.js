// readline over a PassThrough written piece by piece: line splitting across
// chunks, \r then \n in the next chunk, event order, pause/resume, write,
// close, and the async iterator fed while it waits.
const { PassThrough } = require('stream');
const readline = require('readline');

const log = [];
const input = new PassThrough();
const rl = readline.createInterface({ input });
for (const ev of ['pause', 'resume', 'close', 'history']) rl.on(ev, () => log.push(ev));
rl.on('line', (l) => log.push('line:' + JSON.stringify(l)));

console.log(rl.terminal, rl.line, rl.cursor, rl.getPrompt(), rl.crlfDelay, rl.historySize, rl.closed, rl.paused);
console.log(rl instanceof readline.Interface, rl instanceof require('events'));
input.write('hel');
input.write('lo\nwor');
input.write(Buffer.from([0x6c, 0x64, 0xe2, 0x9c]));
input.write(Buffer.from([0x93, 0x0d]));
input.write('\nnext\r');
input.write('\n\n');
rl.write('typed\n');
rl.write('half');
setImmediate(() => {
  rl.pause();
  rl.pause();
  input.write('while paused\n');
  setImmediate(() => {
    log.push('resuming');
    rl.resume();
    setImmediate(() => {
      input.end('tail');
      rl.on('close', () => {
        console.log(log);
        console.log(rl.closed, rl.paused);
        iterate();
      });
    });
  });
});

async function iterate() {
  const input = new PassThrough();
  const rl = readline.createInterface({ input, crlfDelay: 50 });
  console.log('crlfDelay', rl.crlfDelay);
  const it = rl[Symbol.asyncIterator]();
  console.log(it === rl[Symbol.asyncIterator](), typeof it.next, typeof it[Symbol.asyncIterator]);
  setTimeout(() => input.write('x\ny\n'), 5);
  setTimeout(() => input.end('z'), 10);
  const got = [];
  for await (const l of rl) got.push(l);
  console.log(got);

  const input2 = new PassThrough();
  const rl2 = readline.createInterface({ input: input2 });
  const res = [];
  rl2.on('error', () => {});
  setTimeout(() => input2.destroy(new Error('boom')), 5);
  input2.write('before\n');
  try {
    for await (const l of rl2) res.push(l);
  } catch (e) {
    res.push('error ' + e.message);
  }
  console.log(res);
}
