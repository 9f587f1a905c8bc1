// Number formats of the common locales beyond en, de, fr, es and ja: separators, Indian grouping, signs, percent
// and currency patterns (with CLDR's currency spacing), compact forms, and the default and -u-nu- numbering systems.
const locales = ['it-IT', 'ar-EG', 'ar', 'fa', 'hi-IN', 'bn', 'mr', 'th-TH-u-nu-thai', 'en-u-nu-arab', 'zh-u-nu-hanidec',
  'my', 'en-IN', 'de-CH', 'de-AT', 'fr-CH', 'fr-CA', 'es-MX', 'es-AR', 'pt-BR', 'pt-PT', 'nl-NL', 'ru-RU', 'pl-PL',
  'sv-SE', 'da-DK', 'fi-FI', 'tr-TR', 'cs-CZ', 'el-GR', 'hu-HU', 'ro-RO', 'uk-UA', 'he-IL', 'fa-IR', 'ur-PK', 'id-ID',
  'ms-MY', 'vi-VN', 'th-TH', 'zh-CN', 'zh-TW', 'zh-HK', 'ko-KR', 'ar-SA', 'ar-EG-u-nu-latn', 'de-u-nu-thai',
  'it-u-nu-arab', 'en-u-nu-roman', 'en-AU', 'sr-Latn-RS'];
for (const loc of locales) {
  const nf = new Intl.NumberFormat(loc);
  const r = nf.resolvedOptions();
  const row = [r.locale, r.numberingSystem, nf.format(1234567.891), nf.format(-0.5), nf.format(1234),
    new Intl.NumberFormat(loc, { style: 'percent' }).format(-123.456),
    new Intl.NumberFormat(loc, { style: 'currency', currency: 'EUR' }).format(-1234567.5),
    new Intl.NumberFormat(loc, { style: 'currency', currency: 'USD' }).format(1234.5),
    new Intl.NumberFormat(loc, { style: 'currency', currency: 'JPY' }).format(1234),
    new Intl.NumberFormat(loc, { style: 'currency', currency: 'CHF' }).format(1),
    new Intl.NumberFormat(loc, { notation: 'compact' }).format(1234567),
    new Intl.NumberFormat(loc, { signDisplay: 'always' }).format(12),
    (1234.5).toLocaleString(loc), 123456789n.toLocaleString(loc)];
  console.log(row.join(' | '));
}
for (const loc of ['ar-EG', 'sv', 'he', 'de-CH', 'tr', 'hi', 'bn']) {
  const show = (o, v) => console.log(loc, JSON.stringify(new Intl.NumberFormat(loc, o).formatToParts(v)));
  show({ style: 'currency', currency: 'EUR' }, -1234.5);
  show({ style: 'percent' }, 0.5);
  show({ notation: 'compact' }, 12345);
}
console.log(new Intl.NumberFormat('en-u-nu-arab', { numberingSystem: 'thai' }).resolvedOptions().locale,
  new Intl.NumberFormat('en', { numberingSystem: 'beng' }).format(123.4),
  new Intl.NumberFormat('en-u-nu-deva', { numberingSystem: 'latn' }).resolvedOptions().locale,
  Intl.NumberFormat.supportedLocalesOf(['it', 'xx', 'pt-BR', 'ko']));
const rtf = new Intl.RelativeTimeFormat('en-u-nu-arab');
console.log(rtf.format(1234, 'day'), rtf.resolvedOptions().numberingSystem,
  new Intl.RelativeTimeFormat('en', { numberingSystem: 'deva' }).format(-25, 'hour'));
// Long compact words agree with the number shown.
for (const l of ['pl', 'cs', 'ru', 'uk', 'pt', 'ro', 'lt']) {
  console.log(l, [1000, 1200, 2000, 5000, 21000, 1e6, 1.5e6, 2e6, 5e6, 22e6, 3e9].map((v) =>
    new Intl.NumberFormat(l, { notation: 'compact', compactDisplay: 'long' }).format(v)).join(' | '));
}
// Each locale's own currency: symbol, narrow symbol, CLDR's digits (HUF and IDR have none) and accounting.
const own = [['pt-BR', 'BRL'], ['hi-IN', 'INR'], ['ko-KR', 'KRW'], ['zh-CN', 'CNY'], ['ru-RU', 'RUB'], ['tr-TR', 'TRY'],
  ['pl-PL', 'PLN'], ['sv-SE', 'SEK'], ['hu-HU', 'HUF'], ['ro-RO', 'RON'], ['he-IL', 'ILS'], ['id-ID', 'IDR'],
  ['vi-VN', 'VND'], ['es-MX', 'MXN'], ['es-CL', 'CLP'], ['fr-CH', 'CHF'], ['en-CA', 'CAD'], ['en-ZA', 'ZAR'],
  ['zh-HK', 'HKD'], ['ur-PK', 'PKR'], ['bn-BD', 'BDT'], ['fa-IR', 'IRR'], ['fil', 'PHP']];
for (const [l, c] of own) {
  const f = (o, v) => new Intl.NumberFormat(l, { style: 'currency', currency: c, ...o }).format(v);
  console.log(l, c, f({}, 1234567.891), f({}, -5), f({ currencyDisplay: 'code' }, 12), f({ currencyDisplay: 'narrowSymbol' }, 12),
    f({ currencySign: 'accounting' }, -3.5));
}
for (const l of ['it', 'ru', 'ar-EG', 'hi', 'pt-BR', 'ko', 'he', 'tr', 'sv', 'de-CH', 'ja-JP', 'zh-TW', 'pl']) {
  console.log(l, ['EUR', 'USD', 'GBP'].map((c) => new Intl.NumberFormat(l, { style: 'currency', currency: c, currencyDisplay: 'name' }).format(-2)).join(' | '));
}
for (const l of ['it', 'ru', 'ko', 'zh', 'nl', 'pt-BR', 'ja']) {
  const nf = new Intl.NumberFormat(l, { style: 'currency', currency: 'EUR' });
  console.log(l, nf.formatRange(3, 5), nf.formatRange(1000, 1000), new Intl.NumberFormat(l).formatRange(-1, 1e6));
}
for (const l of ["nl","de-CH","he","it","ar-EG","tr","pl"]) console.log(l, JSON.stringify(new Intl.NumberFormat(l,{style:"currency",currency:"EUR"}).formatRange(-3,-3)), JSON.stringify(new Intl.NumberFormat(l,{style:"currency",currency:"EUR"}).formatRange(3,3)), JSON.stringify(new Intl.NumberFormat(l,{style:"percent"}).formatRange(0.3,0.3)), JSON.stringify(new Intl.NumberFormat(l).formatRange(5,5)))
