// A comparison used as a condition reads its left operand before the right
// one runs, even when the right one assigns the same variable (webpack's
// bin walks up folders with `while (dir !== (dir = path.dirname(dir)))`).
function walk() {
  let d = 'a/b/c';
  const seen = [];
  do {
    seen.push(d);
  } while (d !== (d = d.slice(0, d.lastIndexOf('/') + 1 ? d.lastIndexOf('/') : 0)));
  return seen;
}
console.log(walk());

function whileLoop() {
  let x = 3;
  let n = 0;
  while (x !== (x = Math.max(0, x - 1))) n++;
  return n;
}
console.log(whileLoop());

const cases = {
  strictNe: () => { let x = 1; if (x !== (x = 2)) return 'ne'; return 'eq'; },
  strictEq: () => { let x = 1; if (x === (x = 1)) return 'eq'; return 'ne'; },
  lt: () => { let x = 1; if (x < (x = 2)) return 'lt'; return 'ge'; },
  le: () => { let x = 3; if (x <= (x = 2)) return 'le'; return 'gt'; },
  gt: () => { let x = 3; if (x > (x = 4)) return 'gt'; return 'le'; },
  ge: () => { let x = 1; if (x >= (x = 0)) return 'ge'; return 'lt'; },
  ternary: () => { let x = 1; return x !== (x = 2) ? 'ne' : 'eq'; },
  not: () => { let x = 1; return !(x === (x = 2)) ? 'ne' : 'eq'; },
  andChain: () => { let x = 1; return (true && x < (x = 2)) ? 'lt' : 'ge'; },
  update: () => { let x = 1; return x < ++x ? 'lt' : 'ge'; },
  forTest: () => { let x = 0; let n = 0; for (; x < (x = x + 1) && n < 3; ) n++; return n; },
};
for (const [name, fn] of Object.entries(cases)) console.log(name, fn());

let top = 'x';
if (top !== (top = 'y')) console.log('top-level', top);
