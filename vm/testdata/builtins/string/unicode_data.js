// normalize and localeCompare over Unicode data (x/text): all four forms, lone surrogates, locales and options.
const hex = (s) => [...s].map((c) => c.codePointAt(0).toString(16)).join(' ');
for (const s of ['ẛ\u0323', '①', 'ｶ', 'Ǆ', '\u0344', '\ud800é\udc00', 'ᄀ\u1161\u11a8', 'Ω\u0301']) {
  console.log(hex(s), '|', ['NFC', 'NFD', 'NFKC', 'NFKD'].map((f) => hex(s.normalize(f))).join(' | '));
}
const words = ['b', 'A', 'a', 'ä', 'z', 'Z', 'é', 'e', '10', '9', 'ß', 'ss', 'ø', 'o', '_', '-', ' '];
console.log(words.slice().sort((x, y) => x.localeCompare(y)).join(','));
console.log(words.slice().sort((x, y) => x.localeCompare(y, 'sv')).join(','));
console.log(['a10', 'a9', 'A1'].sort((x, y) => x.localeCompare(y, undefined, { numeric: true })).join());
console.log('a'.localeCompare('á', 'en', { sensitivity: 'base' }), 'a'.localeCompare('A', 'en', { sensitivity: 'accent' }), 'a'.localeCompare('á', 'en', { sensitivity: 'case' }));
for (const args of [['en_US'], [5], [[5]], ['en', null], [undefined, { sensitivity: 'x' }]]) {
  try {
    console.log('a'.localeCompare('b', ...args));
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
}
