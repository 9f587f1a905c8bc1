// NODE_V8_COVERAGE given relative to the working directory: the child,
// started in another directory, still writes where the parent does.
const { spawnSync } = require('child_process');
const path = require('path');
spawnSync(process.execPath, ['subchild.js', 'x'], { cwd: path.join(__dirname, 'sub'), stdio: 'inherit' });
