// Intl.Locale: construction from tags and options, the accessors, maximize
// and minimize, the locale-info getters, and Locale objects as locale lists.
const show = (f) => {
  try {
    const r = f();
    console.log(r instanceof Intl.Locale ? 'Locale ' + r : JSON.stringify(r));
  } catch (e) {
    console.log(e.constructor.name + ': ' + e.message);
  }
};
show(() => Object.getOwnPropertyNames(Intl.Locale.prototype));
show(() => [Intl.Locale.length, Intl.Locale.name, Object.prototype.toString.call(new Intl.Locale('en'))]);
show(() => Intl.Locale('en'));
show(() => new Intl.Locale());
show(() => new Intl.Locale(5));
show(() => new Intl.Locale(''));
show(() => new Intl.Locale('en-'));
show(() => new Intl.Locale('en', null));
show(() => new Intl.Locale('en', { language: 'x' }));
show(() => new Intl.Locale('en', { script: 'Latn1' }));
show(() => new Intl.Locale('en', { region: 'USA' }));
show(() => new Intl.Locale('en', { calendar: 'a' }));
show(() => new Intl.Locale('en', { hourCycle: 'h25' }));
show(() => new Intl.Locale('en', { caseFirst: 'x' }));
show(() => Intl.Locale.prototype.toString.call({}));
show(() => Object.getOwnPropertyDescriptor(Intl.Locale.prototype, 'language').get.call({}));
show(() => new Intl.Locale({ toString() { return 'de-DE'; } }));
show(() => new Intl.Locale(new Intl.Locale('fr-u-ca-buddhist'), { calendar: 'gregory' }));
show(() => new Intl.Locale('en-u-nu-latn-ca-gregory-kn-true-kf'));
show(() => new Intl.Locale('en', { region: 'GB', calendar: 'buddhist', numeric: true, hourCycle: 'h23' }));
show(() => new Intl.Locale('en', { numeric: false, caseFirst: 'upper', collation: 'emoji', numberingSystem: 'thai' }));
show(() => new Intl.Locale('en-US-1996', { region: 'GB', script: 'Latn' }));
show(() => new Intl.Locale('de', { language: 'fr', script: 'Latn', region: 'CA' }));
show(() => new Intl.Locale('en-a-foo-u-ca-gregory-x-y', { collation: 'phonebk' }));
show(() => new Intl.Locale('en-x-foo', { calendar: 'buddhist' }));
show(() => new Intl.Locale('en-t-ja', { calendar: 'buddhist', region: 'GB' }));
show(() => new Intl.Locale('en-u-ca-islamicc'));
show(() => new Intl.Locale('iw-IL'));
const l = new Intl.Locale('en-Latn-US-u-ca-gregory-co-phonebk-hc-h12-kf-upper-kn-nu-latn');
show(() => [l.toString(), l.baseName, l.language, l.script, l.region, l.calendar, l.collation, l.hourCycle, l.caseFirst, l.numeric, l.numberingSystem]);
const bare = new Intl.Locale('fr');
show(() => [bare.script, bare.region, bare.calendar, bare.caseFirst, bare.numeric, bare.numberingSystem]);
show(() => [new Intl.Locale('en-u-kn-false').numeric, new Intl.Locale('en-u-kn').numeric, new Intl.Locale('en-u-kf-false').caseFirst]);
for (const t of ['en', 'zh-TW', 'zh-Hant', 'sr', 'und', 'und-CN', 'und-Arab', 'de-CH-1996', 'ja-Jpan-JP-u-ca-japanese', 'en-x-private', 'xyz']) {
  show(() => [t, new Intl.Locale(t).maximize().toString(), new Intl.Locale(t).minimize().toString()]);
}
show(() => new Intl.Locale('he').maximize() instanceof Intl.Locale);
for (const t of ['en-US', 'en-GB', 'de', 'fr-CA', 'ar', 'ar-EG', 'he', 'fa', 'ja', 'th', 'ff-Adlm', 'ur', 'en-150', 'en-u-hc-h23', 'de-u-co-phonebk', 'th-u-nu-thai', 'ja-u-ca-japanese']) {
  const x = new Intl.Locale(t);
  show(() => [t, x.textInfo, x.weekInfo, x.hourCycles, x.calendars, x.collations, x.numberingSystems, x.timeZones]);
}
show(() => new Intl.Locale('en-AU').timeZones);
show(() => Intl.getCanonicalLocales([new Intl.Locale('de-AT'), 'en']));
show(() => Intl.getCanonicalLocales(new Intl.Locale('de-AT')));
show(() => new Intl.DateTimeFormat(new Intl.Locale('de')).resolvedOptions().locale);
show(() => new Intl.NumberFormat([new Intl.Locale('fr', { region: 'FR' })]).format(1234.5));
// Each element of a locale list is converted before the next is read.
const list = { 0: { toString() { list[1] = 'pt-BR'; return 'en-US'; } }, length: 2 };
show(() => Intl.getCanonicalLocales(list));
show(() => Intl.getCanonicalLocales(['de', new Intl.Locale('de'), 'und-u-kb-yes', 'sl-rozaj-biske-1994', 'pt-u-attr2-attr1-ca-gregory']));
// The new object (and so its prototype) comes before the tag and options.
const log = [];
const nt = function () {}.bind();
Object.defineProperty(nt, 'prototype', { get() { log.push('prototype'); return Intl.Locale.prototype; } });
try { Reflect.construct(Intl.Locale, [{ toString() { log.push('tag'); return 'en'; } }, { get language() { log.push('language'); } }], nt); } catch (e) { log.push(e.message); }
console.log(log.join(' '));
const log2 = [];
const nt2 = function () {}.bind();
Object.defineProperty(nt2, 'prototype', { get() { log2.push('prototype'); return Intl.DisplayNames.prototype; } });
try { Reflect.construct(Intl.DisplayNames, [{ length: 1, get 0() { log2.push('locales'); return 'en'; } }, { get type() { log2.push('type'); return 'region'; } }], nt2); } catch (e) { log2.push(e.message); }
console.log(log2.join(' '));
