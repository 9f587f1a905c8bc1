// String building, splitting and searching: concatenation in loops, join,
// split, indexOf/includes/lastIndexOf, slice, charCodeAt, case mapping,
// padStart and replaceAll over generated text.
'use strict';
const SHORT = process.env.KILN_BENCH_SHORT === '1';

const words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa', 'lambda', 'mu'];
let seed = 99;
function pick() { seed = (seed * 69069 + 1) >>> 0; return words[seed % words.length]; }

function buildText(nLines) {
  let text = '';
  for (let i = 0; i < nLines; i++) {
    let line = String(i).padStart(6, '0') + ':';
    for (let w = 0; w < 8; w++) line += ' ' + pick();
    text += line + '\n';
  }
  return text;
}

function analyse(text) {
  const lines = text.split('\n');
  let hits = 0, codes = 0, longest = '';
  for (const line of lines) {
    if (line.includes('gamma')) hits++;
    const at = line.indexOf('kappa');
    if (at >= 0) hits += line.lastIndexOf('mu') > at ? 2 : 1;
    for (let i = 0; i < line.length; i += 7) codes = (codes + line.charCodeAt(i)) % 65521;
    const fields = line.split(' ');
    for (const f of fields) if (f.length > longest.length) longest = f;
  }
  const upper = text.slice(0, 2000).toUpperCase().replaceAll('ALPHA', 'A');
  const parts = [];
  for (let i = 0; i < 500; i++) parts.push(words[i % words.length].toUpperCase());
  const joined = parts.join('-');
  return `${lines.length}:${hits}:${codes}:${longest}:${upper.length}:${joined.length}:${joined.indexOf('MU-ALPHA')}`;
}

let got = '';
for (let r = 0; r < (SHORT ? 1 : 12); r++) got = analyse(buildText(SHORT ? 2000 : 20000));
const want = SHORT ? '2001:2757:25350:000000::1888:2792:64' : '20001:27653:3415:000000::1912:2792:64';
if (got !== want) throw new Error(`strings: got ${got}, want ${want}`);
