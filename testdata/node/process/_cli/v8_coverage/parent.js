// A child process inherits NODE_V8_COVERAGE and writes its own file.
const { spawnSync } = require('child_process');
const path = require('path');
const r = spawnSync(process.execPath, [path.join(__dirname, 'child.js'), 'x'], { stdio: 'inherit' });
if (r.status !== 0) {
  console.log('child failed', r.status);
}
