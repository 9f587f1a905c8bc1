// Intl.DisplayNames in the other languages Kiln formats (German, French,
// Spanish, Japanese), and the fallback of a locale without names.
const show = (f) => { try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } };
const codes = {
  language: ['en', 'en-US', 'en-GB', 'de', 'de-AT', 'fr-CA', 'zh-Hant', 'zh-Hant-TW', 'pt-BR', 'es-419', 'en-Latn-US', 'xx', 'xx-US', 'ja'],
  region: ['US', 'DE', 'FR', 'ES', 'JP', 'GB', 'CN', '419', '001', 'ZZ', 'XX'],
  script: ['Latn', 'Cyrl', 'Hans', 'Jpan', 'Arab', 'Abcd'],
  currency: ['USD', 'EUR', 'JPY', 'GBP', 'ABC'],
  calendar: ['gregory', 'japanese', 'buddhist', 'foo'],
  dateTimeField: ['year', 'month', 'weekOfYear', 'weekday', 'dayPeriod', 'timeZoneName'],
};
for (const l of ['de', 'fr', 'es', 'ja', 'de-AT', 'xx']) {
  for (const [type, list] of Object.entries(codes)) {
    for (const style of ['long', 'short', 'narrow']) {
      const d = new Intl.DisplayNames(l, { type, style });
      show(() => [l, type, style, d.resolvedOptions().locale, list.map((c) => d.of(c))]);
    }
  }
  show(() => [l, new Intl.DisplayNames(l, { type: 'language', languageDisplay: 'standard' }).of('en-US'),
    new Intl.DisplayNames(l, { type: 'language', fallback: 'none' }).of('xx-US')]);
}
