// Regular expressions over text: a log-line parser with capture groups,
// global matchAll, replace with a function, split on a pattern, test with
// alternation and character classes, and a sticky tokenizer.
'use strict';
const SHORT = process.env.KILN_BENCH_SHORT === '1';

const methods = ['GET', 'POST', 'PUT', 'DELETE'];
let seed = 3;
function rnd(n) { seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff; return seed % n; }
const lines = [];
for (let i = 0; i < (SHORT ? 1000 : 8000); i++) {
  lines.push(`10.0.${rnd(256)}.${rnd(256)} - - [12/Mar/2024:${10 + rnd(14)}:${10 + rnd(50)}:00 +0000] "${methods[rnd(4)]} /api/v${1 + rnd(3)}/items/${rnd(100000)}?q=${rnd(9)} HTTP/1.1" ${[200, 201, 404, 500][rnd(4)]} ${rnd(50000)} user${rnd(300)}@example.com`);
}
const text = lines.join('\n');

const lineRe = /^(\d+\.\d+\.\d+\.\d+) - - \[([^\]]+)\] "(GET|POST|PUT|DELETE) ([^ ?]+)(?:\?([^ ]*))? HTTP\/1\.1" (\d{3}) (\d+)/;
const emailRe = /\b([a-z0-9]+)@([a-z]+)\.com\b/g;
const tokenRe = /\s*(?:(\d+)|([A-Za-z_]\w*)|(\S))/y;

function tokenize(s) {
  tokenRe.lastIndex = 0;
  let n = 0, m;
  while (tokenRe.lastIndex < s.length && (m = tokenRe.exec(s))) n += m[1] ? 1 : m[2] ? 2 : 3;
  return n;
}

let acc = 0;
for (let r = 0; r < (SHORT ? 1 : 10); r++) {
  let bytes = 0, errors = 0, v2 = 0;
  for (const line of lines) {
    const m = lineRe.exec(line);
    if (!m) throw new Error('regexp: a line did not match');
    bytes += +m[7];
    if (/^5\d\d$/.test(m[6])) errors++;
    if (/\/v2\//.test(m[4])) v2++;
  }
  let users = 0;
  for (const m of text.matchAll(emailRe)) users += m[1].length;
  const masked = text.replace(/\d+\.\d+\.\d+\.(\d+)/g, (all, last) => 'x.x.x.' + last);
  const fields = text.split(/[\s"\[\]]+/).length;
  acc = (acc + bytes + errors * 7 + v2 * 11 + users + masked.length + fields + tokenize(lines[r])) % 1000000007;
}
const got = String(acc);
const want = SHORT ? '25275970' : '991100503';
if (got !== want) throw new Error(`regexp: got ${got}, want ${want}`);
