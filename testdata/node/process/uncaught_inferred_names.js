// The report of an uncaught error names the frames of anonymous functions
// as V8 infers them from where they were assigned (api.parse, not
// Object.parse), with the source line and caret above.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-uncaught-names-'));
const script = path.join(dir, 'child.js');
fs.writeFileSync(script, `const api = {};
api.parse = function () { throw new TypeError('bad input'); };
api.load = function () { return api.parse(); };
exports.run = () => api.load();
exports.run();
`);
const child = spawnSync(process.execPath, [script]);
fs.rmSync(dir, { recursive: true });
// node's own frames and its version line differ from Kiln's.
const report = String(child.stderr).split('\n').filter((l) => !l.includes('node:') && !l.startsWith('Node.js v'));
console.log(child.status);
console.log(report.join('\n').split(dir + path.sep).join(''));
