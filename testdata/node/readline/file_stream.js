// readline over fs.createReadStream: for await, 'line' events, mixed line
// endings, a last line without an ending, and leaving the loop early.
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-rl-'));
const file = path.join(dir, 'lines.txt');
fs.writeFileSync(file, 'one\ntwo\r\nthree\rfour\n\nsix  \nünïcödé ✓\nlast');
const big = path.join(dir, 'big.txt');
fs.writeFileSync(big, Array.from({ length: 3000 }, (_, i) => 'line ' + i).join('\n') + '\n');

async function main() {
  const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  const lines = [];
  for await (const line of rl) lines.push(line);
  console.log(lines);
  console.log('closed', rl.closed);

  const rl2 = readline.createInterface({ input: fs.createReadStream(big) });
  let count = 0;
  let last;
  for await (const line of rl2) {
    count++;
    last = line;
  }
  console.log('big', count, last);

  const input = fs.createReadStream(big);
  const rl3 = readline.createInterface({ input });
  const events = [];
  rl3.on('pause', () => events.push('pause'));
  rl3.on('close', () => events.push('close'));
  for await (const line of rl3) {
    events.push(line);
    if (line === 'line 2') break;
  }
  console.log(events, rl3.closed);

  await new Promise((resolve) => {
    const rl4 = readline.createInterface({ input: fs.createReadStream(file) });
    const seen = [];
    rl4.on('line', (l) => seen.push(l.length));
    rl4.on('close', () => {
      console.log('events', seen);
      resolve();
    });
  });
  fs.rmSync(dir, { recursive: true });
}
main();
