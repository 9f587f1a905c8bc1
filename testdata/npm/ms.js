// ms: parse and format durations.
const ms = require('ms');

for (const s of ['2 days', '1d', '10h', '2.5 hrs', '2h', '1m', '5s', '1y', '100', '-3 days', '-200', '.5ms', '1 week', 'abc', '1e3']) {
  console.log(JSON.stringify(s), ms(s));
}
for (const n of [0, 500, 1000, 60000, 2 * 60000, 3600000, 86400000 * 3, -86400000, 1.5 * 86400000, 604800000]) {
  console.log(n, ms(n), ms(n, { long: true }));
}
for (const bad of ['', 'x'.repeat(101), NaN, Infinity, null, {}]) {
  try {
    console.log('value', ms(bad));
  } catch (e) {
    console.log('error', e.name, e.message);
  }
}
