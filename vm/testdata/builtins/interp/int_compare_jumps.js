// Switch cases and === / !== tests on integer literals, which compile to
// one compare-and-jump against the literal: every kind of discriminant,
// literals at and past the bounds of the instruction's immediate, either
// operand order, and registers past 255 (the Wide prefix).
function sw(k) {
  switch (k) {
    case 0: return 'zero';
    case -1: return 'minus one';
    case 32767: return 'max';
    case -32768: return 'min';
    case 32768: return 'past max';
    case 1.5: return 'fraction';
    case '2': return 'string two';
    case 2: return 'two';
    case 2: return 'second two';
    default: return 'default';
  }
}
const inputs = [0, -0, -1, 32767, -32768, 32768, 1.5, '2', 2, 2n, NaN, null, undefined, '0', new Number(0), 65535, 65536, -65536, 4294967296, Infinity];
console.log(inputs.map(x => sw(x)).join());
function cond(x) { const r = []; if (x === 7) r.push('eq7'); if (x !== 7) r.push('ne7'); if (7 === x) r.push('7eq'); if (!(x === -3)) r.push('notm3'); if (x === 0 || x === 1) r.push('01'); if (x !== 0 && x !== 1) r.push('not01'); return r.join('+'); }
console.log([7, -3, 0, 1, -0, '7', 7.0000001, NaN, 70000 - 69993].map(cond).join(' '));
let calls = 0; const o = { get k() { calls++; return 5; } };
if (o.k === 5 && 5 === o.k) console.log('getter twice', calls);

// A register past 255 in the compare (many locals) takes the Wide prefix.
const src = 'let ' + Array.from({ length: 300 }, (_, i) => 'v' + i + ' = ' + i).join(', ') + '; let s = []; if (v299 === 299) s.push("wide eq"); if (v298 !== 299) s.push("wide ne"); switch (v297) { case 296: s.push("no"); break; case 297: s.push("wide case"); } return s.join();';
console.log(new Function(src)());
