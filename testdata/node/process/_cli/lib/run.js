// run starts this runtime (process.execPath) with args and NODE_OPTIONS,
// and describes how it ended. What differs between node and kiln by
// design is normalised: the program's name that starts an option error
// (node's argv[0], "kiln" for kiln), the process id in warnings, and
// node's own frames in stack traces.
const cp = require('child_process');
const path = require('path');

function normalise(s) {
  return s.split(path.join(__dirname, '..')).join('<dir>')
    .replace(/^\S*(node|kiln): /gm, 'node: ')
    .replace(/\(node:\d+\)/g, '(node:PID)')
    // node's banner for an error thrown by its own code shows that code.
    .replace(/^node:internal\/.*\n.*\n *\^\n\n/gm, '')
    .replace(/ \{$/gm, '').replace(/^ +at .*\(node:.*\n/gm, '').replace(/^ +at node:.*\n/gm, '')
    // V8 lists node's own options after a bad V8 option of the user's.
    .replace(/^node: bad option: --harmony-.*\n/gm, '')
    .replace(/\nNode\.js v\d+\.\d+\.\d+\n/, '\nNode.js vX\n');
}

function run(args, nodeOptions, env) {
  const r = cp.spawnSync(process.execPath, args, {
    cwd: path.join(__dirname, '..'),
    env: { ...process.env, NODE_OPTIONS: nodeOptions, ...env },
    encoding: 'utf8',
  });
  let out = `status ${r.status}`;
  if (r.stdout) out += `\n  stdout: ${normalise(r.stdout).trimEnd().split('\n').join('\n          ')}`;
  if (r.stderr) out += `\n  stderr: ${normalise(r.stderr).trimEnd().split('\n').join('\n          ')}`;
  return out;
}

module.exports = { run };
