const obj = {};
obj.prop = function () { return 1; };
obj.prop();
module.exports = function () {};
exports.arrowed = () => {};
const o2 = { get g() { return 1; }, set g(v) {}, async *ag() {} };
o2.g; o2.g = 2;
const K = class Named { #priv() { return 1; } static async *sg() {} callPriv() { return this.#priv(); } };
new K().callPriv();
const Anon = class {};
(function iife() { return 1; })();
(() => { })();
function defaults(a = 1, b = a ? 2 : 3) { return a + b; }
defaults(); defaults(0);
function opt(f, o) { return f?.() ?? o?.[0]; }
opt(null, [1]); opt(() => 2);
function tmpl(x) { return `a${x ? 'b' : 'c'}d`; }
tmpl(1);
async function aw(x) {
  if (x) { await null; return 1; }
  await null;
  return 2;
}
aw(1); aw(0);
function* gy(n) {
  for (let i = 0; i < n; i++) {
    yield i;
  }
}
[...gy(3)];
function labeled() {
  outer: for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      if (j === 1) continue outer;
      if (i === 2) break outer;
    }
  }
  return 1;
}
labeled();
function nested(x) {
  try {
    try { throw new Error('a'); } finally { x++; }
  } catch (e) {
    if (x > 5) throw e;
  }
  switch (x) {
    case 1:
      x = 2;
      break;
      x = 3;
    default:
  }
  return x;
}
nested(0);
function thrower() { throw new Error('t'); }
try { thrower(); } catch {}
function empty() {}
empty();
var w = function () { return 1; }, v = () => 1;
w(); v();
let lazy = function named() {};
