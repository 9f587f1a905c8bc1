function a(x) {
  if (x > 1) {
    return 'big';
  } else {
    return 'small';
  }
}
function never() { return 1; }
const f = (y) => y ? 1 : 2;
a(5); a(0); a(3);
f(0);
for (let i = 0; i < 3; i++) { if (i == 5) break; }
try { throw 1 } catch (e) { } finally { }
