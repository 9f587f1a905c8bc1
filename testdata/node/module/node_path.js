// require() looks for a package in the NODE_PATH folders (which hold
// packages themselves, not a node_modules) after the node_modules chain,
// in their order, with "exports" applied; import() never looks there.
const { execFileSync } = require('child_process');
const path = require('path');
const dir = path.join(__dirname, '_nodepath');
const NODE_PATH = [path.join(dir, 'global-a'), 'missing-folder', path.join(dir, 'global-b')].join(path.delimiter);
process.stdout.write(execFileSync(process.execPath, [path.join(dir, 'child.js')], { env: { ...process.env, NODE_PATH }, encoding: 'utf8' }));
