// A tag is valid when it is well-formed (ECMA-402 IsStructurallyValidLanguageTag),
// registered or not: a 5-8 letter language subtag such as "generic" (which
// fast-levenshtein, and so eslint, passes to Intl.Collator) is accepted and
// falls back to the default locale.
console.log(Intl.getCanonicalLocales(['generic', 'abcde-Latn-US', 'xyzzy-1996', 'EN-us']));
const c = Intl.Collator('generic', { sensitivity: 'base' });
console.log(typeof c.resolvedOptions().locale, c.compare('a', 'A'), c.compare('a', 'b'));
for (const t of ['abcd', 'a', 'toolongname', '-en', 'en--US', '1234']) {
  try {
    Intl.getCanonicalLocales(t);
    console.log('accepted', t);
  } catch (e) {
    console.log(t, e.name, e.message);
  }
}
