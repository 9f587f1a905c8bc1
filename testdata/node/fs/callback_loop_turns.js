// Node's callback readFile and writeFile are several requests (open, stat,
// read, close), so an immediate runs first, and a one-request failure
// (opening a missing file) comes back before a write finishes.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-turns-'));
const order = [];
fs.readFile(__filename, 'utf8', (err, text) => {
  order.push('readFile ' + text.startsWith('//'));
  fs.writeFile(path.join(dir, 'out.txt'), 'data', (err) => {
    order.push('writeFile ' + err);
    fs.readFile(path.join(dir, 'missing'), (err) => order.push('missing ' + err.code));
    fs.appendFile(path.join(dir, 'out.txt'), '+more', (err) => {
      order.push('appendFile ' + err);
      setImmediate(() => {
        console.log(order, fs.readFileSync(path.join(dir, 'out.txt'), 'utf8'));
        fs.rmSync(dir, { recursive: true });
      });
    });
  });
});
setImmediate(() => order.push('immediate'));
