function t1(x) {
  try { x++; } finally { x--; }
  try { if (x) throw 1; } catch { x = 5; }
  try { x = 1; } catch (e) { x = 2; } finally { x = 3; }
  return x;
}
t1(0);
function t2(x) {
  if (x) return 1;
  if (x === 0) { x = 4; }
  x = 2;
}
t2(1); t2(1); t2(0);
function t3() { boom(); x = 1; }
try { t3(); } catch (e) {}
function t4(a) {
  for (let i = 0; i < a.length; i++) {
    if (a[i] === 1) continue;
    if (a[i] === 2) { break; }
    a[i] = 0;
  }
  lbl: { if (a) break lbl; a = 1; }
  a ||= 3; a &&= 4; a ??= 5;
  return a?.b?.c;
}
t4([1, 2, 3]);
class D { x = 1; static y = 2; }
new D(); new D();
class E extends D { constructor() { super(); } }
function t5(x) {
  if (x === 1) { return 'a'; } else if (x === 2) { return 'b'; } else { return 'c'; }
}
t5(1); t5(2); t5(2);
for (;;) { break; }
console.log('end');
