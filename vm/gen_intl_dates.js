// gen_intl_dates.js writes intl_dates_node.go, the calendar vocabulary and date patterns of the locales Kiln
// formats beyond its hand-written en, de, fr, es and ja (and those languages' regions that differ), read from
// node's ICU:
//
//	node vm/gen_intl_dates.js > vm/intl_dates_node.go
//
// ICU does not hand out its patterns, so each one is read back from formatToParts of a date whose fields are told
// apart by their values (2 January 2020, 03:04:05.678 UTC). Everything goes into one packedNames string: "t:" and a
// locale, the fields joined by \x01 (see generatedDateLocale), a field of a region that is its language's left
// empty with \x06.
'use strict';

const languages = ['en', 'de', 'fr', 'es', 'ja', 'it', 'pt', 'nl', 'ru', 'pl', 'sv', 'da', 'nb', 'no', 'fi', 'tr', 'cs',
  'el', 'hu', 'ro', 'uk', 'he', 'ar', 'hi', 'bn', 'ur', 'id', 'ms', 'vi', 'zh', 'ko', 'mr', 'my', 'ta',
  'te', 'sk', 'bg', 'hr', 'sr', 'lt', 'lv', 'et', 'sl', 'ca', 'fil', 'sw', 'af', 'gu', 'kn', 'ml', 'pa', 'ne', 'is'];
const handWritten = ['en', 'de', 'fr', 'es', 'ja'];
const handWrittenTags = ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN'];
const regions = ['US', 'GB', 'IN', 'CA', 'AU', 'NZ', 'IE', 'ZA', 'SG', 'PH', 'NG', 'PK', 'DE', 'AT', 'CH', 'LI', 'LU',
  'BE', 'FR', 'ES', 'MX', 'AR', 'CO', 'CL', 'PE', 'VE', '419', 'IT', 'BR', 'PT', 'AO', 'MZ', 'NL', 'RU', 'UA', 'BY',
  'KZ', 'PL', 'SE', 'FI', 'DK', 'NO', 'TR', 'CY', 'CZ', 'GR', 'HU', 'RO', 'MD', 'IL', 'EG', 'AE', 'MA', 'DZ', 'TN',
  'IQ', 'JO', 'LB', 'SY', 'BD', 'ID', 'MY', 'BN', 'VN', 'CN', 'TW', 'HK', 'MO', 'KR', 'JP', 'MM', 'LK', 'KE', 'TZ',
  'RS', 'HR', 'BA', 'SI', 'SK', 'BG', 'LT', 'LV', 'EE', 'IS', 'NP'];
const scripts = ['zh-Hans', 'zh-Hant', 'zh-Hant-HK', 'zh-Hant-TW', 'sr-Latn', 'sr-Cyrl'];

const D = Date.UTC(2020, 0, 2, 3, 4, 5, 678);
const hourLetter = { h11: 'K', h12: 'h', h23: 'H', h24: 'k' };
const widths = { short: 3, long: 4, narrow: 5 };

// quote writes a literal as pattern text: letters and quotes go between quotes.
const quote = (s) => (/[A-Za-z']/.test(s) ? "'" + s.replace(/'/g, "''") + "'" : s);

// patternOf reads the pattern ICU used for opts in loc.
function patternOf(loc, opts, names) {
  const f = new Intl.DateTimeFormat(loc + '-u-nu-latn', { timeZone: 'UTC', ...opts });
  const hc = f.resolvedOptions().hourCycle;
  let p = '';
  for (const { type, value } of f.formatToParts(D)) {
    switch (type) {
      case 'literal': p += quote(value); break;
      case 'era': p += 'G'.repeat({ short: 1, long: 4, narrow: 5 }[opts.era] || 1); break;
      case 'year': p += value.length === 2 ? 'yy' : 'y'; break;
      case 'month':
        if (/^\d+$/.test(value)) {
          p += 'M'.repeat(value.length);
        } else {
          const w = opts.month || opts.dateStyle && { full: 'long', long: 'long', medium: 'short', short: 'short' }[opts.dateStyle];
          const n = widths[w] || 3;
          // A stand-alone form where it differs from the format form (Russian "январь 2020 г.").
          const alone = names && names.alone[n] && names.alone[n][0] === value && names.format[n][0] !== value;
          p += (alone ? 'L' : 'M').repeat(n);
        }
        break;
      case 'day': p += 'd'.repeat(value.length); break;
      case 'weekday': {
        const n = { short: 1, long: 4, narrow: 5 }[opts.weekday] || 4;
        const alone = n === 4 && names && names.daysAlone[4] === value && names.days[4] !== value;
        p += (alone ? 'c' : 'E').repeat(n);
        break;
      }
      case 'dayPeriod':
        // A flexible period (Chinese 凌晨 at three in the morning) where the time is not am's.
        p += opts.dayPeriod || (names && names.am !== value) ? 'B' : 'a';
        break;
      case 'hour': p += (hourLetter[hc] || 'H').repeat(value.length); break;
      case 'minute': p += 'm'.repeat(value.length); break;
      case 'second': p += 's'.repeat(value.length); break;
      case 'fractionalSecond': p += 'S'.repeat(value.length); break;
      case 'timeZoneName': p += opts.timeZoneName === 'long' || opts.timeStyle === 'full' ? 'zzzz' : 'z'; break;
      default: throw new Error(`${loc}: part ${type}`);
    }
  }
  return p;
}

function partOf(loc, opts, date, type) {
  const p = new Intl.DateTimeFormat(loc, { timeZone: 'UTC', ...opts }).formatToParts(date).find((x) => x.type === type);
  return p ? p.value : '';
}

const months = (loc, opts) => Array.from({ length: 12 }, (_, m) => partOf(loc, opts, Date.UTC(2020, m, 2), 'month'));
// 5 January 2020 was a Sunday.
const days = (loc, opts) => Array.from({ length: 7 }, (_, d) => partOf(loc, opts, Date.UTC(2020, 0, 5 + d), 'weekday'));

const skeletonKeys = ['y', 'M', 'MMM', 'MMMM', 'd', 'E', 'yM', 'yMMM', 'yMMMM', 'Md', 'MMMd', 'MMMMd', 'yMd', 'yMMMd',
  'yMMMMd', 'yMdE', 'yMMMdE', 'yMMMMdE', 'MdE', 'MMMdE', 'MMMMdE', 'dE', 'Gy', 'GyMd', 'GyMMMd', 'GyMMMMd', 'dEEEE',
  'MdEEEE', 'yMdEEEE', 'MMMdEEEE', 'yMMMdEEEE', 'MMMMdEEEE', 'yMMMMdEEEE'];
function skeletonOptions(key) {
  const o = {};
  if (key.includes('G')) o.era = 'short';
  if (key.includes('y')) o.year = 'numeric';
  const m = (key.match(/M+/) || [''])[0];
  if (m) o.month = { 1: 'numeric', 3: 'short', 4: 'long' }[m.length];
  if (key.includes('d')) o.day = 'numeric';
  if (key.includes('EEEE')) o.weekday = 'long';
  else if (key.includes('E')) o.weekday = 'short';
  return o;
}

function dateData(loc) {
  const names = {
    format: { 3: months(loc, { month: 'short', day: 'numeric' }), 4: months(loc, { month: 'long', day: 'numeric' }) },
    // ICU writes a month alone in the format form (Greek), but beside a year in the stand-alone one.
    alone: { 3: months(loc, { month: 'short', year: 'numeric' }), 4: months(loc, { month: 'long', year: 'numeric' }) },
    days: days(loc, { weekday: 'long', year: 'numeric', month: 'numeric', day: 'numeric' }),
    daysAlone: days(loc, { weekday: 'long' }),
    am: partOf(loc, { hour: 'numeric', hourCycle: 'h12' }, Date.UTC(2020, 0, 2, 3), 'dayPeriod'),
  };
  const f = [];
  const list = (a) => a.join('\x02');
  f.push(list(names.format[4]), list(names.format[3]), list(months(loc, { month: 'narrow', day: 'numeric' })));
  f.push(names.alone[4].join() === names.format[4].join() ? '' : list(names.alone[4]));
  f.push(names.alone[3].join() === names.format[3].join() ? '' : list(names.alone[3]));
  const inDate = { year: 'numeric', month: 'numeric', day: 'numeric' };
  const daysShort = days(loc, { weekday: 'short', ...inDate });
  const daysShortAlone = days(loc, { weekday: 'short' });
  f.push(list(names.days), list(daysShort), list(days(loc, { weekday: 'narrow', ...inDate })));
  f.push(daysShortAlone.join() === daysShort.join() ? '' : list(daysShortAlone));
  f.push(partOf(loc, { hour: 'numeric', hourCycle: 'h12' }, Date.UTC(2020, 0, 2, 3), 'dayPeriod'));
  f.push(partOf(loc, { hour: 'numeric', hourCycle: 'h12' }, Date.UTC(2020, 0, 2, 15), 'dayPeriod'));
  const eras = [];
  for (const era of ['long', 'short', 'narrow']) {
    for (const year of [-100, 2020]) eras.push(partOf(loc, { era, year: 'numeric' }, Date.UTC(year, 0, 2), 'era'));
  }
  f.push(list(eras));
  const hc = new Intl.DateTimeFormat(loc, { hour: 'numeric' }).resolvedOptions().hourCycle;
  f.push(hc);
  const styles = ['full', 'long', 'medium', 'short'];
  const dateStyles = styles.map((s) => patternOf(loc, { dateStyle: s }, names));
  const timeStyles = styles.map((s) => patternOf(loc, { timeStyle: s }, names));
  f.push(list(dateStyles), list(timeStyles));
  // The glue: a date style with the short time, the two replaced by {1} and {0}.
  f.push(list(styles.map((s, i) => {
    const both = patternOf(loc, { dateStyle: s, timeStyle: 'short' }, names);
    const at = both.indexOf(dateStyles[i]);
    const glued = at < 0 ? both : both.slice(0, at) + '{1}' + both.slice(at + dateStyles[i].length);
    return glued.includes(timeStyles[3]) ? glued.replace(timeStyles[3], '{0}') : '{1}, {0}';
  })));
  const skeletons = skeletonKeys.map((k) => k + '\x03' + patternOf(loc, skeletonOptions(k), names));
  // Times with minutes, read for each clock, where the hand-written tables build them with ":".
  for (const [k, o] of [['Hm', { hourCycle: 'h23', minute: 'numeric' }], ['Hms', { hourCycle: 'h23', minute: 'numeric', second: 'numeric' }],
    ['hm', { hourCycle: 'h12', minute: 'numeric' }], ['hms', { hourCycle: 'h12', minute: 'numeric', second: 'numeric' }]]) {
    skeletons.push(k + '\x03' + patternOf(loc, { hour: 'numeric', ...o }, names));
  }
  f.push(skeletons.join('\x02'));
  const weekdayTime = [];
  for (const [letter, cycle] of [['h', 'h12'], ['H', 'h23']]) {
    for (const [n, o] of [[1, {}], [2, { minute: 'numeric' }], [3, { minute: 'numeric', second: 'numeric' }]]) {
      const tm = patternOf(loc, { hour: 'numeric', hourCycle: cycle, ...o });
      const both = patternOf(loc, { weekday: 'short', hour: 'numeric', hourCycle: cycle, ...o });
      if (both.includes(tm)) weekdayTime.push(letter + n + '\x03' + both.replace(tm, '{0}'));
    }
  }
  f.push(weekdayTime.join('\x02'));
  const hour12 = patternOf(loc, { hour: 'numeric', hourCycle: 'h12' });
  f.push(patternOf(loc, { hour: 'numeric', hourCycle: 'h23' }), hour12);
  f.push(hour12.indexOf('a') >= 0 && hour12.indexOf('a') < hour12.indexOf('h') ? '1' : '');
  f.push(partOf(loc, { timeZoneName: 'long' }, D, 'timeZoneName'));
  f.push(partOf(loc + '-u-nu-latn', { timeZoneName: 'shortOffset', timeZone: 'Asia/Kolkata' }, D, 'timeZoneName').split(/[+−-]/)[0]);
  const fr = new Intl.DateTimeFormat(loc, { timeZone: 'UTC', minute: 'numeric', second: 'numeric', fractionalSecondDigits: 3 }).formatToParts(D);
  f.push(fr[fr.findIndex((p) => p.type === 'fractionalSecond') - 1].value);
  f.push(names.daysAlone.join() === names.days.join() ? '' : list(names.daysAlone));
  // The flexible day periods (pattern letter B), short, long and narrow: "hour=name" where the name changes,
  // joined by \x02, the widths by \x03.
  f.push(['short', 'long', 'narrow'].map((w) => {
    const out = [];
    let last = '';
    for (let h = 0; h < 24; h++) {
      const name = partOf(loc, { hour: 'numeric', hourCycle: 'h12', dayPeriod: w }, Date.UTC(2020, 0, 2, h), 'dayPeriod');
      if (name !== last) out.push(h + '=' + name);
      last = name;
    }
    return out.join('\x02');
  }).join('\x03'));
  // A month shown by itself.
  for (const n of [4, 3]) {
    const alone = months(loc, { month: n === 4 ? 'long' : 'short' });
    f.push(alone.join() === names.format[n].join() ? '' : list(alone));
  }
  return f;
}

const rows = [];
const dataOf = {};
const candidates = [];
for (const lang of languages) {
  candidates.push(lang);
  for (const r of regions) candidates.push(lang + '-' + r);
}
candidates.push(...scripts);
for (const tag of [...new Set(candidates)]) {
  const dtf = new Intl.DateTimeFormat(tag);
  // Kiln writes Gregorian dates only: a locale whose default calendar is another (fa, th) keeps English.
  if (dtf.resolvedOptions().calendar !== 'gregory') continue;
  const lang = tag.split('-')[0];
  const parts = tag.split('-');
  const parent = parts.length > 2 ? parts.slice(0, 2).join('-') : parts.length > 1 ? lang : null;
  const base = parent && (dataOf[parent] ? parent : lang);
  const data = dateData(tag);
  dataOf[tag] = data;
  if (!parent) {
    rows.push(['t:' + tag, data.join('\x01')]);
    continue;
  }
  if (handWrittenTags.includes(tag) || !dataOf[base] || data.join('\x01') === dataOf[base].join('\x01')) continue;
  rows.push(['t:' + tag, data.map((v, i) => (v === dataOf[base][i] ? '\x06' : v)).join('\x01')]);
}
rows.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));

let s = `// Code generated by gen_intl_dates.js from node ${process.version} (ICU ${process.versions.icu}, CLDR ${process.versions.cldr}); DO NOT EDIT.

package vm

// dateNames holds the date data of the locales beyond the hand-written ones, sorted by key: "t:" and a locale; a
// value is its fields joined by \\x01 (see generatedDateLocale), a region's field that is its language's as \\x06.
// The hand-written languages' own rows are only the base of their regions.
var dateNames = packedNames{s: "" +
`;
s += require('./gen_packed.js')(rows);
process.stdout.write(s);
