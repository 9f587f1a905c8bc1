// A JSON file that does not parse names itself in the SyntaxError message.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-json-'));
const file = path.join(dir, 'bad.json');
fs.writeFileSync(file, '{ "a": 1, }');
try {
  require(file);
} catch (e) {
  console.log(e.name, e.message.replace(dir, '<dir>'));
}
fs.writeFileSync(path.join(dir, 'good.json'), '{ "a": [1, 2] }');
console.log(require(path.join(dir, 'good.json')));
fs.rmSync(dir, { recursive: true });
