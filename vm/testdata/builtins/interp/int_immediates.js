// Operators with a small integer literal operand, which compile to one
// instruction carrying the literal (SubI, MulI, BitAndI, JmpNotLtI, ...):
// every kind of left operand through each one's slow path (strings,
// objects converted with the hint the operator asks for, BigInts and their
// TypeErrors, symbols), -0, NaN, int32 wrap-around, the literal on either
// side, compound assignment, and registers past 255 (the Wide prefix).
const fmt = v => Object.is(v, -0) ? '-0' : typeof v === 'bigint' ? v + 'n' : typeof v === 'string' ? JSON.stringify(v) : String(v);
const hints = [];
const prim = (v, name) => ({ [Symbol.toPrimitive](hint) { hints.push(name + ':' + hint); return v; } });
const inputs = () => [0, -0, 1, -1, 5, 7.5, -7.5, 127, -128, 2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1, 2 ** 32 + 3, 2 ** 53, NaN, Infinity, -Infinity,
  '5', ' 12 ', 'a', '', true, false, null, undefined, 5n, -3n, prim(9, 'p9'), prim('3', 's3'), { valueOf() { hints.push('valueOf'); return 6; } },
  { toString() { hints.push('toString'); return '4'; }, valueOf: undefined }, Symbol('s'), [2], [], {}];
function run(name, f) {
  const out = inputs().map(x => { try { return fmt(f(x)); } catch (e) { return e.constructor.name + ': ' + e.message; } });
  console.log(name.padEnd(10), out.join(' | '));
  if (hints.length) console.log(' '.repeat(10), 'conversions:', hints.splice(0).join(' '));
}

run('x + 1', x => x + 1);
run('x + -1', x => x + -1);
run('x - 1', x => x - 1);
run('x - 0', x => x - 0);
run('x - -5', x => x - -5);
run('x * 3', x => x * 3);
run('3 * x', x => 3 * x);
run('x * 0', x => x * 0);
run('x * -1', x => x * -1);
run('x / 2', x => x / 2);
run('x / 0', x => x / 0);
run('x % 7', x => x % 7);
run('x % 0', x => x % 0);
run('x % -3', x => x % -3);
run('x << 13', x => x << 13);
run('x << 33', x => x << 33);
run('x >> 1', x => x >> 1);
run('x >> -1', x => x >> -1);
run('x >>> 0', x => x >>> 0);
run('x >>> 17', x => x >>> 17);
run('x & 1', x => x & 1);
run('1 & x', x => 1 & x);
run('x & -8', x => x & -8);
run('x | 0', x => x | 0);
run('0 | x', x => 0 | x);
run('x ^ 5', x => x ^ 5);
run('5 ^ x', x => 5 ^ x);
run('x === 5', x => x === 5);
run('5 !== x', x => 5 !== x);
run('x === 0', x => x === 0);
run('x < 2', x => x < 2);
run('x <= 5', x => x <= 5);
run('x > -1', x => x > -1);
run('x >= 0', x => x >= 0);
run('2 < x', x => 2 < x);
run('5 >= x', x => 5 >= x);
run('1 - x', x => 1 - x);
run('1 + x', x => 1 + x);

// Compare-and-jump against a literal: both polarities (the negated form
// must jump on NaN and undefined), either side, and int16 literals.
const jumps = {
  'if x<2': x => { if (x < 2) return 'T'; return 'F'; },
  'if !(x<2)': x => { if (!(x < 2)) return 'T'; return 'F'; },
  'if x<=5': x => { if (x <= 5) return 'T'; return 'F'; },
  'if !(x<=5)': x => { if (!(x <= 5)) return 'T'; return 'F'; },
  'if x>-1': x => { if (x > -1) return 'T'; return 'F'; },
  'if !(x>-1)': x => { if (!(x > -1)) return 'T'; return 'F'; },
  'if x>=0': x => { if (x >= 0) return 'T'; return 'F'; },
  'if !(x>=0)': x => { if (!(x >= 0)) return 'T'; return 'F'; },
  'if 2<x': x => { if (2 < x) return 'T'; return 'F'; },
  'if 5>=x': x => { if (5 >= x) return 'T'; return 'F'; },
  'if x<30000': x => { if (x < 30000) return 'T'; return 'F'; },
  'if x>-30000': x => { if (x > -30000) return 'T'; return 'F'; },
  'x<2?:': x => x < 2 ? 'T' : 'F',
  'x<2&&': x => (x < 2 && x > -2) ? 'T' : 'F',
};
for (const [name, f] of Object.entries(jumps)) run(name, f);

function loop(n) { let k = 0, s = 0; while (k < 60 && s <= 1000) { s += k * 2 - 1; k++; } for (let i = 10; i >= 0; i -= 3) s -= i % 4; return s + n; }
console.log('loop', loop(0), loop(0.5));

// Compound assignment in place, to a local, a property and an element.
function compound(x) {
  let s = x;
  s -= 1; s *= 3; s |= 0; s ^= s << 3; s >>>= 1; s %= 100; s &= 63; s >>= 1; s /= 2; s <<= 2; s += -1;
  const o = { v: x, k: [x] };
  o.v -= 2; o.v *= -2; o.k[0] >>= 1; o.k[0] |= 0;
  return [s, o.v, o.k[0]].map(fmt).join(',');
}
console.log('compound', [0, -0, 7, 2 ** 31, NaN, '9', 'z', prim(3, 'c3')].map(x => { try { return compound(x); } catch (e) { return e.message; } }).join(' '));
console.log('compound', hints.splice(0).join(' '));
try { let b = 1n; b -= 1; } catch (e) { console.log('bigint compound', e.constructor.name, e.message); }
let v = 3; const snap = () => v; v -= (v = 10, 1); console.log('value sees old', v, snap());
function old(x) { x += (x = 10, 1); let y = 4; y *= y-- ; return x + ',' + y; }
console.log('operand assigns', old(1));
function cond(x) { x = x & 1 ? 3 * x + 1 : x / 2; return x; }
console.log('collatz step', [1, 2, 7, 10, -3, NaN, '6'].map(cond).map(fmt).join(' '));
try { (function () { let t = t - 1; })(); } catch (e) { console.log('tdz', e.constructor.name, e.message); }

// Registers past 255 (many locals) take the Wide prefix.
const src = 'let ' + Array.from({ length: 300 }, (_, i) => 'v' + i + ' = ' + i).join(', ') +
  '; let s = []; s.push(v299 - 1, v298 * -2, v297 & 7, v296 | 0, v295 >>> 1, 3 * v294, v293 % 7, v292 === 292, v291 < 5, 2 > v290);' +
  ' if (v289 < 300) s.push("lt"); if (!(v288 >= 289)) s.push("not ge"); v287 -= 7; s.push(v287); return s.join();';
console.log(new Function(src)());

// `return t ? a : b` returns from each branch: through finally blocks,
// nested, in async functions and derived constructors.
const log = [];
function fin(x) { try { return x < 2 ? (log.push('a'), 'small') : x > 5 ? 'big' : 'mid'; } finally { log.push('finally ' + x); } }
console.log([1, 3, 9, NaN].map(fin).join(), log.join());
class Base { constructor() { this.k = 1; } }
class Derived extends Base { constructor(o) { super(); return o ? o : undefined; } }
console.log(new Derived().k, new Derived({ k: 2 }).k);
async function af(x) { return x === 0 ? await Promise.resolve('zero') : 'other'; }
af(0).then(v => af(1).then(w => console.log('async', v, w)));
