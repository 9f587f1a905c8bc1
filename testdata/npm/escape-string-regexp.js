// escape-string-regexp@4: escaped strings match themselves literally.
const escapeStringRegexp = require('escape-string-regexp');

for (const s of ['How much $ for a 🦄?', 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o', 'a-b', '', 'plain', '/slashes/', '\u2028']) {
  const escaped = escapeStringRegexp(s);
  console.log(JSON.stringify(s), JSON.stringify(escaped), new RegExp('^' + escaped + '$', 'u').test(s));
}
console.log('inside class', new RegExp('[' + escapeStringRegexp('a-z') + ']').test('-'));
for (const bad of [1, null, undefined, {}]) {
  try {
    escapeStringRegexp(bad);
  } catch (e) {
    console.log('error', e.name, e.message);
  }
}
