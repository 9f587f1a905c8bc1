function f(x) {
  try { if (x) return 1; } finally { x = 2; }
  return x;
}
f(1); f(1); f(0);
const g = x => x.a?.b.c ?? 0;
g({}); g({ a: { b: { c: 1 } } });
for (const i of [1]) { if (i) break; }
if (f) throw 1;
console.log('never');
