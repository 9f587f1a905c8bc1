function a(x) {
  if (x) { return 1 }
  do { x++; }
  while (x < 3)
  if (x > 5) { return 2 }
  return 3;
}
a(1);
function b(x) {
  if (x) { return 1 }
  do { x++; } while (x < 3);
  return 3;
}
b(1);
function c(x) {
  do { x++; if (x === 2) break; } while (x < 3);
  return x;
}
c(0);
