// Offsets are UTF-16 code units: 'é' is one, '😀' two.
const s = 'é😀';
function f(x) {
  return x ? s : '😀';
}
f(0);
f(0);
