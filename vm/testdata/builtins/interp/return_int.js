// `return <small integer literal>` is one instruction (ReturnI): its value
// must be the literal's, in every kind of function and through finally.
function ints() {
  const fs = [() => { return 0; }, () => { return -1; }, () => { return 32767; }, () => { return -32768; },
    () => { return 32768; }, () => { return -32769; }, () => { return 1.5; }, () => { return -0; }, () => { return 0x10; }];
  return fs.map(f => { const v = f(); return Object.is(v, -0) ? '-0' : v; }).join(' ');
}
console.log('ints', ints());
const cmp = (a, b) => a < b ? -1 : a > b ? 1 : 0;
console.log('comparator', [3, 1, 2, 2].sort(cmp).join(), cmp(1, 1), cmp(2, 1), cmp(1, 2));
function sign(x) { if (x > 0) return 1; if (x < 0) return -1; return 0; }
console.log('sign', sign(5), sign(-5), sign(0));

const order = [];
function withFinally(k) {
  try {
    if (k === 0) return 7;
    if (k === 1) throw new Error('x');
  } catch (e) {
    return 8;
  } finally {
    order.push('finally ' + k);
    if (k === 2) return 9;
  }
  return 10;
}
function finallyWins() { try { return 1; } finally { return 2; } }
function loopReturn() { for (const x of [1, 2, 3]) { if (x === 2) return 42; } return 0; }
console.log('finally', withFinally(0), withFinally(1), withFinally(2), finallyWins(), loopReturn(), order.join());

function* gen() { yield 1; return 5; }
console.log('generator', JSON.stringify([...gen()]), JSON.stringify(gen().next()), JSON.stringify((g => (g.next(), g.next()))(gen())));
async function af() { return 3; }
async function* ag() { yield 1; return 4; }
class Base { constructor() { this.b = 1; return 2; } }
class Derived extends Base { constructor() { super(); return 3; } }
function Plain() { this.p = 1; return 6; }
console.log('constructors', JSON.stringify(new Base()), JSON.stringify(new Plain()));
try { new Derived(); } catch (e) { console.log('derived', e.constructor.name, e.message); }
(async () => {
  console.log('async', await af());
  const it = ag();
  console.log('async generator', JSON.stringify(await it.next()), JSON.stringify(await it.next()), JSON.stringify(await it.next()));
})();
