// Switches whose cases are all integer literals, from eight cases on,
// find their case by binary search: every value, the values between and
// around them, non-numbers, duplicates (the first case wins), a default
// in the middle, fallthrough, and lexical declarations across cases.
'use strict';
function kind(k) {
  let out = '';
  switch (k) {
    case 80: out += 'ident'; break;
    case -5: out += 'neg'; break;
    case 3: out += 'three';
    // falls through
    case 4: out += 'four'; break;
    case 0: out += 'zero'; break;
    default: out += 'default';
    // falls through
    case 250: out += '+250'; break;
    case 32767: out += 'max'; break;
    case -32768: out += 'min'; break;
    case 80: out += 'second ident'; break;
    case 100: { const x = 'block'; out += x; break; }
    case 101: out += 'hundred and one'; break;
    case 7: out += 'seven'; break;
  }
  return out;
}
const probes = [80, -5, 3, 4, 0, -0, 250, 32767, -32768, 100, 101, 7, 1, 2, 5, 6, 8, 79, 81, 99, 102, 249, 251, -6, -4,
  32766, -32767, 32768, -32769, 65616, 3.5, NaN, Infinity, -Infinity, '80', '3', 80n, null, undefined, true, {}, [80], new Number(80)];
console.log(probes.map(p => String(p) + ':' + kind(p)).join(' '));

// A switch without a default and a large generated one.
function noDefault(k) { switch (k) { case 1: case 2: case 3: case 4: case 5: case 6: case 7: return 'low'; case 8: return 'eight'; } return 'none'; }
console.log([0, 1, 4, 7, 8, 9, '8'].map(noDefault).join());
const cases = [];
for (let i = 0; i < 300; i++) cases.push('case ' + ((i * 37) % 401 - 200) + ': return ' + i + ';');
const big = new Function('k', 'switch (k) { ' + cases.join(' ') + ' default: return -1; }');
let sum = 0;
for (let k = -210; k <= 210; k++) sum = (sum * 31 + big(k) + 7) % 1000003;
console.log(sum, big(-200), big(200), big(-201), big('0'));

// Cases that read a let declared in an earlier case (TDZ when skipped).
function tdz(k) {
  switch (k) {
    case 1: let v = 'one';
    // falls through
    case 2: case 3: case 4: case 5: case 6: case 7: case 8: return typeof v === 'string' ? v : 'x';
  }
  return 'none';
}
for (const k of [1, 2, 9]) { try { console.log(tdz(k)); } catch (e) { console.log(e.constructor.name, e.message); } }

// A local discriminant is read in place: case bodies may assign it, or
// shadow it, after the case is found.
function f2(k) {
  switch (k) {
    case 1: k = 2;
    // falls through
    case 2: return 'two ' + k;
    case 3: { let k = 9; return 'three ' + k; }
  }
  return 'none ' + k;
}
function g(k) { switch (k) { case 1: let k2 = k; return k2; case 2: return typeof k; } }
let captured = 1; const read = () => captured;
function h() { switch (captured) { case 1: captured = 2; return read(); case 2: return 'was two'; } }
console.log(f2(1), f2(2), f2(3), f2(4), g(1), g(2), h(), h());
