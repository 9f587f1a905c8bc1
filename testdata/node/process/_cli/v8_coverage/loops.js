function* counted(n) {
  for (let i = 0; i < n; i++) {
    yield i;
    console.log('after', i);
  }
}
[...counted(3)];
function* whiled(n) {
  let i = 0;
  while (i < n) {
    yield i;
    i++;
  }
}
[...whiled(3)];
function* lastInLoop(n) {
  for (let i = 0; i < n; i++) {
    yield i;
  }
}
[...lastInLoop(3)];
async function awaited(n) {
  for (let i = 0; i < n; i++) {
    await i;
  }
}
awaited(2);
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
function forIn(o) {
  let n = 0;
  for (const k in o) {
    if (k === 'b') break;
    n++;
  }
  for (var v of [1, 2]) {
    if (v === 2) continue;
  }
  do {
    n--;
  } while (n > 0);
  return n;
}
forIn({ a: 1, b: 2, c: 3 });
