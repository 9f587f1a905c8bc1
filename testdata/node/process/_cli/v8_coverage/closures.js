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
function g1(n) {
  for (let i = 0; i < n; i++) {
    const x = () => i;
  }
  return 1;
}
g1(3);
function g2(n) {
  for (let i = 0; i < n; i++) {
    const x = () => i;
    if (i === 1) continue;
    if (i === 2) break;
  }
  return 1;
}
g2(5);
function g3(n) {
  for (let i = 0; i < n; i++) {
    const x = () => i;
    if (i === 1) return;
  }
  return 1;
}
g3(5);
function labeledClosures(rows, max) {
  const out = [];
  outer: for (let a = 0; a < rows.length; a++) {
    const keep = rows[a].filter((v) => v);
    for (let v = 0; v < keep.length; v++) {
      if (out.length >= max) break outer;
      out.push(keep[v]);
    }
  }
  return out;
}
labeledClosures([[1, 0, 2], [3]], 5);
labeledClosures([[1, 2, 3], [4]], 2);
