const v8 = require('v8');
function f(x) { return x ? 1 : 2; }
f(1);
v8.takeCoverage();
f(0); f(0);
if (process.argv[2] === 'stop') { v8.stopCoverage(); v8.takeCoverage(); }
f(1);
