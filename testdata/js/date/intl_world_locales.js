// Date formats of the common locales beyond en, de, fr, es and ja: the default toLocaleString patterns, the date
// and time styles, month, weekday, day-period and era names (stand-alone forms where a locale has them), and the
// locale's own digits.
const locales = ['it-IT', 'pt-BR', 'pt-PT', 'nl-NL', 'ru-RU', 'pl-PL', 'sv-SE', 'da-DK', 'nb', 'fi-FI', 'tr-TR', 'cs-CZ',
  'el-GR', 'hu-HU', 'ro-RO', 'uk-UA', 'he-IL', 'ar-EG', 'ar', 'hi-IN', 'bn', 'ur', 'id-ID', 'ms', 'vi-VN', 'zh-CN',
  'zh-TW', 'zh-Hant-HK', 'ko-KR', 'de-CH', 'de-AT', 'fr-CH', 'fr-CA', 'es-MX', 'en-NZ', 'en-IE', 'ar-EG-u-nu-latn',
  'it-u-nu-arab'];
const dates = [new Date(Date.UTC(2020, 0, 2, 15, 4, 5, 678)), new Date(Date.UTC(2021, 10, 27, 8, 30)), new Date(Date.UTC(-50, 6, 4))];
const opts = [{ dateStyle: 'full' }, { dateStyle: 'long' }, { dateStyle: 'medium' }, { dateStyle: 'short' },
  { timeStyle: 'full' }, { timeStyle: 'medium' }, { dateStyle: 'full', timeStyle: 'short' },
  { month: 'long' }, { month: 'long', year: 'numeric' }, { month: 'short', day: 'numeric' }, { weekday: 'long' },
  { weekday: 'short', day: 'numeric', month: 'long' }, { hour: 'numeric', minute: '2-digit' },
  { hour: 'numeric', hour12: true }, { hour: 'numeric', minute: 'numeric', second: 'numeric', fractionalSecondDigits: 2 },
  { era: 'long', year: 'numeric' }];
for (const loc of locales) {
  const r = new Intl.DateTimeFormat(loc).resolvedOptions();
  console.log(loc, r.locale, r.numberingSystem, dates[0].toLocaleString(loc, { timeZone: 'UTC' }),
    dates[1].toLocaleDateString(loc, { timeZone: 'UTC' }), dates[1].toLocaleTimeString(loc, { timeZone: 'UTC' }));
  for (const o of opts) {
    const f = new Intl.DateTimeFormat(loc, { timeZone: 'UTC', ...o });
    console.log(' ', JSON.stringify(o), dates.map((d) => f.format(d)).join(' | '));
  }
}
console.log(JSON.stringify(new Intl.DateTimeFormat('ar-EG', { timeZone: 'UTC', dateStyle: 'medium', timeStyle: 'short' }).formatToParts(dates[0])));
console.log(JSON.stringify(new Intl.DateTimeFormat('ko', { timeZone: 'UTC', dateStyle: 'long', timeStyle: 'short' }).formatToParts(dates[0])));
console.log(Intl.DateTimeFormat.supportedLocalesOf(['it', 'pt-BR', 'xx', 'ko']));
// An hour cycle from the tag loads that cycle's patterns (one-digit 12-hour hours); the option keeps the width.
const t = new Date(Date.UTC(2020, 0, 2, 15, 4, 5));
for (const l of ['it-u-hc-h12', 'de-u-hc-h12', 'fr-u-hc-h11', 'ru-u-hc-h12', 'ko-u-hc-h23', 'en-GB-u-hc-h12']) {
  console.log(l, ['short', 'medium', 'full'].map((s) => t.toLocaleTimeString(l, { timeZone: 'UTC', timeStyle: s })).join(' | '),
    t.toLocaleTimeString(l.slice(0, l.indexOf('-u-')), { timeZone: 'UTC', timeStyle: 'medium', hourCycle: l.slice(-3) }));
}
// Flexible day periods (pattern B) of the Chinese of Taiwan and Hong Kong, and the dayPeriod option.
for (const h of [0, 3, 6, 9, 12, 13, 18, 21]) {
  const at = new Date(Date.UTC(2020, 0, 2, h, 4));
  console.log(h, at.toLocaleTimeString('zh-TW', { timeZone: 'UTC', timeStyle: 'short' }),
    at.toLocaleTimeString('zh-Hant-HK', { timeZone: 'UTC', timeStyle: 'medium' }),
    ['it', 'ru', 'ko', 'pt-BR'].map((l) => at.toLocaleTimeString(l, { timeZone: 'UTC', hour: 'numeric', dayPeriod: 'long' })).join(' | '));
}
