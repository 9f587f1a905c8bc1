function f1(a) {
  while (a) {
    a = false;
    for (let i = 0; i < 0; i++) {
      const x = function () {};
    }
  }
}
f1(true);
function f2(a) {
  while (a) {
    a = false;
    for (let i = 0; i < 0; i++) {
      const x = 1;
    }
  }
}
f2(true);
function f3(a) {
  while (a) {
    for (let i = 0; i < 0; i++) {
      const x = () => i;
    }
    a = false;
  }
}
f3(true);
