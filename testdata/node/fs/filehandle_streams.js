// FileHandle.readLines and createReadStream read through the handle, and
// closing the handle after them does not close a reused descriptor.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fh-'));
const file = path.join(dir, 'lines.txt');
fs.writeFileSync(file, 'one\ntwo\r\n\nthree');
(async () => {
  const fh = await fs.promises.open(file);
  for await (const line of fh.readLines()) console.log('line', JSON.stringify(line));
  await fh.close();
  const fh2 = await fs.promises.open(file);
  const chunks = [];
  for await (const c of fh2.createReadStream({ encoding: 'utf8', start: 4 })) chunks.push(c);
  console.log(chunks);
  await fh2.close();
  const fh3 = await fs.promises.open(path.join(dir, 'out.txt'), 'w');
  const ws = fh3.createWriteStream();
  ws.end('written', async () => {
    await fh3.close();
    console.log(fs.readFileSync(path.join(dir, 'out.txt'), 'utf8'));
    fs.rmSync(dir, { recursive: true });
  });
})();
