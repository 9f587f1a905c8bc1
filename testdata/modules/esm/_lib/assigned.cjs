// exports written where Node's lexer still finds them: inside declarations,
// parentheses, arrays, call arguments, loops, try blocks and functions that
// may never run (pngjs's `let PNG = (exports.PNG = function …)`).
let P = (exports.P = function P() {});
var q = exports.Q = 'q';
const r = module.exports.R = 'r', s = (0, exports.S = 's');
function later() { exports.inner = 'inner'; }
if (true) { var t = (exports.T = 't'); }
for (;;) { exports.L = 'l'; break; }
try { exports.Tr = 'tr'; } catch {}
var arr = [exports.Arr = 'arr'];
String(exports.Arg = 'arg');
exports.A = exports.B = 'ab';
(() => { exports.Arrow = 'arrow'; })();
function define() { Object.defineProperty(exports, 'defined', { enumerable: true, value: 'd' }); }
define();
exports.C += 'not an export: a compound assignment';
