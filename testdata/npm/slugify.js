// slugify: strings to URL slugs, with its character map and options.
const slugify = require('slugify');

for (const s of ['Héllo Wörld! Ça va?', 'I ♥ Dogs & Cats', '  trim   me  ', 'Ελληνικά και русский', '你好 world', 'a/b\\c.d', 'Ünïcödé $ € £ ¥']) {
  console.log(JSON.stringify(slugify(s)), JSON.stringify(slugify(s, { lower: true, strict: true })));
}
console.log(slugify('Some String_With__Stuff', { replacement: '_', lower: true }));
console.log(slugify('ünïcödé ä ö', { locale: 'de' }), slugify('ünïcödé ä ö', { locale: 'vi' }));
console.log(slugify('remove *these* (chars)', { remove: /[*()]/g }), slugify('keep.dots here', { trim: false, remove: /[^\w\s.]/g }));
slugify.extend({ '☢': 'radioactive', '♥': 'love' });
console.log(slugify('unicode ♥ is ☢'));
try {
  slugify(42);
} catch (e) {
  console.log('error', e.constructor.name, e.message);
}
