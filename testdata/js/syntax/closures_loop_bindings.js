// Per-iteration bindings in for/for-in/for-of loops versus var.
const varFns = [];
for (var i = 0; i < 3; i++) varFns.push(() => i);
console.log('var:', varFns.map(f => f()).join(','));

const letFns = [];
for (let j = 0; j < 3; j++) letFns.push(() => j);
console.log('let:', letFns.map(f => f()).join(','));

// The copy happens before the increment: a closure made in the body sees the value after body mutations.
const mutFns = [];
for (let k = 0; k < 6; k++) {
  mutFns.push(() => k);
  k++;
}
console.log('mutated in body:', mutFns.map(f => f()).join(','));

// Closures created in the init expression capture the first iteration's environment copy source.
const initFns = [];
for (let m = 0, g = () => m; m < 3; m++) {
  initFns.push(g);
}
console.log('closure from init:', initFns.map(f => f()).join(','));

const inFns = [];
for (const key in { a: 1, b: 2, c: 3 }) inFns.push(() => key);
console.log('for-in const:', inFns.map(f => f()).join(','));

const ofFns = [];
for (const v of ['x', 'y', 'z']) ofFns.push(() => v);
console.log('for-of const:', ofFns.map(f => f()).join(','));

const closureUpdates = [];
for (let n = 0; n < 3; n++) {
  closureUpdates.push(() => ++n);
}
console.log('increment captured:', closureUpdates.map(f => f()).join(','));

function counter() {
  let count = 0;
  return { inc: () => ++count, get: () => count };
}
const c1 = counter();
const c2 = counter();
c1.inc(); c1.inc(); c2.inc();
console.log('independent counters', c1.get(), c2.get());

const whileFns = [];
let w = 0;
while (w < 3) {
  let copy = w;
  whileFns.push(() => copy);
  w++;
}
console.log('while with block let:', whileFns.map(f => f()).join(','));

const nested = [];
for (let a = 0; a < 2; a++) {
  for (let b = 0; b < 2; b++) {
    nested.push(() => `${a}${b}`);
  }
}
console.log('nested:', nested.map(f => f()).join(' '));

let shared = 0;
const sharedFns = [];
for (; shared < 3; shared++) sharedFns.push(() => shared);
console.log('outer let not copied:', sharedFns.map(f => f()).join(','));

const label = [];
outer: for (let p = 0; p < 3; p++) {
  for (let q = 0; q < 3; q++) {
    if (q === 1) continue outer;
    label.push(() => p * 10 + q);
  }
}
console.log('continue outer:', label.map(f => f()).join(','));
