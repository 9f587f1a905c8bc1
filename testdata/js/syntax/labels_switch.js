// Labels with break/continue, labeled blocks, and switch semantics (fallthrough, default position, strict equality).
const out = [];
outer: for (let i = 0; i < 3; i++) {
  inner: for (let j = 0; j < 3; j++) {
    if (j === 1) continue outer;
    if (i === 2) break outer;
    out.push(`${i}${j}`);
  }
}
console.log(out.join(' '));

block: {
  console.log('in block');
  if (true) break block;
  console.log('never');
}
console.log('after block');

let n = 0;
loop: while (true) {
  n++;
  do {
    if (n > 3) break loop;
    continue loop;
  } while (false);
}
console.log('n', n);

// Labeled continue in do-while evaluates the condition.
let k = 0;
const dw = [];
again: do {
  k++;
  dw.push(k);
  if (k < 3) continue again;
} while (k < 5);
console.log(dw.join());

// Nested labels on the same statement.
a: b: for (let i = 0; i < 2; i++) {
  if (i === 0) continue a;
  console.log('reached', i);
  break b;
}

function sw(x) {
  const r = [];
  switch (x) {
    case 1:
      r.push('one');
    case 2:
      r.push('two');
      break;
    default:
      r.push('default');
    case 3:
      r.push('three');
  }
  return r.join('>');
}
console.log(sw(1));
console.log(sw(2));
console.log(sw(3));
console.log(sw(4));

// Strict equality: no coercion, NaN never matches, -0 matches 0.
function kind(v) {
  switch (v) {
    case '1': return 'string one';
    case 1: return 'number one';
    case NaN: return 'nan';
    case 0: return 'zero';
    default: return 'other';
  }
}
console.log(kind(1), kind('1'), kind(NaN), kind(-0));

// Case expressions evaluate lazily, in order.
const evaluated = [];
function c(v) { evaluated.push(v); return v; }
switch (3) {
  case c(1):
  case c(2):
  case c(3):
  case c(4):
    break;
}
console.log(evaluated.join());

// Switch has one lexical scope for all cases.
switch (0) {
  case 0: {
    let scoped = 'block in case';
    console.log(scoped);
  }
}

// Switch inside loop: continue goes to the loop.
const collected = [];
for (let i = 0; i < 4; i++) {
  switch (i % 2) {
    case 0:
      continue;
    default:
      collected.push(i);
  }
}
console.log(collected.join());

// Completion value of switch via eval.
console.log(eval('switch (1) { case 1: "a"; case 2: "b"; break; case 3: "c"; }'));
console.log(eval('switch (5) { case 1: "a"; }'));
console.log(eval('lbl: { "x"; break lbl; }'));

// Default in the middle is only taken when nothing matches.
function mid(v) {
  switch (v) { case 'a': return 'A'; default: return 'D'; case 'b': return 'B'; }
}
console.log(mid('a'), mid('b'), mid('z'));
