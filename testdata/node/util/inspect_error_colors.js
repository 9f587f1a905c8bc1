// An error's stack frames when util.inspect colours: built-in modules'
// frames grey, package names underlined, the working directory grey.
const util = require('util');
const cwd = process.cwd();
const e = new Error('x');
e.stack = [
  'Error: x',
  `    at f (${cwd}/node_modules/pkg/lib/index.js:1:2)`,
  `    at ${cwd}/node_modules/@scope/other/node_modules/inner/a.js:3:4`,
  '    at node:events:10:3',
  '    at Server.emit (node:events:517:28)',
  `    at g (file://${cwd}/main.mjs:5:6)`,
  '    at h (/elsewhere/file.js:7:8)',
  '    at node:notreal',
].join('\n');
const show = (s) => console.log(JSON.stringify(s.split(cwd).join('<cwd>')));
show(util.inspect(e, { colors: true }));
show(util.inspect(e));
const bare = new Error('no frames');
bare.stack = 'Error: no frames';
bare.code = 'E_X';
show(util.inspect(bare, { colors: true }));
