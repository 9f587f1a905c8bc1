// dayjs: UTC parsing and formatting, plugins (utc, relativeTime, duration,
// advancedFormat, customParseFormat), locales, diffs; in UTC, so no machine's zone shows.
process.env.TZ = 'UTC';
const dayjs = require('dayjs');
const utc = require('dayjs/plugin/utc'); const rel = require('dayjs/plugin/relativeTime'); const dur = require('dayjs/plugin/duration');
const adv = require('dayjs/plugin/advancedFormat'); const cpf = require('dayjs/plugin/customParseFormat');
require('dayjs/locale/fr'); require('dayjs/locale/ja');
dayjs.extend(utc); dayjs.extend(rel); dayjs.extend(dur); dayjs.extend(adv); dayjs.extend(cpf);
const d = dayjs.utc('2024-02-29T13:45:10.123Z');
console.log(d.format(), d.format('YYYY-MM-DD HH:mm:ss.SSS dddd MMMM Do Q X x'), d.add(1, 'year').format('YYYY-MM-DD'));
console.log(d.startOf('month').toISOString(), d.endOf('week').toISOString(), d.daysInMonth(), d.isValid());
console.log(d.locale('fr').format('dddd D MMMM YYYY'), d.locale('ja').format('LLLL'));
console.log(d.from(dayjs.utc('2024-05-01')), d.to(dayjs.utc('2020-01-01')));
console.log(dayjs.duration(90061000).format('D[d] HH:mm:ss'), dayjs.duration({hours: 5, minutes: 3}).humanize());
console.log(dayjs('12-25-1995', 'MM-DD-YYYY').format('YYYY/MM/DD'), dayjs('garbage').isValid(), dayjs.utc('2024-01-01').diff(d, 'day'));
console.log(JSON.stringify(d), d.unix(), d.valueOf(), d.isBefore('2025-01-01'), dayjs.isDayjs(d));
