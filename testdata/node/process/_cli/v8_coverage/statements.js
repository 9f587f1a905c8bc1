function outer() {
  function inner() { return 1; }
  return 2;
}
function g(x) {
  if (x) return 1;
  console.log('after');
  return 3;
}
g(1); g(1);
function h(x) {
  while (x > 0) { x--; }
  do { x++ } while (x < 2);
  for (const k in {a: 1}) { x += 1; }
  for (const k of [1, 2, 3]) x += k;
  return (x && 0 || x) ?? 3;
}
h(2);
function sw(x) {
  switch (x) {
    case 1: return 'one';
    case 2:
    case 3: x++; break;
    default: x = 0;
  }
  return x;
}
sw(2); sw(2); sw(9);
class C {
  constructor() { this.v = 1; }
  m() { return this.v ? 'y' : 'n'; }
  get p() { return 1; }
  static s() {}
}
new C().m();
const o = { meth() { return 1; }, arrow: () => {}, fn: function () {} };
o.meth();
async function as() { await null; return 1; }
as().then(() => {});
function* gen() { yield 1; yield 2; }
for (const v of gen()) {}
function t(x) {
  try { if (x) throw new Error('e'); return 1; } catch (e) { return 2; } finally { x = 0; }
}
t(0);
if (false) { console.log('x') }
