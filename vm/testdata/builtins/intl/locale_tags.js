// Language tags as V8 checks them: a tag that does not start with a
// unicode_language_id is "Incorrect locale information provided"; one that
// does but is not a valid unicode_locale_id as a whole (duplicate variants or
// singletons, an empty extension, a trailing "-") is "Invalid language tag:"
// and the tag in lower case. BCP 47's grandfathered and private-use-only tags
// are not unicode_locale_ids. A repeated -u- key keeps its first value.
const tags = [
  'en-', 'en-US-posix-posix', 'de-1996-1996', 'en-a-x', 'en--US', '', 'x-private', 'en-US-u-ca', 'EN-us',
  'zh-Hant-TW', 'i-klingon', 'en-GB-oed', 'art-lojban', 'sgn-BE-FR', 'und', 'root', 'en_US',
  'en-u-ca-gregory-ca-buddhist', 'en-t-zh', 'en-a-bbb-a-ccc', 'en-t', 'en-u', 'en-x', 'en-x-a-b-c', 'en-u-ca-x-ca-ca',
  'en-t-m0-ungegn', 'en-t-zh-m0', 'en-US-u-attr-ca-gregory', 'Latn-US', 'en-US-1996-fonipa', 'en-u-ca-true', 'en-u-kn-true-ca-gregory',
  'en-US-é', 'de-DE-u-co-phonebk-ka-shifted', 'en-u-kn-true-kn-false', 'en-b-abc-a-xyz',
];
for (const t of tags) {
  try {
    console.log(JSON.stringify(t), Intl.getCanonicalLocales(t));
  } catch (e) {
    console.log(JSON.stringify(t), e.name, e.message);
  }
}
for (const make of [() => new Intl.NumberFormat('en-'), () => new Intl.DateTimeFormat(['de', 'en-']),
  () => 'a'.localeCompare('b', 'x--y'), () => new Intl.Collator('de-1996-1996')]) {
  try {
    make();
  } catch (e) {
    console.log(e.name, e.message);
  }
}
