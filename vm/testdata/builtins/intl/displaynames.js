// Intl.DisplayNames in English: options, resolvedOptions, and the names of
// languages (with dialects, scripts, regions and variants), regions, scripts,
// currencies, calendars and date fields in each style, with both fallbacks.
const show = (f) => { try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } };
show(() => [Object.getOwnPropertyNames(Intl.DisplayNames.prototype), Intl.DisplayNames.length, Object.getOwnPropertyNames(Intl.DisplayNames)]);
show(() => Intl.DisplayNames('en', { type: 'language' }));
show(() => new Intl.DisplayNames('en'));
show(() => new Intl.DisplayNames('en', {}));
show(() => new Intl.DisplayNames('en', 5));
show(() => new Intl.DisplayNames('en', { type: 'foo' }));
show(() => new Intl.DisplayNames('en', { type: 'language', style: 'x' }));
show(() => new Intl.DisplayNames('en', { type: 'language', fallback: 'x' }));
show(() => new Intl.DisplayNames('en', { type: 'language', languageDisplay: 'x' }));
show(() => new Intl.DisplayNames('en', { type: 'language' }).resolvedOptions());
show(() => new Intl.DisplayNames('en-GB', { type: 'region', style: 'short', fallback: 'none' }).resolvedOptions());
show(() => new Intl.DisplayNames('xx', { type: 'region' }).resolvedOptions());
show(() => Intl.DisplayNames.prototype.of.call({}, 'en'));
show(() => Object.prototype.toString.call(new Intl.DisplayNames('en', { type: 'script' })));
const styles = (type, code, extra) => ['long', 'short', 'narrow'].map((style) => new Intl.DisplayNames('en', { type, style, ...extra }).of(code));
for (const c of ['en', 'en-US', 'en-GB', 'fr', 'fr-CA', 'de-AT', 'zh', 'zh-Hans', 'zh-Hant', 'zh-Hant-TW', 'zh-TW', 'pt-BR',
  'es-419', 'sr-Latn', 'sr-ME', 'en-Latn-US', 'xx', 'xyz', 'xx-US', 'en-XX', 'en-Qaaa', 'en-u-ca-buddhist', 'ar-001',
  'nl-BE', 'EN', 'und', 'de-1996', 'en-US-fonipa', 'en-abcde', 'iw']) {
  show(() => [c, ...styles('language', c), ...styles('language', c, { languageDisplay: 'standard' }), new Intl.DisplayNames('en', { type: 'language', fallback: 'none' }).of(c)]);
}
for (const c of ['US', 'gb', '419', '001', 'ZZ', 'XX', 'EU', 'HK', 'PS', 'BA', 'MM', 'CI', 'UN', 'XK', 'DE', 'JP']) {
  show(() => [c, ...styles('region', c), new Intl.DisplayNames('en', { type: 'region', fallback: 'none' }).of(c)]);
}
for (const c of ['Latn', 'latn', 'Arab', 'Hans', 'Hant', 'Zzzz', 'Qaaa', 'Cyrl', 'Cans', 'Abcd']) {
  show(() => [c, ...styles('script', c), new Intl.DisplayNames('en', { type: 'script', fallback: 'none' }).of(c)]);
}
for (const c of ['USD', 'eur', 'JPY', 'XXX', 'ABC', 'abc', 'GBP', 'CHF']) {
  show(() => [c, ...styles('currency', c), new Intl.DisplayNames('en', { type: 'currency', fallback: 'none' }).of(c)]);
}
for (const c of ['gregory', 'buddhist', 'japanese', 'islamic-civil', 'iso8601', 'roc', 'chinese', 'foo', 'ethioaa']) {
  show(() => [c, ...styles('calendar', c), new Intl.DisplayNames('en', { type: 'calendar', fallback: 'none' }).of(c)]);
}
for (const c of ['era', 'year', 'quarter', 'month', 'weekOfYear', 'weekday', 'day', 'dayPeriod', 'hour', 'minute', 'second', 'timeZoneName']) {
  show(() => [c, ...styles('dateTimeField', c)]);
}
const bad = { language: ['', 'en-', 'en--US', '123'], region: ['USA', 'U', '1', 'en-US', '12'], script: ['Lat', 'Latin', '1234'],
  currency: ['US', 'USDD', '123'], calendar: ['ab', 'foo_bar', 'gregorian'], dateTimeField: ['foo', 'Year'] };
for (const [type, codes] of Object.entries(bad)) for (const c of codes) show(() => [type, c, new Intl.DisplayNames('en', { type }).of(c)]);
show(() => Intl.DisplayNames.supportedLocalesOf(['en', 'xx', 'en-GB']));
