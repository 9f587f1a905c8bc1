// JSON parse and stringify of a large document: an array of nested records
// with strings (some needing escapes), numbers, booleans, nulls and arrays,
// stringified (plain and indented) and parsed back, with a reviver pass.
'use strict';
const SHORT = process.env.KILN_BENCH_SHORT === '1';

function makeDoc(n) {
  const items = [];
  for (let i = 0; i < n; i++) {
    items.push({
      id: i,
      name: `item "${i}"\t#${i % 97}`,
      price: Math.round(i * 13.37) / 100,
      active: i % 3 === 0,
      owner: i % 5 === 0 ? null : { login: `user${i % 211}`, karma: (i * 31) % 1000 },
      tags: ['t' + (i % 7), 't' + (i % 11), 'unicode-\u00e9\u4e2d'],
      matrix: [[i, i + 1], [i + 2, i + 3]],
    });
  }
  return { version: 3, generated: 'bench', items };
}

const doc = makeDoc(SHORT ? 2000 : 20000);
let check = 0;
for (let r = 0; r < (SHORT ? 1 : 4); r++) {
  const text = JSON.stringify(doc);
  const back = JSON.parse(text);
  const pretty = JSON.stringify(back, null, 2);
  let sum = 0;
  JSON.parse(pretty, (k, v) => { if (k === 'karma') sum += v; return v; });
  check = (check + text.length + pretty.length + sum + back.items[back.items.length - 1].matrix[1][1]) % 1000000007;
}
const got = String(check);
const want = SHORT ? '1886790' : '76589400';
if (got !== want) throw new Error(`json: got ${got}, want ${want}`);
